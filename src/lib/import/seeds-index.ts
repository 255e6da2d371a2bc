import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type ParsedArticle } from '../clean/article.ts';
import { DossierError } from '../errors.ts';
import { sameTextKey } from '../parse/normalize.ts';
import { MANIFEST } from '../pipeline/load.ts';
import { parseManifest } from '../read/manifest.ts';
import { decodeSeed, MAX_SEED_BYTES } from '../read/seed-text.ts';
import { articleSlug } from '../slug.ts';
import { urlKey } from './url.ts';

/** What is already in a seeds folder, for telling a new article from one we have. */
export type SeedsIndex = {
  /** Names in use: files present, and files sources.yaml lists. */
  names: Set<string>;
  /** URL key → the seed it belongs to. */
  byUrl: Map<string, string>;
  /** Body key → the seed with that text. */
  byText: Map<string, string>;
  /** Slug → the seed that has it. */
  bySlug: Map<string, string>;
};

/**
 * Reads the folder as the build would, but forgivingly: a seed the build
 * would refuse is not the importer's business, so it is skipped here rather
 * than blocking every import. A malformed sources.yaml does block, because
 * the importer is about to rewrite it.
 */
export function indexSeeds(dir: string, shownManifest: string, shownDir = dir): SeedsIndex {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DossierError('seeds folder not found', { file: shownDir, hint: 'pass an existing folder with --seeds <dir>' });
  }
  const manifestPath = join(dir, MANIFEST);
  const entries = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8'), shownManifest) : [];
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const index: SeedsIndex = { names: new Set(entries.map((e) => e.file)), byUrl: new Map(), byText: new Map(), bySlug: new Map() };
  for (const entry of entries) if (entry.url) index.byUrl.set(urlKey(entry.url), entry.file);

  for (const name of readdirSync(dir)) {
    index.names.add(name);
    if (!name.toLowerCase().endsWith('.txt')) continue;
    let parsed: ParsedArticle;
    try {
      if (statSync(join(dir, name)).size > MAX_SEED_BYTES) continue;
      parsed = parseArticle(decodeSeed(readFileSync(join(dir, name)), name), name);
    } catch {
      continue;
    }
    const entry = byFile.get(name);
    index.byText.set(bodyKey(parsed), name);
    index.bySlug.set(entry?.slug ?? articleSlug(parsed.headline, name), name);
  }
  return index;
}

/** Two articles are the same text when their body paragraphs match, as the build compares them. */
export function bodyKey(article: ParsedArticle): string {
  return createHash('sha256')
    .update(article.paragraphs.map((p) => sameTextKey(p.text)).join('\n'))
    .digest('hex');
}
