import type { APIRoute } from 'astro';
import MiniSearch from 'minisearch';
import { searchDocuments, SEARCH_OPTIONS } from '../../site/search-documents.ts';

/**
 * search/index.json: a MiniSearch index of every article, paragraph and actor
 * page, for `npm run search` in the terminal and (wrapped by index.js) for
 * search when the site is opened from disk, where Pagefind cannot run.
 * Kept as UTF-8 bytes between the two routes that serve it: at 10,000
 * articles the JSON is 330 MB, twice that as a JavaScript string of
 * non-Latin text, and it was part of the build's peak memory.
 */
let built: Promise<Uint8Array<ArrayBuffer>> | undefined;

export function indexJson(): Promise<Uint8Array<ArrayBuffer>> {
  built ??= build();
  return built;
}

async function build(): Promise<Uint8Array<ArrayBuffer>> {
  const docs = await searchDocuments();
  const index = new MiniSearch({ fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields });
  index.addAll(docs);
  return Buffer.from(JSON.stringify(index));
}

export const GET: APIRoute = async () => new Response(await indexJson(), { headers: { 'content-type': 'application/json' } });
