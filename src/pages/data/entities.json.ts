import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';

/** dist/data/entities.json: every actor, registered or discovered (docs/data.md). */
export const GET: APIRoute = async () => {
  const { actors } = await siteData();
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const rows = [...actors.values()].map(({ id, name, type, aliases, reviewed, url, description, mentions, articles }) => ({
    id,
    name,
    type,
    aliases,
    reviewed,
    url: `${base}${url}`,
    description,
    mentions,
    articles,
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
};
