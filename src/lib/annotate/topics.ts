import { foldQuotes } from '../parse/normalize.ts';
import { charSize, wordCharAt, wordEnd } from '../parse/words.ts';
import { TOPIC_PATTERN_FLAGS } from '../schema/constants.ts';
import type { Topic } from '../schema/topic.ts';
import type { BlockKind } from './article.ts';
import { haystackOf, indexWords, mayMatch, requiredWords, type WordIndex } from './pattern-words.ts';

export type TopicBlock = { id: string; kind: BlockKind; text: string };

/** A topic found in one paragraph, with each stretch of text that carried it, as written, in reading order. */
export type TopicHit = { id: string; hits: string[] };

export type TopicTags = {
  /** Every body paragraph in order, with the topics it carries (possibly none). */
  paragraphs: { block: string; topics: TopicHit[] }[];
  /** The article's topics, heaviest first; see articleTopics for the rule. */
  article: { id: string; weight: number }[];
};

type CompiledPattern = { re: RegExp; required: number[][] };
type CompiledTopic = { id: string; weight: number; patterns: CompiledPattern[] };
type PhraseNode = { next: Map<string, PhraseNode>; topics: number[] };

/**
 * The registry compiled once. Phrases go into one trie of word tokens shared
 * by all topics, so a paragraph is read once for all of them whatever the
 * number of phrases (one regex alternation per topic was ten times slower);
 * patterns are compiled one regex each, with the words every match contains
 * (pattern-words.ts), so that most are never run on a paragraph that lacks them.
 */
export type TopicMatcher = { readonly topics: readonly CompiledTopic[]; readonly phrases: PhraseNode; readonly scanner: WordIndex['scanner'] };

/** Added once (× the topic's weight) when the headline or standfirst carries the topic. */
export const HEADLINE_BONUS = 0.25;
/** An article topic must score at least this much; see articleTopics. */
export const TOPIC_THRESHOLD = 0.15;

type Token = { key: string; start: number; end: number };

const DASHES = new Set(['‐', '‑', '–', '—']);
const SPACE = /^\s$/u;

/**
 * Tokens of quote-folded text: words, and each other non-space character on
 * its own ("face-to-face" is five tokens), as /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu
 * finds them; keyed case-insensitively, with every dash as "-". Read by
 * character codes (words.ts): every paragraph is tokenised.
 */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const start = i;
    if (wordCharAt(folded, i) > 0) {
      i = wordEnd(folded, start);
      tokens.push({ key: folded.slice(start, i).toLowerCase(), start, end: i });
      continue;
    }
    i += charSize(folded, i);
    const char = folded.slice(start, i);
    if (char.charCodeAt(0) === 32 || SPACE.test(char)) continue;
    tokens.push({ key: DASHES.has(char) ? '-' : char.toLowerCase(), start, end: i });
  }
  return tokens;
}

export function buildTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const root: PhraseNode = { next: new Map(), topics: [] };
  topics.forEach((topic, index) => {
    for (const phrase of topic.phrases) {
      let node = root;
      for (const { key } of tokenize(foldQuotes(phrase))) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), topics: [] }));
        node = child;
      }
      if (node !== root && !node.topics.includes(index)) node.topics.push(index);
    }
  });
  // All topics' patterns are numbered in one list, so that a word several require is looked for once.
  const { required, scanner } = indexWords(topics.flatMap((t) => t.patterns.map((p) => requiredWords(foldQuotes(p)))));
  let numbered = 0;
  return {
    topics: topics.map((t) => ({ id: t.id, weight: t.weight, patterns: t.patterns.map((p) => ({ re: new RegExp(foldQuotes(p), TOPIC_PATTERN_FLAGS), required: required[numbered++]! })) })),
    phrases: root,
    scanner,
  };
}

/**
 * The topics `text` carries. A phrase matches whole words, whatever the case,
 * spacing, dash or apostrophe (’ or '). Quotes are folded one UTF-16 unit for
 * one, so offsets stay those of the original and hits are sliced from it.
 * Where a topic's phrases and patterns overlap, the earliest, then longest,
 * stretch counts once. Topics with more hits come first.
 */
