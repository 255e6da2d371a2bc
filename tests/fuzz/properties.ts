/**
 * The properties every input must keep, shared by the quick run in
 * `npm test` (tests/unit/fuzz.test.ts, a few dozen cases each) and the long
 * run (scripts/fuzz.ts, thousands each). Each check throws (node:assert) on
 * a broken property; fast-check then shrinks the input to a small
 * counterexample and reports the seed and path that replay it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotateArticle, type AnnotatedBlock } from '../../src/lib/annotate/article.ts';
import { buildLexicon } from '../../src/lib/annotate/lexicon.ts';
import { matchNames } from '../../src/lib/annotate/match.ts';
import { parseArticle, type ParsedArticle } from '../../src/lib/clean/article.ts';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { splitBlocks } from '../../src/lib/parse/blocks.ts';
import { splitDateline } from '../../src/lib/parse/dateline.ts';
import { foldQuotes } from '../../src/lib/parse/normalize.ts';
import type { Article } from '../../src/lib/pipeline/load.ts';
import { parseManifest } from '../../src/lib/read/manifest.ts';
import { decodeSeed } from '../../src/lib/read/seed-text.ts';
import { entityId } from '../../src/lib/schema/entity.ts';
import { articleMarkdown, frontmatterOf, type BodyParagraph, type Link } from '../../src/lib/write/markdown.ts';
import { anyString, anyText, FURNITURE_LINES, garbledText, manifestText, prose, registryAndText, seedBytes, seedText, writtenParagraph } from './arbitraries.ts';
import { readBack, type ReadParagraph } from './read-back.ts';
import { fuzzLexicon } from './registry.ts';

export type RunOptions = { numRuns: number; seed?: number | undefined; path?: string | undefined };
export type Outcome = { failed: boolean; numRuns: number; seed: number; path: string | null; report: string | null };
export type FuzzProperty = {
  name: string;
  /** Cases in the quick run of `npm test`; the long run takes --runs for all. */
  quickRuns: number;
  run(options: RunOptions): Outcome;
};

const FILE = 'fuzz.txt';
const REFUSED = Symbol('refused');

/** Runs `step`: its value, or REFUSED when it threw a DossierError. Any other exception is a crash and propagates. */
function orRefused<T>(step: () => T): T | typeof REFUSED {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    assert.ok(error.message.length > 0, 'a DossierError says what is wrong');
    assert.equal(error.file, FILE, 'a DossierError names the file');
    return REFUSED;
  }
}

function property<T>(name: string, quickRuns: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): FuzzProperty {
  const prop = fc.property(arbitrary, (value) => {
    check(value);
  });
  return {
    name,
    quickRuns,
    run({ numRuns, seed, path }) {
      const details = fc.check(prop, { numRuns, ...(seed === undefined ? {} : { seed }), ...(path === undefined ? {} : { path }) });
      return {
        failed: details.failed,
        numRuns: details.numRuns,
        seed: details.seed,
        path: details.counterexamplePath,
        report: details.failed ? `${fc.defaultReportMessage(details) ?? 'failed'}\n${errorText(details.errorInstance)}` : null,
      };
    },
  };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.stack ?? error.message : String(error);
  return text.length > 4000 ? `${text.slice(0, 4000)} …` : text;
}

/** A parsed seed joined with made-up manifest facts, as pipeline/load.ts joins them. */
export function asArticle(parsed: ParsedArticle, facts: Partial<Pick<Article, 'publisher' | 'url' | 'author' | 'path'>> = {}): Article {
  return {
    ...parsed,
    file: FILE,
    path: facts.path ?? `seeds/${FILE}`,
    slug: 'fuzz',
    publisher: facts.publisher ?? null,
    url: facts.url ?? null,
    published: '2025-06-01',
    author: facts.author ?? parsed.bylineName,
    unlisted: false,
    formerSlugs: [],
  };
}

/** Bytes → decoded → parsed → annotated, or REFUSED where the pipeline refuses the seed. */
function annotated(bytes: Uint8Array): { article: Article; blocks: AnnotatedBlock[] } | typeof REFUSED {
  const text = orRefused(() => decodeSeed(bytes, FILE));
  if (text === REFUSED) return REFUSED;
  const parsed = orRefused(() => parseArticle(text, FILE));
  if (parsed === REFUSED) return REFUSED;
  const article = asArticle(parsed);
  return { article, blocks: annotateArticle(article, fuzzLexicon).blocks };
}

/** As actorHref in src/lib/pipeline/annotate-article.ts, which is not imported because it loads the whole pipeline. */
const href = (id: string) => `../../actors/${id}/`;

