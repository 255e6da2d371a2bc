import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, SITE_FEED_TITLE } from '../../../site/feeds.ts';
import { siteData } from '../../../site/data.ts';
import { formerActorIds } from '../../../site/former.ts';

/** actors/<id>/feed.xml: the articles that mention one actor (Atom). */
export const getStaticPaths = (async () => {
  const data = await siteData();
  const feeds = [...data.actors.values()].filter((a) => a.mentions > 0).map((a) => ({ params: { id: a.id }, props: { id: a.id } }));
  // A former id serves the same feed: feed readers keep their subscription.
  const former = formerActorIds(data).filter((f) => data.actors.get(f.id)!.mentions > 0).map((f) => ({ params: { id: f.former }, props: { id: f.id } }));
  return [...feeds, ...former];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { actors, articlesWithActor } = await siteData();
  const actor = actors.get((props as { id: string }).id)!;
  const list = articlesWithActor.get(actor.id) ?? [];
  const body = atomFeed({ site, path: `/actors/${actor.id}/feed.xml`, title: `${actor.name} · ${SITE_FEED_TITLE}`, description: `Articles that mention ${actor.name}.`, articles: list });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml' } });
};
