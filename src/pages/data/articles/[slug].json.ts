import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** dist/data/articles/<slug>.json: the article's blocks and mentions, as the pipeline wrote them (docs/data.md). */
export const getStaticPaths = (async () => {
  const annotations = await getCollection('annotations');
  return annotations.map((a) => ({ params: { slug: a.data.slug }, props: { data: a.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.data, null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
