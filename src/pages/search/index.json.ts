import type { APIRoute } from 'astro';
import MiniSearch from 'minisearch';
import { searchDocuments, SEARCH_OPTIONS } from '../../site/search-documents.ts';

/**
 * search/index.json: a MiniSearch index of every article, paragraph and actor
 * page, for `npm run search` in the terminal and (wrapped by index.js) for
 * search when the site is opened from disk, where Pagefind cannot run.
 */
let built: Promise<string> | undefined;

export function indexJson(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  const docs = await searchDocuments();
  const index = new MiniSearch({ fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields });
  index.addAll(docs);
  return JSON.stringify(index);
}

export const GET: APIRoute = async () => new Response(await indexJson(), { headers: { 'content-type': 'application/json' } });
