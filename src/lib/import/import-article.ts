import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArticle } from '../clean/article.ts';
import { DossierError } from '../errors.ts';
import { MANIFEST } from '../pipeline/load.ts';
import { articleSlug, headlineSlug } from '../slug.ts';
import { createFile } from './atomic-file.ts';
import { toIsoDay } from './dates.ts';
import { extractPage } from './extract.ts';
import { appendManifestEntry, type NewEntry } from './manifest-append.ts';
import { plausibleAuthor, type Candidate, type Field } from './metadata.ts';
import { isUrlInput, readSource, type Source } from './read-input.ts';
import { chooseStandfirst, seedText } from './seed-format.ts';
import { bodyKey, indexSeeds, type SeedsIndex } from './seeds-index.ts';
import { cleanUrl, httpUrl, urlKey } from './url.ts';

/**
 * Facts given on the command line. They come before anything the page says.
 * `published: null` is an explicit "unknown"; undefined means "not given".
 */
export type Overrides = {
  title?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  published?: string | null | undefined;
};

export type ImportOptions = {
  /** The seeds folder to add to. */
  seeds: string;
  overrides?: Overrides;
  timeoutMs?: number | undefined;
  /** Paths in messages are shown relative to this. */
  cwd?: string;
};

export type ImportResult =
  | {
      status: 'added';
      input: string;
      /** The new seed, as a path to show. */
      file: string;
      headline: string;
      entry: NewEntry;
      /** Where each fact came from ("--published", "JSON-LD datePublished", …). */
      from: Partial<Record<Field, string>>;
      notes: string[];
    }
  | { status: 'skipped'; input: string; reason: string };

/** Fewer characters than this is a teaser, an error page or a cookie wall, not an article. */
export const MIN_ARTICLE_CHARS = 200;

const NO_ARTICLE_HINT =
  'the page may need JavaScript or a login to show its text: open it in your browser, check the story is visible, save it ("Save Page As…", "Web page, complete") and import the saved file, or paste the text into a .txt file and import that';

/** A draft seed: its text and the facts for its manifest entry, before any file is written. */
type Draft = { text: string; facts: Omit<NewEntry, 'file' | 'slug' | 'published'>; published: string | null | undefined; from: Partial<Record<Field, string>>; notes: string[] };

/**
 * Imports one saved page, text file or URL into the seeds folder. Adds a seed
 * and its sources.yaml entry, or nothing: the seed is written first (under a
 * name no other file has) and removed again if the manifest cannot be written.
 * An article already in the folder (same URL, or same text) is skipped.
 */
export async function importArticle(input: string, options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, options.seeds);
  const shown = (name: string) => relative(cwd, join(dir, name)) || name;
  const overrides = options.overrides ?? {};
  const index = indexSeeds(dir, shown(MANIFEST), options.seeds);

  // An address we already have needs no download.
  const early = [overrides.url, isUrlInput(input) ? input : undefined].find((u) => u && index.byUrl.has(urlKey(u)));
  if (early) return { status: 'skipped', input, reason: `already in ${shown(index.byUrl.get(urlKey(early))!)} (same URL)` };

  const source = await readSource(input, { timeoutMs: options.timeoutMs });
  const draft = source.kind === 'html' ? fromPage(source, overrides) : fromText(source, overrides);
  const parsed = parseArticle(draft.text, source.label);

  const twin = (draft.facts.url && index.byUrl.get(urlKey(draft.facts.url))) || undefined;
  if (twin) return { status: 'skipped', input, reason: `already in ${shown(twin)} (same URL)` };
  const sameText = index.byText.get(bodyKey(parsed));
  if (sameText) return { status: 'skipped', input, reason: `already in ${shown(sameText)} (same text)` };

  if (draft.published === undefined) {
    throw new DossierError(source.kind === 'html' ? 'no publication date found in the page' : 'a plain-text file carries no publication date', {
      file: source.label,
      hint: 'pass --published YYYY-MM-DD, or --published unknown to import it undated',
    });
  }
  const published = draft.published;
  const { publisher, url, author } = draft.facts;
  const entry: NewEntry = { file: '', publisher, url, published, author };
  entry.file = writeSeed(dir, `${published ?? 'undated'}-${headlineSlug(parsed.headline)}`, draft.text, index);
  // The natural slug carries a mark of the file name, so it is almost never
  // taken; if a pinned slug holds it, pin a free one for the newcomer.
  const slug = freeSlug(articleSlug(parsed.headline, entry.file), index);
  if (slug) entry.slug = slug;
  try {
    appendManifestEntry(join(dir, MANIFEST), shown(MANIFEST), entry);
  } catch (error) {
    // No seed without its entry: take the new file away again.
    rmSync(join(dir, entry.file), { force: true });
    throw error;
  }
  return { status: 'added', input, file: shown(entry.file), headline: parsed.headline, entry, from: draft.from, notes: draft.notes };
}

