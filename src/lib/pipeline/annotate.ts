import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle, type AnnotatedBlock } from '../annotate/article.ts';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import { buildLexicon } from '../annotate/lexicon.ts';
import type { Mention } from '../annotate/match.ts';
import { loadEntities } from '../registry/entities.ts';
import type { Discovered } from '../annotate/discover.ts';
import { publicArticle } from '../write/public-json.ts';
import { articleMarkdown, frontmatterOf, type Link } from '../write/markdown.ts';
import { loadSeeds, type Article } from './load.ts';

export type AnnotateOptions = {
  seeds: string;
  out: string;
  /** The curated entity registry (content/entities). */
  entities: string;
};
export type AnnotateResult = { articles: Article[]; warnings: string[]; entities: IndexedEntity[] };

/** Where an actor's page is, relative to an article page (so any base path works). */
export const actorHref = (id: string) => `../../actors/${id}/`;
export const ENTITIES_FILE = '_entities.json';

/**
 * seeds/ → for each article a Markdown file (frontmatter and linked body) and
 * its public JSON, plus `_entities.json` for the whole set. The caller decides
 * where `out` is; the build points it at a staging folder.
 */
export function annotateSeeds({ seeds, out, entities: registryDir }: AnnotateOptions): AnnotateResult {
  const registry = loadEntities(registryDir);
  const lexicon = buildLexicon(registry.entities);
  const { articles, warnings } = loadSeeds(seeds);
  mkdirSync(out, { recursive: true });
  const perArticle: { discovered: Discovered[]; counts: Map<string, number> }[] = [];
  const names = new Map(registry.entities.map((e) => [e.id, e.name]));

  for (const article of articles) {
    const { blocks, discovered } = annotateArticle(article, lexicon);
    for (const d of discovered) if (!names.has(d.id)) names.set(d.id, d.name);
    const counts = countMentions(blocks);
    perArticle.push({ discovered, counts });
    const actors = [...counts]
      .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const body = blocks.filter((b) => b.kind === 'body').map((b) => ({ text: b.text, links: linksOf(b.mentions) }));
    writeFileSync(join(out, `${article.slug}.md`), articleMarkdown(frontmatterOf(article, actors), body, article.path));
    writeFileSync(join(out, `${article.slug}.json`), `${JSON.stringify(publicArticle(article, blocks), null, 1)}\n`);
  }
  const entities = indexEntities(registry.entities, perArticle, (id) => `/actors/${id}/`);
  writeFileSync(join(out, ENTITIES_FILE), `${JSON.stringify(entities, null, 1)}\n`);
  return { articles, warnings, entities };
}

function countMentions(blocks: AnnotatedBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const m of block.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

/** Markdown links cannot nest: a role phrase ("Iran’s foreign minister") links, the anchor inside it does not. */
function linksOf(mentions: Mention[]): Link[] {
  const links: Link[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    links.push({ start: m.start, end: m.end, href: actorHref(m.entity) });
    lastEnd = m.end;
  }
  return links;
}
