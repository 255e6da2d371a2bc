import type { APIRoute } from 'astro';
import { indexJson } from './index.json.ts';

/** The same index as a classic script, which a page opened from disk can load (fetch cannot read file://). */
export const GET: APIRoute = async () =>
  new Response(`window.DOSSIER_SEARCH_INDEX=${(await indexJson()).replace(/</g, '\\u003c')};\n`, {
    headers: { 'content-type': 'text/javascript' },
  });
