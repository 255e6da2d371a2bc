import type { Entity, EntityType } from '../schema/entity.ts';
import type { Discovered } from './discover.ts';

/** One row of `entities.json`: a registered or discovered actor, and how often it is mentioned. */
export type IndexedEntity = {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  reviewed: boolean;
  url: string;
  mentions: number;
  articles: number;
  wikidata: string | null;
  links: string[];
  offices: { title: string; of: string; from: string | null; to: string | null }[];
  former_ids: string[];
};

/**
 * Registered entities plus every discovered name, merged across articles by
 * id. A discovered name takes the type most of its articles gave it.
 */
export function indexEntities(
  registry: Entity[],
  perArticle: { discovered: Discovered[]; counts: Map<string, number> }[],
  urlOf: (id: string) => string,
): IndexedEntity[] {
  const mentions = new Map<string, number>();
  const articles = new Map<string, number>();
  const discovered = new Map<string, { name: string; types: Map<EntityType, number> }>();
  for (const { discovered: found, counts } of perArticle) {
    for (const [id, n] of counts) {
      mentions.set(id, (mentions.get(id) ?? 0) + n);
      articles.set(id, (articles.get(id) ?? 0) + 1);
    }
    for (const d of found) {
      const entry = discovered.get(d.id) ?? { name: d.name, types: new Map() };
      entry.types.set(d.type, (entry.types.get(d.type) ?? 0) + 1);
      discovered.set(d.id, entry);
    }
  }
  const rows: IndexedEntity[] = registry.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    description: e.description,
    reviewed: true,
    url: urlOf(e.id),
    mentions: mentions.get(e.id) ?? 0,
    articles: articles.get(e.id) ?? 0,
    wikidata: e.wikidata ?? null,
    links: e.links,
    offices: e.offices.map(({ title, of, from, to }) => ({ title, of, from, to })),
    former_ids: e.former_ids,
  }));
  const registered = new Set(registry.map((e) => e.id));
  for (const [id, { name, types }] of discovered) {
    if (registered.has(id)) continue;
    const type = [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    rows.push({ id, name, type, aliases: [], description: null, reviewed: false, url: urlOf(id), mentions: mentions.get(id) ?? 0, articles: articles.get(id) ?? 0, wikidata: null, links: [], offices: [], former_ids: [] });
  }
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}
