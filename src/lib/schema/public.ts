import { z } from 'zod';
import { citationSetSchema } from './article.ts';
import { entitySchema, officeSchema } from './entity.ts';

/** The public JSON formats (docs/data.md), as schemas Astro validates when it reads them back. */
export const mentionSchema = z.object({
  entity: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const blockSchema = z.object({
  id: z.string(),
  kind: z.enum(['title', 'dek', 'body', 'caption']),
  text: z.string(),
  mentions: z.array(mentionSchema),
});

export const publicArticleSchema = z.object({
  slug: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  published: z.string().nullable(),
  publisher: z.string().nullable(),
  blocks: z.array(blockSchema),
  topics: z.array(z.object({ id: z.string(), weight: z.number(), paragraphs: z.array(z.string()) })).default([]),
  statements: z
    .array(
      z.object({
        id: z.string(),
        speaker: z.string().nullable(),
        text: z.string(),
        cue: z.string().nullable(),
        parts: z.array(z.object({ block: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        date: z.string(),
        precision: z.enum(['day', 'month', 'year']),
        text: z.string(),
        sentence: z.string(),
        block: z.string(),
        start: z.number().int(),
        end: z.number().int(),
      }),
    )
    .default([]),
  /** Ready-made citations of the article, and of one paragraph with PARAGRAPH_TOKEN standing for its number. */
  citations: z.object({ article: citationSetSchema, paragraph: citationSetSchema }).nullable().default(null),
});

/** One row of `_index/topics.json`: a curated topic and how much of the briefing carries it. */
export const indexedTopicSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  articles: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  former_ids: z.array(z.string()),
});

/**
 * One row of `_index/entities.json` (and of the public `data/entities.json`):
 * a registry entity or a name found in the text, with its counts. Its fields
 * are the registry schema's own (entity.ts), so that the rules the pipeline
 * applies to `content/entities/*.yaml` are the rules Astro checks the index
 * with; only what the index adds is defined here.
 */
const registry = entitySchema.shape;
const office = officeSchema.shape;
export const indexedEntitySchema = z
  .object({
    id: registry.id,
    name: registry.name,
    type: registry.type,
    aliases: registry.aliases,
    description: registry.description.nullable(),
    reviewed: z.boolean(),
    url: z.string(),
    mentions: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
    wikidata: registry.wikidata.unwrap().nullable(),
    links: registry.links,
    offices: z.array(z.object({ title: office.title, of: office.of, from: office.from, to: office.to })),
    former_ids: registry.former_ids,
  })
  .strict();