export function matchTopics(text: string, matcher: TopicMatcher): TopicHit[] {
  const folded = foldQuotes(text);
  const spans: [number, number][][] = matcher.topics.map(() => []);
  const tokens = tokenize(folded);
  for (let i = 0; i < tokens.length; i++) {
    let node: PhraseNode | undefined = matcher.phrases;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j]!.key);
      if (!node) break;
      for (const t of node.topics) spans[t]!.push([tokens[i]!.start, tokens[j]!.end]);
    }
  }
  const haystack = haystackOf(folded, matcher);
  matcher.topics.forEach((topic, t) => {
    for (const { re, required } of topic.patterns) {
      if (mayMatch(required, haystack)) for (const [start, end] of matchesOf(re, folded)) spans[t]!.push([start, end]);
    }
  });
  const found: (TopicHit & { order: number })[] = [];
  spans.forEach((list, order) => {
    if (list.length === 0) return;
    list.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const hits: string[] = [];
    let lastEnd = -1;
    for (const [start, end] of list) {
      if (start < lastEnd) continue;
      hits.push(text.slice(start, end));
      lastEnd = end;
    }
    found.push({ id: matcher.topics[order]!.id, hits, order });
  });
  return found.sort((a, b) => b.hits.length - a.hits.length || a.order - b.order).map(({ id, hits }) => ({ id, hits }));
}

/**
 * The non-empty matches of a global regex, as matchAll finds them. The regex
 * is reused rather than copied as matchAll copies it: a paragraph is tried
 * against every topic's patterns, and the copies cost more than the matching.
 */
function matchesOf(re: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length > 0) found.push([m.index, m.index + m[0].length]);
    // An empty match would be found again at the same place; step over one code point, as matchAll does.
    else re.lastIndex += charSize(text, re.lastIndex);
  }
  return found;
}

/**
 * Tags each body paragraph with its topics and weighs the article's. Captions
 * are left out (they describe a photo); the headline and standfirst only add
 * the headline bonus.
 */
export function tagTopics(blocks: readonly TopicBlock[], matcher: TopicMatcher): TopicTags {
  const body = blocks.filter((b) => b.kind === 'body');
  const paragraphs = body.map((b) => ({ block: b.id, topics: matchTopics(b.text, matcher) }));
  const headline = new Set(blocks.filter((b) => b.kind === 'title' || b.kind === 'dek').flatMap((b) => matchTopics(b.text, matcher).map((t) => t.id)));
  return { paragraphs, article: articleTopics(paragraphs.map((p) => p.topics), headline, matcher) };
}

/**
 * The rule: score = Σ over paragraphs of weight × (1 + log2(hits in that
 * paragraph)) ÷ number of paragraphs, plus HEADLINE_BONUS × weight when the
 * headline or standfirst carries the topic. Repeats within a paragraph count
 * less and less; dividing by the paragraph count makes the score the share of
 * the article a topic runs through. Kept at TOPIC_THRESHOLD (0.15) and above:
 * one paragraph in six or fewer is enough, but a single passing hit in an
 * article of seven paragraphs or more is not (1/7 < 0.15), unless the
 * headline carries it too.
 */
function articleTopics(paragraphs: TopicHit[][], headline: Set<string>, matcher: TopicMatcher): TopicTags['article'] {
  const count = paragraphs.length;
  const out: TopicTags['article'] = [];
  for (const topic of matcher.topics) {
    let body = 0;
    for (const hits of paragraphs) {
      const n = hits.find((h) => h.id === topic.id)?.hits.length ?? 0;
      if (n > 0) body += topic.weight * (1 + Math.log2(n));
    }
    const score = (count > 0 ? body / count : 0) + (headline.has(topic.id) ? HEADLINE_BONUS * topic.weight : 0);
    // Rounded so that scores are stable across runs and readable in frontmatter.
    const weight = Math.round(score * 1000) / 1000;
    if (weight >= TOPIC_THRESHOLD) out.push({ id: topic.id, weight });
  }
  return out.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}
