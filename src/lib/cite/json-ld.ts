import type { EntityType } from '../schema/entity.ts';
import { dayParts, formatDay } from './day.ts';
import { tidyInput, type CiteInput } from './input.ts';
import { cslName } from './names.ts';
import { withoutFragment } from './page-url.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

const CONTEXT = 'https://schema.org';

/**
 * schema.org NewsArticle for an article page: the original story (headline,
 * date, authors, publisher) at the Dossier address, based on the original
 * address, and part of the Dossier site.
 */
export function newsArticleLd(raw: CiteInput & { description?: string | null; section?: string }): JsonLd {
  const input = tidyInput(raw);
  const day = dayParts(input.published);
  const ld: JsonLd = { '@context': CONTEXT, '@type': 'NewsArticle', headline: input.title, url: withoutFragment(input.pageUrl) };
  if (day) ld['datePublished'] = formatDay(day, '-');
  if (input.authors.length > 0) {
    ld['author'] = input.authors.map((name) => ({
      // An agency or desk credit is an organisation, not a person with that name.
      '@type': 'literal' in cslName(name, input.publisher) ? 'Organization' : 'Person',
      name,
    }));
  }
  if (input.publisher) ld['publisher'] = { '@type': 'Organization', name: input.publisher };
  if (input.originalUrl) {
    ld['isBasedOn'] = input.originalUrl;
    ld['sameAs'] = input.originalUrl;
  }
  ld['isPartOf'] = { '@type': 'WebSite', name: input.siteTitle };
  const description = raw.description?.replace(/\s+/g, ' ').trim();
  if (description) ld['description'] = description;
  const section = raw.section?.replace(/\s+/g, ' ').trim();
  if (section) ld['articleSection'] = section;
  return ld;
}

export type ActorLdInput = {
  name: string;
  type: EntityType;
  description?: string | null;
  /** The actor's Dossier page, absolute. */
  url?: string | null;
  /** Other pages about the same actor: Wikidata, Wikipedia, an official site. */
  sameAs?: string[];
};

const ACTOR_TYPES: Record<EntityType, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  group: 'Organization',
  place: 'Place',
};

/** schema.org Person, Country, Place or Organization for an actor's page. */
export function actorLd(actor: ActorLdInput): JsonLd {
  const ld: JsonLd = { '@context': CONTEXT, '@type': ACTOR_TYPES[actor.type], name: actor.name };
  if (actor.description) ld['description'] = actor.description;
  if (actor.url) ld['url'] = actor.url;
  const sameAs = [...new Set(actor.sameAs ?? [])];
  if (sameAs.length > 0) ld['sameAs'] = sameAs;
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are escaped so that no value can close the element ("</script>") or open a
 * comment; U+2028 and U+2029 so the text stays valid JavaScript too.
 */
export function safeJsonLd(value: JsonLd | JsonLd[]): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
