import { foldQuotes } from '../parse/normalize.ts';
import type { Entity, Office } from '../schema/entity.ts';

/** One way of writing an entity's name, as the matcher looks for it. */
export type Form = {
  /** Quote-folded surface text; matching is exact and case-sensitive. */
  text: string;
  entity: string;
  /** Entity ids of which at least one must be mentioned elsewhere in the article. */
  requires: string[] | null;
};

export type OfficeHolder = { entity: string; office: Office };

/**
 * Everything the matcher needs from the registry, built once per run:
 * surface forms indexed by their first word, and offices by the entity they
 * belong to. Options are resolved here, outside the per-article work.
 */
export type Lexicon = {
  byFirstWord: Map<string, Form[]>;
  entities: Map<string, Entity>;
  /** Offices keyed by the id they belong to (`of`), each with its holder. */
  offices: Map<string, OfficeHolder[]>;
  /** Role words (titles and synonyms, lowercased) per office-owning entity, longest first. */
  roleWords: Map<string, string[]>;
  /** Names of registered countries and places, to recognise demonyms in discovery. */
  placeNames: string[];
  /** Whether the registry owns this exact surface form (quotes folded). */
  knows: (surface: string) => boolean;
  /** Every entity a contextual form requires: an article naming none of them reads only the plain forms. */
  contextRequired: ReadonlySet<string>;
};

const WORD = /[\p{L}\p{N}]+/u;

export function buildLexicon(entities: Entity[]): Lexicon {
  const byFirstWord = new Map<string, Form[]>();
  const add = (surface: string, entity: string, requires: string[] | null) => {
    // "the West" is written "the West" and "West"; the article is not part of the name.
    const text = foldQuotes(surface.trim()).replace(/^the\s+(?=\p{Lu})/u, '');
    const first = WORD.exec(text);
    if (!first || first.index !== 0) return;
    const list = byFirstWord.get(first[0]) ?? [];
    if (!list.some((f) => f.text === text && f.entity === entity)) list.push({ text, entity, requires });
    byFirstWord.set(first[0], list);
  };
  const offices = new Map<string, OfficeHolder[]>();
  for (const entity of entities) {
    add(entity.name, entity.id, null);
    for (const alias of entity.aliases) add(alias, entity.id, null);
    for (const c of entity.contextual_aliases) add(c.text, entity.id, c.requires);
    for (const office of entity.offices) {
      const list = offices.get(office.of) ?? [];
      list.push({ entity: entity.id, office });
      offices.set(office.of, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
  const roleWords = new Map<string, string[]>();
  for (const [owner, list] of offices) {
    const words = new Set(list.flatMap(({ office }) => [office.title, ...office.synonyms].map((w) => foldQuotes(w.toLowerCase()))));
    roleWords.set(owner, [...words].sort((a, b) => b.length - a.length));
  }
  const placeNames = entities.filter((e) => e.type === 'country' || e.type === 'place').flatMap((e) => [e.name, ...e.aliases]);
  const surfaces = new Set([...byFirstWord.values()].flat().map((f) => f.text));
  const knows = (surface: string) => surfaces.has(foldQuotes(surface));
  const contextRequired = new Set(entities.flatMap((e) => e.contextual_aliases.flatMap((c) => c.requires)));
  return { byFirstWord, entities: new Map(entities.map((e) => [e.id, e])), offices, roleWords, placeNames, knows, contextRequired };
}
