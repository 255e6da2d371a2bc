import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schema/article.ts';
import { articleFrontmatter } from './site/article-files.ts';
import { articlesFolder } from './site/articles-folder.ts';
import { indexedEntitySchema, indexedTopicSchema } from './lib/schema/public.ts';

// Pages read only what the pipeline wrote (see articlesFolder): these
// collections, and beside the Markdown the per-article annotations, which
// src/site/annotations.ts reads from the same folder (kept out of Astro's
// content store, which Astro compiles as one module).
const generated = articlesFolder();

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
