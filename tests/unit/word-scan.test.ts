import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords, wordScanner } from '../../src/lib/annotate/word-scan.ts';

function scan(words: string[], text: string): string[] {
  const seen = new Uint8Array(words.length);
  scanWords(wordScanner(words), text, seen);
  return words.filter((_, i) => seen[i] === 1);
}

describe('finding a list of words in one pass', () => {
  it('finds words inside other words, overlapping and nested', () => {
    expect(scan(['iran', 'iranian', 'ran', 'nian', 'tehran'], 'the iranian side')).toEqual(['iran', 'iranian', 'ran', 'nian']);
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he', 'she', 'hers']);
  });
  it('lets any other character end a word in progress', () => {
    expect(scan(['snapback', 'uranium'], 'snap-back, ura nium, uranium’s')).toEqual(['uranium']);
    expect(scan(['2231', 'e3'], 'resolution 2231 and the E3')).toEqual(['2231']);
  });
  it('refuses a word it cannot hold', () => {
    expect(() => wordScanner(['Iran'])).toThrow(/"Iran" is not lower-case ASCII/);
    expect(() => wordScanner(['snap-back'])).toThrow(/not lower-case ASCII/);
  });
  it('finds exactly the words a substring search finds (property)', () => {
    const letters = fc.constantFrom(...'abcen0 -’'.split(''));
    const word = fc.string({ unit: fc.constantFrom(...'abcen0'.split('')), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 12 }), fc.string({ unit: letters, maxLength: 60 }), (words, text) => {
        expect(scan(words, text)).toEqual(words.filter((w) => text.includes(w)));
      }),
      { numRuns: 2000 },
    );
  });
});