function fromPage(source: Extract<Source, { kind: 'html' }>, overrides: Overrides): Draft {
  const page = extractPage(source.html);
  const chars = page?.paragraphs.reduce((sum, p) => sum + p.length, 0) ?? 0;
  if (!page || chars < MIN_ARTICLE_CHARS) {
    throw new DossierError(page ? `no readable article found (only ${chars} characters of text)` : 'no readable article found', {
      file: source.label,
      hint: NO_ARTICLE_HINT,
    });
  }
  const { candidates } = page.metadata;
  const from: Draft['from'] = {};
  const pick = (field: Field, flag: string | undefined, valid: (value: string) => string | null = (v) => v): string | null => {
    if (flag !== undefined) {
      from[field] = `--${field === 'headline' ? 'title' : field}`;
      return flag;
    }
    for (const candidate of candidates[field]) {
      const value = valid(candidate.value);
      if (value !== null) {
        from[field] = candidate.from;
        return value;
      }
    }
    return null;
  };

  const publisher = pick('publisher', overrides.publisher);
  const headline = pick('headline', overrides.title, (v) => withoutSiteName(v, publisher));
  if (!headline) {
    throw new DossierError('the page has no headline', { file: source.label, hint: 'give one with --title "…"' });
  }
  const url = pick('url', overrides.url, (v) => {
    const parsed = httpUrl(v, source.pageUrl);
    return parsed ? cleanUrl(parsed) : null;
  });
  const pageUrl = source.pageUrl ? httpUrl(source.pageUrl) : null;
  if (!url && pageUrl) from.url = 'the address it was fetched from';
  let published: string | null | undefined;
  if (overrides.published !== undefined) {
    published = overrides.published;
    from.published = '--published';
  } else {
    published = pick('published', undefined, toIsoDay) ?? undefined;
  }
  const { standfirst, paragraphs } = chooseStandfirst(
    headline,
    candidates.standfirst.map((c: Candidate) => c.value),
    page.paragraphs,
  );
  const notes = page.paywalled ? ['the page looks like a paywall teaser: only the text before the subscription prompt was imported'] : [];
  return {
    text: seedText(headline, standfirst, paragraphs),
    facts: { publisher, url: url ?? (pageUrl ? cleanUrl(pageUrl) : null), author: pick('author', overrides.author, plausibleAuthor) },
    published,
    from,
    notes,
  };
}

/** A text file is copied as it is; every fact comes from the command line. */
function fromText(source: Extract<Source, { kind: 'text' }>, overrides: Overrides): Draft {
  if (overrides.title !== undefined) {
    throw new DossierError('--title does not apply to a plain-text file: its first line is the headline', {
      file: source.label,
      hint: 'edit the first line of the file instead, and leave out --title',
    });
  }
  const from: Draft['from'] = {};
  for (const [field, flag] of [['publisher', overrides.publisher], ['url', overrides.url], ['author', overrides.author], ['published', overrides.published]] as const) {
    if (flag !== undefined) from[field] = `--${field}`;
  }
  return {
    text: source.text,
    facts: { publisher: overrides.publisher ?? null, url: overrides.url ?? null, author: overrides.author ?? null },
    published: overrides.published,
    from,
    notes: [],
  };
}

/** "Talks resume | The Daily Example" → "Talks resume", when the tail is the publisher's name. */
function withoutSiteName(title: string, publisher: string | null): string | null {
  if (!publisher) return title;
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${escaped}\\s*$`, 'iu'), '').replace(new RegExp(`^${escaped}\\s+[|:·•]\\s+`, 'iu'), '').trim();
  return stripped || title;
}

/** Null when the natural slug is free; otherwise the first free `…-2`, `…-3`. */
function freeSlug(natural: string, index: SeedsIndex): string | null {
  if (!index.bySlug.has(natural)) return null;
  for (let n = 2; ; n++) if (!index.bySlug.has(`${natural}-${n}`)) return `${natural}-${n}`;
}

/** Writes the seed under the first free name `base.txt`, `base-2.txt`, …, never over another file. */
function writeSeed(dir: string, base: string, text: string, index: SeedsIndex): string {
  const taken = new Set([...index.names].map((n) => n.toLowerCase()));
  for (let n = 1; n < 1000; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.txt`;
    if (taken.has(name.toLowerCase())) continue;
    if (createFile(join(dir, name), text)) return name;
  }
  throw new DossierError(`no free file name for "${base}.txt" after 999 tries`, { file: dir, hint: 'tidy the seeds folder' });
}

