import type { APIRoute } from 'astro';
import { escapeLt } from '../../site/script-json.ts';
import { indexJson } from './index.json.ts';

/** The same index as a classic script, which a page opened from disk can load (fetch cannot read file://). */
export const GET: APIRoute = async () =>
  new Response(Buffer.concat([Buffer.from('window.DOSSIER_SEARCH_INDEX='), escapeLt(await indexJson()), Buffer.from(';\n')]), {
    headers: { 'content-type': 'text/javascript' },
  });
