import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formerArticleSlugs } from '../../../site/former.ts';

/** dist/data/articles/<slug>.json: the article's blocks and mentions, as the pipeline wrote them (docs/data.md). */
export const getStaticPaths = (async () => {
  const annotations = await getCollection('annotations');
  const bySlug = new Map(annotations.map((a) => [a.data.slug, a.data]));
  // A former slug serves the same data (it names its current slug inside).
  const former = formerArticleSlugs(await getCollection('articles')).filter((f) => bySlug.has(f.id)).map((f) => ({ params: { slug: f.former }, props: { data: bySlug.get(f.id)! } }));
  return [...annotations.map((a) => ({ params: { slug: a.data.slug }, props: { data: a.data } })), ...former];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.data, null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
