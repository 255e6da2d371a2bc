// The sentence shown around a mention: the quick check for sentence-ending
// punctuation must find exactly the boundaries the two patterns alone find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround, type Snippet } from '../../src/site/snippets.ts';

/** The rule written with the patterns alone, as it was before the quick check. */
function byPatternsAlone(text: string, start: number, end: number): Snippet {
  let from = start;
  while (from > 0 && !/[.!?]["”’)]?\s$/u.test(text.slice(Math.max(0, from - 3), from))) from--;
  let to = end;
  while (to < text.length && !/^[.!?]["”’)]?(?:\s|$)/u.test(text.slice(to, to + 3))) to++;
  to = Math.min(text.length, to + (/^[.!?]["”’)]?/u.exec(text.slice(to, to + 2))?.[0].length ?? 0));
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > 220) before = `…${before.slice(before.length - 220).replace(/^\S*\s/u, '')}`;
  if (after.length > 220) after = `${after.slice(0, 220).replace(/\s\S*$/u, '')}…`;
  return { before, match: text.slice(start, end), after };
}

describe('the sentence around a mention', () => {
  it('ends where the patterns say, for any text and mention', () => {
    const char = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '"', '”', '’', ')', '\n', '\u00a0', '\u2009', 'é', '😀', ',');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 600 }).map((cs) => cs.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + (b % 12));
        expect(sentenceAround(text, start, end)).toEqual(byPatternsAlone(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the whole sentence, closing quote included, and marks where it was cut', () => {
    const text = 'First one. He said “Iran will talk.” Then more.';
    const start = text.indexOf('Iran');
    expect(sentenceAround(text, start, start + 4)).toEqual({ before: 'He said “', match: 'Iran', after: ' will talk.”' });
    const long = `${'word '.repeat(60)}Iran ${'word '.repeat(60)}end.`;
    const s = sentenceAround(long, 300, 304);
    expect(s.match).toBe('Iran');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
  });
});
