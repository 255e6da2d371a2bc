import { z } from 'zod';

/**
 * The frontmatter of a generated `content/articles/<slug>.md`. The pipeline
 * builds it to this schema's type (markdown.ts; tests hold what it builds to
 * the schema itself), and Astro's content layer validates every file with
 * it, so the two cannot drift apart.
 */
export const captionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable(),
});

export const citationSetSchema = z.object({ apa: z.string(), mla: z.string(), chicago: z.string(), bibtex: z.string(), ris: z.string() });

export const articleFrontmatterSchema = z.object({
  id: z.string(),
  slug: z.string(),
  file: z.string(),
  title: z.string(),
  dek: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  bio: z.string().nullable(),
  captions: z.array(captionSchema),
  /** The actors mentioned, most mentioned first: the article's "In this article" panel. */
  actors: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int().positive() })).default([]),
  /** The article's topics, heaviest first, and each body paragraph's topics. */
  topics: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number() })).default([]),
  paragraphTopics: z.record(z.string(), z.array(z.string())).default({}),
  // Events, statements and citations are in the article's JSON only
  // (publicArticleSchema), not here: Astro compiles every entry's frontmatter
  // into one module before it renders a page, and they were two thirds of it.
  /** Slugs this article had before; their URLs redirect here. */
  formerSlugs: z.array(z.string()).default([]),
  /** True when sources.yaml has no entry for the seed: its date and source are unknown. */
  unlisted: z.boolean().default(false),
});

export type Caption = z.output<typeof captionSchema>;
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
