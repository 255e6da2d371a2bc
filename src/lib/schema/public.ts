import { z } from 'zod';
import { ENTITY_TYPES } from './entity.ts';

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

export const indexedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  reviewed: z.boolean(),
  url: z.string(),
  mentions: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  wikidata: z.string().nullable(),
  links: z.array(z.string()),
  offices: z.array(
    z.object({ title: z.string(), of: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
  former_ids: z.array(z.string()),
});
