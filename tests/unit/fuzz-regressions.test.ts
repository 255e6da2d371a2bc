// Bugs that fuzzing and the hostile fixture found, each pinned with the
// smallest input that showed it, and the unit-level checks for input that a
// UTF-8 seed file cannot carry (lone surrogates). See docs/security.md.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/lib/annotate/article.ts';
import { parseArticle } from '../../src/lib/clean/article.ts';
import { DossierError } from '../../src/lib/errors.ts';
import { parseManifest } from '../../src/lib/read/manifest.ts';
import { decodeSeed } from '../../src/lib/read/seed-text.ts';
import { articleMarkdown } from '../../src/lib/write/markdown.ts';
import { asArticle } from '../fuzz/properties.ts';
import { readBack } from '../fuzz/read-back.ts';
import { fuzzLexicon } from '../fuzz/registry.ts';

const annotate = (seed: string) => annotateArticle(asArticle(parseArticle(seed, 'fuzz.txt')), fuzzLexicon);

function thrown(step: () => unknown): DossierError {
  try {
    step();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}

describe('the seed path in the generated file cannot end the frontmatter', () => {
  it('a path with a line break, "---" and HTML stays in the YAML comment', () => {
    const path = 'seeds/a\n---\ntitle: pwned\n---\n<script>alert(1)</script>\n.txt';
    const back = readBack(articleMarkdown({ title: 'T' }, [{ text: 'Hello', links: [] }], path));
    expect(back.astro).toEqual({ title: 'T' });
    expect(back.yaml).toEqual({ title: 'T' });
    expect(back.problems).toEqual([]);
    expect(back.paragraphs).toEqual([{ text: 'Hello', links: [] }]);
  });
  it('a path with CR or NUL does not stop Astro reading the frontmatter', () => {
    for (const path of ['seeds/a\r.txt', 'seeds/a\0.txt']) {
      expect(readBack(articleMarkdown({ title: 'T' }, [{ text: 'Hello', links: [] }], path)).astro).toEqual({ title: 'T' });
    }
  });
});

describe('frontmatter strings', () => {
  it('come back exactly as written, whatever characters they hold', () => {
    const controls = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).join('');
    const title = `${controls}\u007f\u0085\u009f\u00a0\u2028\u2029\ufeff"'\\ # --- : - [x] {y} &a *b !c |d >e %f @g \`h 😀 null true 0.5`;
    const back = readBack(articleMarkdown({ title, captions: [title], actors: [{ id: 'n', name: 'yes', count: 1 }] }, [{ text: 'Hello', links: [] }], 'seeds/a.txt'));
    const expected = { title, captions: [title], actors: [{ id: 'n', name: 'yes', count: 1 }] };
    expect(back.astro).toEqual(expected);
    expect(back.yaml).toEqual(expected);
    expect(back.problems).toEqual([]);
  });
});

describe('sources.yaml: the original address must be http(s)', () => {
  const entry = (url: string) => `- file: a.txt\n  publisher: X\n  url: ${JSON.stringify(url)}\n`;
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'mailto:a@example.org', 'ftp://example.org/'])(
    'refuses %s, with its line',
    (url) => {
      const error = thrown(() => parseManifest(entry(url), 'sources.yaml'));
      expect(error.format()).toMatch(/^sources\.yaml:3: "url" must be an absolute http\(s\) URL/);
    },
  );
  it('refuses an address that is no URL at all with the same message, not a crash', () => {
    for (const url of ['not a url', 'http://', '2025-02-30']) {
      expect(thrown(() => parseManifest(entry(url), 'sources.yaml')).format()).toMatch(/^sources\.yaml:3: "url" must be an absolute http\(s\) URL/);
    }
  });
  it('keeps an http(s) address with quotes and angle brackets exactly as written', () => {
    const url = 'https://evil.example/"><script>alert(1)</script>?q=<img src=x onerror=alert(1)>';
    expect(parseManifest(entry(url), 'sources.yaml')[0]!.url).toBe(url);
  });
});

describe('discovery takes time in proportion to the text', () => {
  // Both took minutes before: compromise read a whole run of Title Case words
  // as one name, and every token rescanned all the text before it.
  it('a 16,000-character run of Title Case words', () => {
    const started = performance.now();
    annotate(`A headline for the test\n\n${'Museum of Art '.repeat(1150)}said so.`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('a 300,000-character paragraph with no ASCII letters', () => {
    const started = performance.now();
    annotate(`A headline for the test\n\n${'قال المسؤولون إن المحادثات '.repeat(11_200)}.`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('still reads a name at the very start of a paragraph (compromise got the text without its first letter)', () => {
    const found = (seed: string) => annotate(seed).discovered.map((d) => `${d.name}:${d.type}`);
    expect(found('A headline for the test\n\nGoldman Sachs announced a merger on Monday.')).toEqual(['Goldman Sachs:organization']);
    expect(found('A headline for the test\n\nLake Geneva froze over on Monday.')).toEqual(['Lake Geneva:place']);
  });
});

describe('lone surrogates, which no UTF-8 seed file can carry', () => {
  it('an encoded surrogate (CESU-8) in a seed is refused as invalid UTF-8, with its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Headline\n\nText '), 0xed, 0xa0, 0x80, 0x0a]);
    const error = thrown(() => decodeSeed(bytes, 'fuzz.txt'));
    expect(error.format()).toMatch(/^fuzz\.txt:3: file is not valid UTF-8 text/);
  });
  it('in memory they parse, annotate and write like any other character', () => {
    const seed = 'Iran \uD800 talks\n\nThe \uDC00 US and Iran met \uD83D in Tehran.\uDFFF';
    const blocks = annotate(seed).blocks;
    expect(blocks.flatMap((b) => b.mentions.map((m) => b.text.slice(m.start, m.end) === m.text))).not.toContain(false);
    const body = blocks.filter((b) => b.kind === 'body').map((b) => ({ text: b.text, links: [] }));
    const back = readBack(articleMarkdown({ title: blocks[0]!.text }, body, 'seeds/fuzz.txt'));
    expect(back.problems).toEqual([]);
    expect(back.paragraphs.map((p) => p.text)).toEqual(body.map((b) => b.text));
    expect(back.astro).toEqual({ title: 'Iran \uD800 talks' });
  });
});
