import { z } from 'zod';
import { TOPIC_PATTERN_FLAGS } from './constants.ts';
import { entityId } from './entity.ts';

/**
 * A pattern must compile with the matcher's flags and must not be able to
 * match empty text: a zero-width hit would tag every paragraph.
 */
const patternSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    let re: RegExp;
    try {
      re = new RegExp(source, TOPIC_PATTERN_FLAGS);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
      return;
    }
    if ([...'Iran a 1 .'.matchAll(re)].some((m) => m[0] === '') || re.test('')) {
      ctx.addIssue({ code: 'custom', message: 'can match empty text, so it would tag every paragraph' });
    }
  });

/** A phrase is matched as whole words, so it needs at least one letter or digit. */
const phrase = z.string().regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit');

/**
 * One curated topic in `content/topics/*.yaml`. Phrases match
 * case-insensitively on word boundaries, with curly and straight apostrophes
 * alike; patterns are JavaScript regex sources for what a phrase list cannot
 * say (inflections, "X … within a sentence … Y").
 */
export const topicSchema = z
  .object({
    id: entityId,
    name: z.string().min(1),
    description: z.string().min(1),
    phrases: z.array(phrase),
    patterns: z.array(patternSource).default([]),
    /** How much one paragraph on this topic counts towards the article's topics; see annotate/topics.ts. */
    weight: z.number().positive().max(10).default(1),
    /** Ids this topic had before a rename; their URLs redirect here. */
    former_ids: z.array(entityId).default([]),
  })
  .strict()
  .refine((t) => t.phrases.length + t.patterns.length > 0, { message: 'needs at least one phrase or pattern', path: ['phrases'] });

export type Topic = z.output<typeof topicSchema>;
