import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { searchIndexBytes } from '../../site/search-index.ts';

/**
 * search/index.json: a MiniSearch index of every article, paragraph and actor
 * page, for `npm run search` in the terminal and (wrapped by index.js) for
 * search when the site is opened from disk, where Pagefind cannot run. Built
 * on a worker thread while the other pages render (src/site/search-index.ts).
 */
export async function indexJson(): Promise<Uint8Array<ArrayBuffer>> {
  await siteData();
  return searchIndexBytes();
}

export const GET: APIRoute = async () => new Response(await indexJson(), { headers: { 'content-type': 'application/json' } });
