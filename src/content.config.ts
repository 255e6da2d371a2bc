import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schema/article.ts';
import { articleFrontmatter } from './site/article-files.ts';
import { indexedEntitySchema, indexedTopicSchema } from './lib/schema/public.ts';

// The build points DOSSIER_ARTICLES at its staging folder; otherwise the
// site reads what `npm run annotate` last wrote. Pages read only what the
// pipeline wrote: these collections, and the per-article annotations beside
// the Markdown, which src/site/annotations.ts reads from the same folder
// (kept out of Astro's content store, which Astro compiles as one module).
const generated = process.env.DOSSIER_ARTICLES ?? './content/articles';

export const collections = {
  articles: defineCollection({
    loader: articleFrontmatter(generated),
    schema: articleFrontmatterSchema,
  }),
  actors: defineCollection({
    loader: file(`${generated}/_index/entities.json`),
    schema: indexedEntitySchema,
  }),
  topics: defineCollection({
    loader: file(`${generated}/_index/topics.json`),
    schema: indexedTopicSchema,
  }),
};
