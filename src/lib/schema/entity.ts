import { z } from 'zod';
import { isoDate } from './source.ts';

/** Lowercase words joined by single hyphens: the stable part of `/actors/<id>/`. */
export const entityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

export const ENTITY_TYPES = ['person', 'country', 'organization', 'group', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An office held between two dates, so "Iran’s foreign minister" resolves to whoever held it that day. */
export const officeSchema = z
  .object({
    title: z.string().min(2),
    synonyms: z.array(z.string().min(2)).default([]),
    of: entityId,
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
  })
  .strict()
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: '"to" is before "from"', path: ['to'] });

/** An alias that only stands for the entity when the article also mentions one of `requires`. */
export const contextualAliasSchema = z.object({ text: z.string().min(1), requires: z.array(entityId) }).strict();

/**
 * One curated entity in `content/entities/*.yaml`, as the pipeline validates
 * it. Astro's content layer reads the entity index the pipeline writes, whose
 * schema (public.ts) is built from these same fields.
 */
export const entitySchema = z
  .object({
    id: entityId,
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata id such as Q57336').optional(),
    // Only web addresses: a link is put straight into an <a href>.
    links: z.array(z.url({ protocol: /^https?$/, message: 'must be an http(s) address' })).default([]),
    offices: z.array(officeSchema).default([]),
    /** A place whose name also stands for a government ("Tehran" for Iran). */
    metonym_for: entityId.optional(),
    contextual_aliases: z.array(contextualAliasSchema).default([]),
    /** Ids this entity had before a rename or merge; their URLs redirect here. */
    former_ids: z.array(entityId).default([]),
  })
  .strict();

export type Entity = z.output<typeof entitySchema>;
export type Office = z.output<typeof officeSchema>;
