import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schema/article.ts';
import { indexedEntitySchema, indexedTopicSchema, publicArticleSchema } from './lib/schema/public.ts';

// The build points DOSSIER_ARTICLES at its staging folder; otherwise the
// site reads what `npm run annotate` last wrote. Pages read only these
// collections: what the pipeline wrote, and the curated registry.
const generated = process.env.DOSSIER_ARTICLES ?? './content/articles';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: generated }),
    schema: articleFrontmatterSchema,
  }),
  annotations: defineCollection({
    loader: glob({ pattern: '*.json', base: generated }),
    schema: publicArticleSchema,
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
