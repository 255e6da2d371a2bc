import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haystackOf, indexWords, mayMatch, requiredWords } from '../../src/lib/annotate/pattern-words.ts';
import { buildTopicMatcher, matchTopics } from '../../src/lib/annotate/topics.ts';
import { foldQuotes } from '../../src/lib/parse/normalize.ts';
import { loadTopics } from '../../src/lib/registry/topics.ts';
import { TOPIC_PATTERN_FLAGS } from '../../src/lib/schema/constants.ts';
import { ROOT } from './helpers.ts';

const projectTopics = loadTopics(join(ROOT, 'content', 'topics')).topics;
const projectPatterns = projectTopics.flatMap((t) => t.patterns.map(foldQuotes));

describe('the words a pattern’s matches must contain', () => {
  it('reads each word, dropping a letter a quantifier makes optional', () => {
    expect(requiredWords('\\bsanction(?:s|ed|ing)?\\b')).toEqual([['sanction']]);
    expect(requiredWords('\\bcentrifuges?\\b')).toEqual([['centrifuge']]);
    expect(requiredWords('\\bexecutive\\s+order\\b[^.!?]{0,80}\\bIran')).toEqual([['executive'], ['order'], ['iran']]);
    expect(requiredWords('^rials{1,2}')).toEqual([['rial']]);
    expect(requiredWords('\\bnuclear\\s+program(?:me)?s?\\b')).toEqual([['nuclear'], ['program']]);
  });
  it('reads a group of alternatives that each begin with a word', () => {
    expect(requiredWords('\\b(?:Trump|Biden|Obama)\\s+administration\\b')).toEqual([['trump', 'biden', 'obama'], ['administration']]);
    expect(requiredWords('\\b(?:lift(?:s|ed)?|eas(?:e|ed))\\s+sanctions')).toEqual([['lift', 'eas'], ['sanctions']]);
    expect(requiredWords('\\b(?:U\\.?N\\.?|nuclear)\\s+watchdog')).toEqual([['watchdog']]);
  });
  it('requires nothing it cannot vouch for', () => {
    for (const source of [
      'sanctions|embargo', // a match may hold either
      '(?:direct)?\\s+(?:ta)lk', // the group may be absent; "ta" and "lk" are too short
      '(?:direct){0,1}\\s+[Tt]alks', // a class
      '(?<=direct\\s)(?=talks)', // lookarounds
      '\\u0074alks?', // an escape, then "alk" is required but not "talk"
      '\\bIR-\\d+', // too short to rule much out
      '(?:talks|)', // an empty alternative
      '(?:talks', // unclosed
      '\\d{1,2}', // the braces are a quantifier, not digits
    ]) {
      expect(requiredWords(source).flat(), source).not.toContain('talks');
      expect(requiredWords(source).flat(), source).not.toContain('direct');
    }
    expect(requiredWords('\\u0074alks?')).toEqual([['alk']]);
    expect(requiredWords('\\d{10,20}')).toEqual([]);
  });
  it('finds required words for most of the project’s patterns', () => {
    const withWords = projectPatterns.filter((p) => requiredWords(p).length > 0);
    expect(withWords.length / projectPatterns.length).toBeGreaterThan(0.9);
  });
});

/** Whether the pattern may match the text, by its required words alone. */
function may(source: string, text: string): boolean {
  const index = indexWords([requiredWords(source)]);
  return mayMatch(index.required[0]!, haystackOf(text, index));
}

describe('ruling a pattern out', () => {
  it('rules out a text without the words, in any case', () => {
    expect(may('\\bsanction(?:s|ed)?\\b', 'Talks resumed in Muscat.')).toBe(false);
    expect(may('\\bsanction(?:s|ed)?\\b', 'New SANCTIONS were announced.')).toBe(true);
    expect(may('\\bexecutive\\s+order\\b', 'The executive met.')).toBe(false);
  });
  it('numbers each word once, however many patterns require it, and finds them all in one pass', () => {
    const index = indexWords([requiredWords('\\bIran\\s+oil'), requiredWords('\\b(?:Iran|Tehran)\\s+talks')]);
    expect(index.words).toEqual(['iran', 'oil', 'tehran', 'talks']);
    const haystack = haystackOf('Iran talks', index);
    expect(index.required.map((r) => mayMatch(r, haystack))).toEqual([false, true]);
    expect([...haystack.seen]).toEqual([1, 0, 0, 1]);
  });
  it('never rules out a text holding a character that case-folds to ASCII', () => {
    // /s/iu matches the long s (U+017F), which toLowerCase leaves as it is.
    expect(new RegExp('\\bſanction', 'iu').test('ſanction')).toBe(true);
    expect(may('\\bsanction(?:s|ed)?\\b', 'New ſanctions.')).toBe(true);
    expect(may('\\bkhamenei', '\u212Ahamenei')).toBe(true);
  });

  // Texts built from the patterns' own words, cut up and recased, so that near misses are common.
  const vocabulary = [...new Set(projectPatterns.flatMap((p) => p.match(/[A-Za-z]{3,}/g) ?? []))];
  const variant = fc.constantFrom(
    (w: string) => w,
    (w: string) => w.slice(0, -1),
    (w: string) => w.slice(0, -2),
    (w: string) => w.replace(/s/g, 'ſ'),
    (w: string) => w.replace(/k/gi, '\u212A'),
  );
  const word = fc.oneof(
    fc.tuple(fc.constantFrom(...vocabulary), variant).map(([w, v]) => v(w)),
    fc.constantFrom('the', 'of', 'and', 'on', 'in', '2015', '60', '%', 'U.N.', 'E3', 'IR-6', '’s', "'s", '-', ',', '.'),
  );
  const casing = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w.toLowerCase(), (w: string) => w.charAt(0).toUpperCase() + w.slice(1));
  const text = fc.array(fc.tuple(word, casing, fc.constantFrom(' ', ' ', '-', '\n')), { maxLength: 30 }).map((parts) => parts.map(([w, c, gap]) => c(w) + gap).join(''));

  it('only rules out texts where the pattern has no match (property, every project pattern)', () => {
    const index = indexWords(projectPatterns.map(requiredWords));
    const compiled = projectPatterns.map((source, i) => ({ re: new RegExp(source, TOPIC_PATTERN_FLAGS.replace('g', '')), required: index.required[i]! }));
    fc.assert(
      fc.property(text, (t) => {
        const haystack = haystackOf(t, index);
        for (const { re, required } of compiled) if (!mayMatch(required, haystack)) expect(re.test(t), `${re} on ${JSON.stringify(t)}`).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it('leaves the topics found unchanged (property, project registry)', () => {
    const filtered = buildTopicMatcher(projectTopics);
    // The same registry with no pattern ruled out: every pattern is run.
    const unfiltered = { ...filtered, topics: filtered.topics.map((t) => ({ ...t, patterns: t.patterns.map((p) => ({ ...p, required: [] })) })) };
    fc.assert(
      fc.property(text, (t) => {
        expect(matchTopics(t, filtered)).toEqual(matchTopics(t, unfiltered));
      }),
      { numRuns: 1000 },
    );
  });
});
