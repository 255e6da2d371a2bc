import type { APIRoute } from 'astro';
import { atomFeed, SITE_FEED_TITLE } from '../site/feeds.ts';
import { siteData } from '../site/data.ts';

/** feed.xml: every article, newest first (Atom). */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await siteData();
  const body = atomFeed({ site, path: '/feed.xml', title: SITE_FEED_TITLE, description: 'Every article in the briefing, newest first.', articles });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml' } });
};
