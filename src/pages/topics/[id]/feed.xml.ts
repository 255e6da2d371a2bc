import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, SITE_FEED_TITLE } from '../../../site/feeds.ts';
import { siteData } from '../../../site/data.ts';

/** topics/<id>/feed.xml: the articles that carry one topic (Atom). */
export const getStaticPaths = (async () => {
  const { topics } = await siteData();
  return [...topics.values()].filter((t) => t.articles > 0).map((t) => ({ params: { id: t.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { topics, articlesWithTopic } = await siteData();
  const topic = topics.get(params.id!)!;
  const list = articlesWithTopic.get(topic.id) ?? [];
  const body = atomFeed({ site, path: `/topics/${topic.id}/feed.xml`, title: `${topic.name} · ${SITE_FEED_TITLE}`, description: topic.description, articles: list });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml' } });
};
