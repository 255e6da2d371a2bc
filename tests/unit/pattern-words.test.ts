import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haystackOf, leadingWords, mayMatch } from '../../src/lib/annotate/pattern-words.ts';
import { buildTopicMatcher, matchTopics } from '../../src/lib/annotate/topics.ts';
import { foldQuotes } from '../../src/lib/parse/normalize.ts';
import { loadTopics } from '../../src/lib/registry/topics.ts';
import { TOPIC_PATTERN_FLAGS } from '../../src/lib/schema/topic.ts';
import { ROOT } from './helpers.ts';

const projectTopics = loadTopics(join(ROOT, 'content', 'topics')).topics;
const projectPatterns = projectTopics.flatMap((t) => t.patterns.map(foldQuotes));

describe('the words a pattern’s matches begin with', () => {
  it('reads a leading word, dropping a letter a quantifier makes optional', () => {
    expect(leadingWords('\\bsanction(?:s|ed|ing)?\\b')).toEqual(['sanction']);
    expect(leadingWords('\\bcentrifuges?\\b')).toEqual(['centrifuge']);
    expect(leadingWords('\\bIran(?:ian|[\'’]s)?\\s+oil')).toEqual(['iran']);
    expect(leadingWords('^rials{1,2}')).toEqual(['rial']);
  });
  it('reads a leading group of alternatives, each of which must begin with a word', () => {
    expect(leadingWords('\\b(?:Trump|Biden|Obama)\\s+administration\\b')).toEqual(['trump', 'biden', 'obama']);
    expect(leadingWords('\\b(?:lift(?:s|ed)?|eas(?:e|ed))\\s+sanctions')).toEqual(['lift', 'eas']);
    expect(leadingWords('\\b(?:U\\.?N\\.?|nuclear)\\s+watchdog')).toBeNull();
  });
  it('declines what it cannot vouch for', () => {
    for (const source of [
      'sanctions|embargo', // a match may hold either
      '(?:direct)?\\s+talks', // the group may be absent
      '(?:direct){0,1}\\s+talks',
      '(?<![a-z])talks', // a lookbehind first
      '[Tt]alks', // a class first
      '\\d{4}', // an escape first
      '\\bIR-\\d+', // too short to rule much out
      '(?:talks|)', // an empty alternative
      '(?:talks', // unclosed
    ]) {
      expect(leadingWords(source), source).toBeNull();
    }
  });
  it('finds leading words for most of the project’s patterns', () => {
    const withWords = projectPatterns.filter((p) => leadingWords(p) !== null);
    expect(withWords.length / projectPatterns.length).toBeGreaterThan(0.7);
  });
});

describe('ruling a pattern out', () => {
  const words = leadingWords('\\bsanction(?:s|ed)?\\b');
  it('rules out a text without the word, in any case', () => {
    expect(mayMatch(words, haystackOf('Talks resumed in Muscat.'))).toBe(false);
    expect(mayMatch(words, haystackOf('New SANCTIONS were announced.'))).toBe(true);
  });
  it('never rules out a text holding a character that case-folds to ASCII', () => {
    // /s/iu matches the long s (U+017F), which toLowerCase leaves as it is.
    expect(new RegExp('\\bſanction', 'iu').test('ſanction')).toBe(true);
    expect(mayMatch(words, haystackOf('New ſanctions.'))).toBe(true);
    expect(mayMatch(leadingWords('\\bkhamenei'), haystackOf('\u212Ahamenei'))).toBe(true);
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
    const compiled = projectPatterns.map((source) => ({ re: new RegExp(source, TOPIC_PATTERN_FLAGS.replace('g', '')), words: leadingWords(source) }));
    fc.assert(
      fc.property(text, (t) => {
        const haystack = haystackOf(t);
        for (const { re, words } of compiled) if (!mayMatch(words, haystack)) expect(re.test(t), `${re} on ${JSON.stringify(t)}`).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it('leaves the topics found unchanged (property, project registry)', () => {
    const filtered = buildTopicMatcher(projectTopics);
    // The same registry with no pattern ruled out: every pattern is run.
    const unfiltered = { ...filtered, topics: filtered.topics.map((t) => ({ ...t, patterns: t.patterns.map((p) => ({ ...p, words: null })) })) };
    fc.assert(
      fc.property(text, (t) => {
        expect(matchTopics(t, filtered)).toEqual(matchTopics(t, unfiltered));
      }),
      { numRuns: 1000 },
    );
  });
});
