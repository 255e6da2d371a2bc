import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ParsedArticle } from '../clean/article.ts';
import { DossierError, DossierErrors } from '../errors.ts';
import { parseManifest, type ManifestEntry } from '../read/manifest.ts';
import { NO_MEMO, type Memo } from '../memo.ts';
import { problemsOf, readSafely, type SeedRead } from './seed-read.ts';

export type { SeedRead };

/** A parsed article joined with the facts its manifest entry gives. */
export type Article = ParsedArticle & {
  slug: string;
  /** Path of the seed as the user would type it, for messages. */
  path: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  /** The manifest entry is missing, so the date and source are unknown. */
  unlisted: boolean;
  /** Slugs this article had before (sources.yaml `former_slugs`); their URLs redirect here. */
  formerSlugs: string[];
};

export type LoadResult = { articles: Article[]; warnings: string[] };

export const MANIFEST = 'sources.yaml';

/**
 * Reads every `.txt` in the seeds folder and its `sources.yaml`. Problems are
 * collected across all files and thrown together, so one run shows them all.
 * With a memo (annotate keeps one in its cache), the manifest and each seed
 * whose text has not changed are not parsed again.
 */
export function loadSeeds(dir: string, cwd = process.cwd(), memo: Memo = NO_MEMO): LoadResult {
  const plan = planSeeds(dir, cwd, memo);
  return joinSeeds(plan, plan.files.map((name) => readSafely(dir, name, plan.shown(name), memo)));
}

/** The seeds folder's manifest and files, and the problems found so far. */
export type SeedPlan = {
  files: string[];
  shown: (name: string) => string;
  byFile: Map<string, ManifestEntry>;
  warnings: string[];
  errors: DossierError[];
};

/** Everything loadSeeds does before reading the seeds themselves: the folder, the manifest, the list of files (`listed`, when the caller has it). */
export function planSeeds(dir: string, cwd: string, memo: Memo, listed?: string[]): SeedPlan {
  const shown = (name: string) => shownPath(dir, cwd, name);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DossierError('seeds folder not found', { file: shown(''), hint: 'pass an existing folder with --seeds <dir>' });
  }
  const warnings: string[] = [];
  const errors: DossierError[] = [];

  const manifestPath = join(dir, MANIFEST);
  let entries: ManifestEntry[] = [];
  if (existsSync(manifestPath)) {
    try {
      const text = readFileSync(manifestPath, 'utf8');
      entries = memo(['manifest', shown(MANIFEST), text], () => ({ value: parseManifest(text, shown(MANIFEST), memo), keep: true }));
    } catch (error) {
      errors.push(...problemsOf(error));
    }
  } else {
    warnings.push(`${shown(MANIFEST)}: not found; every article will be listed with an unknown date and source`);
  }

  const files = listed ?? seedFiles(dir);
  const present = new Set(files);
  for (const entry of entries) {
    if (!present.has(entry.file)) {
      errors.push(
        new DossierError(`lists "${entry.file}", which is not in the seeds folder`, {
          file: shown(MANIFEST),
          line: entry.line,
          hint: `add the file to ${shown('')} or remove its entry`,
        }),
      );
    }
  }
  return { files, shown, byFile: new Map(entries.map((entry) => [entry.file, entry])), warnings, errors };
}

/** The seeds in the folder: its `.txt` files, in name order. */
export function seedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
}

/** How loadSeeds names a seed in messages: its path from `cwd`. */
export function shownPath(dir: string, cwd: string, name: string): string {
  return relative(cwd, join(dir, name)) || name;
}

/** The articles of `plan`, from its seeds' reads (in the order of plan.files), with every problem found thrown together. */
export function joinSeeds(plan: SeedPlan, reads: SeedRead[]): LoadResult {
  const { byFile, warnings } = plan;
  const errors = [...plan.errors];
  const articles: Article[] = [];
  const sameText = new Map<Article, string>();
  plan.files.forEach((name, i) => {
    const read = reads[i]!;
    if ('bug' in read) throw read.bug;
    if ('problems' in read) {
      errors.push(...read.problems);
      return;
    }
    const path = plan.shown(name);
    const { parsed, textKey, slug } = read.parsed;
    const entry = byFile.get(name);
    if (!entry) {
      warnings.push(`${path}: no entry in ${MANIFEST}; its date and source will be shown as unknown`);
    }
    const published = entry?.published ?? null;
    const article: Article = {
      ...parsed,
      file: name,
      path,
      slug: entry?.slug ?? slug,
      formerSlugs: entry?.former_slugs ?? [],
      publisher: entry?.publisher ?? null,
      url: entry?.url ?? null,
      published,
      author: entry?.author ?? parsed.bylineName,
      unlisted: !entry,
    };
    articles.push(article);
    sameText.set(article, textKey);
  });

  errors.push(...duplicates(articles, sameText));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  return { articles, warnings };
}

/** The same story saved twice, or two stories that would share one URL. */
function duplicates(articles: Article[], sameText: Map<Article, string>): DossierError[] {
  const errors: DossierError[] = [];
  const byText = new Map<string, Article>();
  const bySlug = new Map<string, Article>();
  for (const article of articles) {
    const key = sameText.get(article)!;
    const twin = byText.get(key);
    if (twin) {
      errors.push(
        new DossierError(`is the same article as ${twin.path}`, {
          file: article.path,
          hint: 'remove one of the two files (and its entry in sources.yaml)',
        }),
      );
      continue;
    }
    byText.set(key, article);
    const clash = bySlug.get(article.slug);
    if (clash) {
      errors.push(
        new DossierError(`gives the slug "${article.slug}", which ${clash.path} already has`, {
          file: article.path,
          hint: `give one of them its own "slug:" in ${MANIFEST} (see docs/urls.md)`,
        }),
      );
      continue;
    }
    bySlug.set(article.slug, article);
  }
  return errors;
}
