import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, SITE_FEED_TITLE } from '../../../site/feeds.ts';
import { siteData } from '../../../site/data.ts';

/** actors/<id>/feed.xml: the articles that mention one actor (Atom). */
export const getStaticPaths = (async () => {
  const { actors } = await siteData();
  return [...actors.values()].filter((a) => a.mentions > 0).map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { actors, articlesWithActor } = await siteData();
  const actor = actors.get(params.id!)!;
  const list = articlesWithActor.get(actor.id) ?? [];
  const body = atomFeed({ site, path: `/actors/${actor.id}/feed.xml`, title: `${actor.name} · ${SITE_FEED_TITLE}`, description: `Articles that mention ${actor.name}.`, articles: list });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml' } });
};
