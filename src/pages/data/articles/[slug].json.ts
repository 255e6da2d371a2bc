import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { siteData } from '../../../site/data.ts';
import { formerArticleSlugs } from '../../../site/former.ts';

/**
 * dist/data/articles/<slug>.json: the article's blocks and mentions, as the pipeline wrote them (docs/data.md).
 * A build copies the pipeline's own files (src/integrations/article-data.ts); this route serves them
 * on the dev server, and in a build only under former slugs, with the same bytes.
 */
export const getStaticPaths = (async () => {
  const bySlug = (await siteData()).annotations;
  // A former slug serves the same data (it names its current slug inside).
  const former = formerArticleSlugs(await getCollection('articles')).filter((f) => bySlug.has(f.id)).map((f) => ({ params: { slug: f.former }, props: { data: bySlug.get(f.id)! } }));
  const current = import.meta.env.DEV ? [...bySlug.values()].map((data) => ({ params: { slug: data.slug }, props: { data } })) : [];
  return [...current, ...former];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.data, null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
