// The hand-written scanners (words.ts and the tokenisers built on it) must
// find exactly what the regexes they replaced find, on any text: letters of
// every script, digits, astral characters, lone surrogates, odd spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize as nameTokens } from '../../src/lib/annotate/discover.ts';
import { tokenize as topicTokens } from '../../src/lib/annotate/topics.ts';
import { sameTextKey, wordCount } from '../../src/lib/parse/normalize.ts';
import { forEachWord, wordCharAt } from '../../src/lib/parse/words.ts';

// Characters that tell the scanners apart from the regexes if either is wrong.
const tricky = fc.constantFrom(
  'a', 'Z', '7', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '.', "'", '’', '‘', '“', '”', '-', '–', '—', '‐', '«', '`', '´',
  'é', 'É', 'ß', 'İ', 'Σ', 'ΟΔΟΣ', 'ς', 'Ⅻ', '٣', 'ا', '中', 'Ⓐ', '𝐀', '😀', '𐐀', '\ud800', '\udc00', '\ud835', '!', ',', '?', ';', ':', '…', 'U.S.', "Iran's", 'al-Araji',
);
const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 600 };

describe('words.ts', () => {
  it('forEachWord finds what /[\\p{L}\\p{N}]+/gu matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found: [number, number][] = [];
        forEachWord(t, (start, end) => found.push([start, end]));
        expect(found).toEqual([...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]));
      }),
      RUNS,
    );
  });

  it('wordCharAt reads one letter or digit, a surrogate pair as one', () => {
    expect(wordCharAt('a', 0)).toBe(1);
    expect(wordCharAt('𝐀x', 0)).toBe(2);
    expect(wordCharAt('😀', 0)).toBe(0);
    expect(wordCharAt('\ud835x', 0)).toBe(0);
    expect(wordCharAt(' ', 0)).toBe(0);
    expect(wordCharAt('٣', 0)).toBe(1);
  });
});

describe('tokenisers', () => {
  it('topic tokens are what /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu matches, lowercased, dashes as "-"', () => {
    const dashes = new Set(['‐', '‑', '–', '—']);
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ key: dashes.has(m[0]) ? '-' : m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
        expect(topicTokens(t)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('name tokens are what /[\\p{L}\\p{N}][\\p{L}\\p{N}\'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]/gu matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
        expect(nameTokens(t)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('normalize.ts', () => {
  it('sameTextKey is the quote fold, lowercasing, dash fold, collapsed spacing and trimmed end punctuation', () => {
    const reference = (t: string) =>
      t.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/[\s.!?:;,]+$/u, '').trim();
    fc.assert(
      fc.property(text, (t) => {
        expect(sameTextKey(t)).toBe(reference(t));
      }),
      RUNS,
    );
    expect(sameTextKey('  “Iran’s   answer” —\tNo.  ')).toBe('"iran\'s answer" - no');
  });

  it('wordCount counts the runs of non-space characters', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordCount(t)).toBe(t.split(/\s+/).filter(Boolean).length);
      }),
      RUNS,
    );
    expect(wordCount(' Iran  said\tno. ')).toBe(3);
  });
});