/** The links the pipeline writes for a block: mentions that are not inside another one (as linksOf in pipeline/annotate.ts). */
function linksOf(block: AnnotatedBlock): Link[] {
  const links: Link[] = [];
  let lastEnd = -1;
  for (const m of block.mentions) {
    if (m.start < lastEnd) continue;
    links.push({ start: m.start, end: m.end, href: href(m.entity) });
    lastEnd = m.end;
  }
  return links;
}

/** What reading a paragraph back must give: its text, and each link with its text and offsets. */
function expected({ text, links }: BodyParagraph): ReadParagraph {
  return { text, links: links.map(({ start, end, href: h }) => ({ href: h, text: text.slice(start, end), start, end })) };
}

function assertReadsBack(markdown: string, paragraphs: BodyParagraph[]): ReturnType<typeof readBack> {
  const back = readBack(markdown);
  assert.deepEqual(back.problems, [], 'the body is paragraphs of text and links only');
  assert.deepEqual(back.paragraphs, paragraphs.map(expected));
  return back;
}

const encode = (text: string) => new TextEncoder().encode(text);
/** Mostly whole articles, so that parsing succeeds and the matcher and writer get real work. */
const articleBytes = fc.oneof({ weight: 4, arbitrary: seedText().map(encode) }, { weight: 1, arbitrary: seedBytes() });

