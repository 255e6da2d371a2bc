import { z } from 'zod';

/** YYYY-MM-DD that is also a real calendar day (2025-02-30 is refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

/**
 * One entry of `sources.yaml`. Only `file` is required; the other facts may be
 * null when they are not known. Unknown keys are allowed (editors keep notes
 * there) and are dropped.
 */
export const sourceEntrySchema = z.object({
  file: z.string().min(1, 'must name a file in the seeds folder'),
  publisher: z.string().min(1).nullish().transform((v) => v ?? null),
  url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).nullish().transform((v) => v ?? null),
  // An unquoted YAML date arrives as a Date; treat it as the day it names.
  published: z
    .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate.nullish())
    .transform((v) => v ?? null),
  author: z.string().min(1).nullish().transform((v) => v ?? null),
  /** Earlier slugs of this article, kept working as redirects; see docs/urls.md. */
  former_slugs: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens'))
    .nullish()
    .transform((v) => v ?? []),
  /** Pins the article's URL slug; see docs/urls.md. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
    .nullish()
    .transform((v) => v ?? null),
});

export type SourceEntry = z.output<typeof sourceEntrySchema>;
