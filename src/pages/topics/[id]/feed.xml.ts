import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, SITE_FEED_TITLE } from '../../../site/feeds.ts';
import { siteData } from '../../../site/data.ts';
import { formerTopicIds } from '../../../site/former.ts';

/** topics/<id>/feed.xml: the articles that carry one topic (Atom). */
export const getStaticPaths = (async () => {
  const data = await siteData();
  const feeds = [...data.topics.values()].filter((t) => t.articles > 0).map((t) => ({ params: { id: t.id }, props: { id: t.id } }));
  // A former id serves the same feed: feed readers keep their subscription.
  const former = formerTopicIds(data).filter((f) => data.topics.get(f.id)!.articles > 0).map((f) => ({ params: { id: f.former }, props: { id: f.id } }));
  return [...feeds, ...former];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topics, articlesWithTopic } = await siteData();
  const topic = topics.get((props as { id: string }).id)!;
  const list = articlesWithTopic.get(topic.id) ?? [];
  const body = atomFeed({ site, path: `/topics/${topic.id}/feed.xml`, title: `${topic.name} · ${SITE_FEED_TITLE}`, description: topic.description, articles: list });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml' } });
};
