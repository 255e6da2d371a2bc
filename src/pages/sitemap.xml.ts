import type { APIRoute } from 'astro';
import { absolute } from '../site/feeds.ts';
import { siteData } from '../site/data.ts';

/** sitemap.xml: every page a reader or a crawler should find, in a stable order. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, actors, topics } = await siteData();
  const pages: { path: string; lastmod?: string | null }[] = [
    { path: '/' },
    { path: '/actors/' },
    { path: '/topics/' },
    { path: '/timeline/' },
    { path: '/sources/' },
    { path: '/search/' },
    ...articles.map((a) => ({ path: `/articles/${a.data.slug}/`, lastmod: a.data.published })),
    ...[...actors.values()].filter((a) => a.mentions > 0).sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ path: `/actors/${a.id}/` })),
    ...[...topics.values()].sort((a, b) => a.id.localeCompare(b.id)).map((t) => ({ path: `/topics/${t.id}/` })),
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages
    .map((p) => `  <url><loc>${escape(absolute(site, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
