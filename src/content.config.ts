import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schema/article.ts';

// The build points DOSSIER_ARTICLES at its staging folder; otherwise the
// site reads what `npm run annotate` last wrote.
const articlesDir = process.env.DOSSIER_ARTICLES ?? './content/articles';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: articlesDir }),
    schema: articleFrontmatterSchema,
  }),
};
