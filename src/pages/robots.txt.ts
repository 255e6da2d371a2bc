import type { APIRoute } from 'astro';
import { absolute } from '../site/feeds.ts';

/** robots.txt: everything may be read; the sitemap says where everything is. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, '/sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain' } });
