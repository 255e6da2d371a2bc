import { foldQuotes } from '../parse/normalize.ts';
import { sentenceOf } from './sentences.ts';
import { matchTopics, type TopicMatcher } from './topics.ts';

/** A recurring phrase that no registry topic covers: a lead for a new topic or a new phrase. */
export type CandidatePhrase = { phrase: string; articles: number; occurrences: number; example: string };

export type CandidateOptions = {
  /** The article each paragraph comes from, parallel to the paragraph texts. Without it every paragraph counts as its own document. */
  articleIds?: readonly string[];
  /** How many to return (default 30). */
  limit?: number;
  /** Fewer occurrences than this are noise (default 2). */
  minOccurrences?: number;
  /** Found in fewer articles than this is left out (default 1). */
  minArticles?: number;
};

/**
 * Function words and the verbs of reporting: a phrase may hold them inside
 * ("right to enrich") but never start or end with one.
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it
  its itself just me more most much my no nor not now of off on once only or other our out over own same she should so some such
  than that the their them then there these they this those through to too under until up upon very was we were what when where
  which while who whom why will with would you your yet may might must shall also since like including among amid despite via
  per within without toward towards whether however though although already still even ever never again very really
  said says say told tell added adding according asked called reported noted stated saying
  one two three four five six seven eight nine ten first second third new last next year years month months week weeks day days
  time times today yesterday tomorrow perhaps maybe anymore mr mrs ms dr`.split(/\s+/),
);

/** The only function words allowed inside a phrase: the ones that join nouns ("right to enrich", "end of the war"). */
const JOINERS = new Set(['of', 'to', 'for', 'and', 'on', 'in', 'with', 'against', 'over', 'from', 'at', 'by', 'the', 'a', 'an']);

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

type Tally = { phrase: string; words: number; occurrences: number; docs: Set<string>; example: string; first: number };

/**
 * Proposes key phrases from paragraphs that no topic tags: runs of 2–4
 * lowercase words inside one clause (capitalised words, numbers and
 * punctuation break a run, which keeps names and figures out), with no
 * function word at either edge. Ranked by the number of articles, then
 * occurrences; a phrase that only ever occurs inside a longer candidate is
 * dropped in favour of it. Deterministic: ties go to the phrase seen first.
 */
export function candidatePhrases(paragraphTexts: readonly string[], matcher: TopicMatcher, opts: CandidateOptions = {}): CandidatePhrase[] {
  const { articleIds, limit = 30, minOccurrences = 2, minArticles = 1 } = opts;
  if (articleIds && articleIds.length !== paragraphTexts.length) {
    throw new Error(`candidatePhrases: ${articleIds.length} article ids for ${paragraphTexts.length} paragraphs`);
  }
  const tallies = new Map<string, Tally>();
  let seen = 0;
  paragraphTexts.forEach((text, i) => {
    if (matchTopics(text, matcher).length > 0) return;
    const doc = articleIds ? articleIds[i]! : String(i);
    for (const run of lowercaseRuns(text)) {
      for (let n = 2; n <= 4; n++) {
        for (let k = 0; k + n <= run.length; k++) {
          const words = run.slice(k, k + n);
          if (!nounPhraseLike(words.map((w) => w.word))) continue;
          const phrase = words.map((w) => w.word).join(' ');
          const tally = tallies.get(phrase) ?? { phrase, words: n, occurrences: 0, docs: new Set(), example: sentenceOf(text, words[0]!.start), first: seen++ };
          tally.occurrences += 1;
          tally.docs.add(doc);
          tallies.set(phrase, tally);
        }
      }
    }
  });
  const kept = [...tallies.values()].filter((t) => t.occurrences >= minOccurrences && t.docs.size >= minArticles);
  const longer = kept.filter((t) => t.words > 2);
  return kept
    .filter((t) => !longer.some((l) => l.words > t.words && l.occurrences === t.occurrences && ` ${l.phrase} `.includes(` ${t.phrase} `)))
    .sort((a, b) => b.docs.size - a.docs.size || b.occurrences - a.occurrences || a.first - b.first)
    .slice(0, limit)
    .map((t) => ({ phrase: t.phrase, articles: t.docs.size, occurrences: t.occurrences, example: t.example }));
}

/**
 * Cheap shape rules instead of a part-of-speech tagger: content words at both
 * edges, only joiners inside, no adverb (-ly) at an edge, no "-ed" head, and
 * an "-ed" first word only as a modifier ("enriched uranium", not "launched
 * an attack").
 */
function nounPhraseLike(words: string[]): boolean {
  const first = words[0]!;
  const last = words.at(-1)!;
  const inner = words.slice(1, -1);
  if (STOPWORDS.has(first) || STOPWORDS.has(last) || words.some((w) => /n't$/.test(w)) || /'s$/.test(last)) return false;
  if (inner.some((w) => STOPWORDS.has(w) && !JOINERS.has(w))) return false;
  if (/ly$/.test(first) || /ly$/.test(last) || /[^e]ed$/.test(last)) return false;
  if (/[^e]ed$/.test(first) && inner.some((w) => STOPWORDS.has(w))) return false;
  return true;
}

type Word = { word: string; start: number };

/** Stretches of consecutive lowercase words, split wherever punctuation, a capital or a bare number intervenes. */
function lowercaseRuns(text: string): Word[][] {
  const folded = foldQuotes(text);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = 0;
  for (const m of folded.matchAll(TOKEN)) {
    const gap = folded.slice(lastEnd, m.index);
    lastEnd = m.index + m[0].length;
    if (/\S/u.test(gap)) run = flush(runs, run);
    if (/\p{Lu}/u.test(m[0]) || /^\p{N}+$/u.test(m[0])) {
      run = flush(runs, run);
      continue;
    }
    run.push({ word: m[0], start: m.index });
  }
  flush(runs, run);
  return runs;
}

function flush(runs: Word[][], run: Word[]): Word[] {
  if (run.length >= 2) runs.push(run);
  return [];
}