export const PROPERTIES: FuzzProperty[] = [
  property('decodeSeed: any bytes become LF text or a DossierError', 40, seedBytes(), (bytes) => {
    const text = orRefused(() => decodeSeed(bytes, FILE));
    if (text === REFUSED) return;
    assert.equal(text, new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
    assert.ok(!text.includes('\r') && text.trim() !== '');
  }),

  property('parseManifest: any sources.yaml gives http(s) entries or DossierErrors naming the file', 40, manifestText, (text) => {
    let entries;
    try {
      entries = parseManifest(text, FILE);
    } catch (error) {
      if (!(error instanceof DossierError || error instanceof DossierErrors)) throw error;
      for (const e of error instanceof DossierErrors ? error.errors : [error]) assert.equal(e.file, FILE, 'a DossierError names the file');
      return;
    }
    for (const entry of entries) {
      assert.ok(entry.file.length > 0);
      assert.ok(entry.url === null || /^https?:$/.test(new URL(entry.url).protocol), `"${entry.url}" is an http(s) address`);
    }
  }),

  property('splitBlocks: any text splits into trimmed one-line blocks in order', 40, anyText(), (text) => {
    const blocks = splitBlocks(text);
    const lines = text.split('\n');
    let previous = 0;
    for (const block of blocks) {
      assert.ok(block.text.length > 0 && block.text === block.text.trim(), 'a block is trimmed and not empty');
      assert.ok(!/[\n\t]/.test(block.text), 'a block has no line break or tab');
      assert.ok(block.line > previous && block.line <= lines.length, 'block lines increase and exist');
      assert.ok(block.text.startsWith(lines[block.line - 1]!.replace(/\t/g, ' ').trim()), 'a block starts with its line');
      previous = block.line;
    }
  }),

  property(
    'splitDateline: the dateline opens the paragraph and the rest ends it',
    30,
    fc.tuple(fc.constantFrom('', 'WASHINGTON (Reuters) - ', 'MUSCAT, Oman (AP) — ', 'Dubai (AFP) -', 'GENEVA, June 20 (Reuters) -- ', 'IRAN - ', 'A\u0301B (X) - '), fc.oneof(prose, garbledText, fc.constantFrom(...FURNITURE_LINES))),
    ([opening, rest]) => {
      const paragraph = opening + rest;
      const split = splitDateline(paragraph);
      if (!split) return;
      assert.ok(split.dateline.length > 0 && paragraph.startsWith(split.dateline));
      assert.ok(split.rest.length >= 20 && paragraph.endsWith(split.rest));
    },
  ),

  property('parseArticle: any text parses or is refused with a DossierError, and no block goes missing', 50, anyText(), (text) => {
    const article = orRefused(() => parseArticle(text, FILE));
    if (article === REFUSED) return;
    const oneLine = (s: string) => s.length > 0 && s === s.trim() && !s.includes('\n');
    assert.ok(oneLine(article.headline), 'the headline is one trimmed line');
    assert.ok(article.paragraphs.length > 0 && article.paragraphs.every((p) => oneLine(p.text)), 'paragraphs are trimmed lines');
    assert.ok(article.dek === null || oneLine(article.dek));
    const bioParts = article.bio === null ? 0 : article.bio.split('\n\n').length;
    const accounted = 1 + Number(article.dek !== null) + article.paragraphs.length + article.captions.length + Number(article.byline !== null) + bioParts + article.dropped.length;
    assert.equal(accounted, splitBlocks(text).length, 'every block is kept or recorded as dropped');
  }),

  property('annotateArticle: every mention offset points at the mention text', 40, articleBytes, (bytes) => {
    const result = annotated(bytes);
    if (result === REFUSED) return;
    for (const block of result.blocks) {
      let previous = -1;
      for (const m of block.mentions) {
        assert.ok(m.start >= 0 && m.start < m.end && m.end <= block.text.length, `offsets ${m.start}-${m.end} lie inside ${block.id}`);
        assert.equal(block.text.slice(m.start, m.end), m.text, `${block.id}: mention of ${m.entity} at ${m.start}`);
        assert.ok(entityId.safeParse(m.entity).success, `"${m.entity}" is a valid entity id`);
        assert.ok(m.start >= previous, 'mentions are sorted by start');
        previous = m.start;
      }
    }
  }),

  property('matchNames: with any registry, each mention is one of its entity\'s names, at its offsets, without overlap', 40, registryAndText, ({ entities, paragraphs }) => {
    const lexicon = buildLexicon(entities);
    const forms = new Set([...lexicon.byFirstWord.values()].flat().map((f) => `${f.entity}\u0000${f.text}`));
    for (const text of paragraphs) {
      let lastEnd = 0;
      for (const m of matchNames(text, lexicon, () => true)) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(m.start >= lastEnd && m.end > m.start, 'mentions are in order and do not overlap');
        assert.ok(forms.has(`${m.entity}\u0000${foldQuotes(m.text)}`), `"${m.text}" is a name of ${m.entity}`);
        lastEnd = m.end;
      }
    }
    const parsed: ParsedArticle = { file: FILE, headline: paragraphs[0]!, dek: null, paragraphs: paragraphs.map((text, i) => ({ text, line: i + 3 })), captions: [], byline: null, bylineName: null, bio: null, dateline: null, dropped: [] };
    for (const block of annotateArticle(asArticle(parsed), lexicon).blocks) {
      for (const m of block.mentions) assert.equal(block.text.slice(m.start, m.end), m.text, `${block.id}: mention of ${m.entity} at ${m.start}`);
    }
  }),

  property('articleMarkdown: parsed and annotated articles read back with the same text and links', 40, articleBytes, (bytes) => {
    const result = annotated(bytes);
    if (result === REFUSED) return;
    const body = result.blocks.filter((b) => b.kind === 'body').map((b) => ({ text: b.text, links: linksOf(b) }));
    const frontmatter = frontmatterOf(result.article);
    const back = assertReadsBack(articleMarkdown(frontmatter, body, result.article.path), body);
    assert.deepEqual(back.astro, frontmatter, 'Astro reads the frontmatter back');
  }),

  property('articleMarkdown: any paragraph text and links read back as written', 40, fc.array(writtenParagraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
    const body = paragraphs.map(({ text, links }) => ({ text, links: links.map(({ start, end, id }) => ({ start, end, href: href(id) })) }));
    assertReadsBack(articleMarkdown({ title: 'Fuzz' }, body, `seeds/${FILE}`), body);
  }),

  property(
    'articleMarkdown: the frontmatter reads back with the same strings, in yaml and in Astro',
    40,
    fc.record({
      headline: anyString,
      dek: fc.option(anyString),
      byline: fc.option(anyString),
      bylineName: fc.option(anyString),
      dateline: fc.option(anyString),
      bio: fc.option(anyString),
      captions: fc.array(fc.record({ text: anyString, credit: fc.option(anyString) }), { maxLength: 3 }),
      publisher: fc.option(anyString),
      url: fc.option(anyString),
      author: fc.option(anyString),
      path: anyString,
      actor: anyString,
    }),
    (facts) => {
      const parsed: ParsedArticle = { ...facts, file: FILE, paragraphs: [{ text: 'Body.', line: 3 }], dropped: [] };
      const article = asArticle(parsed, { publisher: facts.publisher, url: facts.url, author: facts.author, path: facts.path });
      const frontmatter = frontmatterOf(article, { actors: [{ id: 'x', name: facts.actor, count: 1 }] });
      const markdown = articleMarkdown(frontmatter, [{ text: 'Body.', links: [] }], facts.path);
      const back = readBack(markdown);
      assert.deepEqual(back.yaml, frontmatter, 'the yaml package reads the frontmatter back');
      assert.deepEqual(back.astro, frontmatter, 'Astro reads the frontmatter back');
      assert.deepEqual(back.problems, []);
      assert.deepEqual(back.paragraphs, [{ text: 'Body.', links: [] }], 'the body is unchanged');
    },
  ),
];
