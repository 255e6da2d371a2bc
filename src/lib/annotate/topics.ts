import { foldQuotes } from '../parse/normalize.ts';
import { TOPIC_PATTERN_FLAGS, type Topic } from '../schema/topic.ts';
import type { BlockKind } from './article.ts';

export type TopicBlock = { id: string; kind: BlockKind; text: string };

/** A topic found in one paragraph, with each stretch of text that carried it, as written, in reading order. */
export type TopicHit = { id: string; hits: string[] };

export type TopicTags = {
  /** Every body paragraph in order, with the topics it carries (possibly none). */
  paragraphs: { block: string; topics: TopicHit[] }[];
  /** The article's topics, heaviest first; see articleTopics for the rule. */
  article: { id: string; weight: number }[];
};

type CompiledTopic = { id: string; weight: number; regexes: RegExp[] };

/** The registry compiled once: one regex for a topic's phrases, one per pattern. */
export type TopicMatcher = { readonly topics: readonly CompiledTopic[] };

/** Added once (× the topic's weight) when the headline or standfirst carries the topic. */
export const HEADLINE_BONUS = 0.25;
/** An article topic must score at least this much; see articleTopics. */
export const TOPIC_THRESHOLD = 0.15;

const DASHES = '[-‐‑–—]';
const WORD_EDGE = /[\p{L}\p{N}]/u;

export function buildTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  return {
    topics: topics.map((topic) => {
      const phrases = [...new Set(topic.phrases.map((p) => foldQuotes(p.trim())))].sort((a, b) => b.length - a.length || a.localeCompare(b));
      const sources = [...(phrases.length > 0 ? [phrases.map(phraseSource).join('|')] : []), ...topic.patterns.map(foldQuotes)];
      return { id: topic.id, weight: topic.weight, regexes: sources.map((s) => new RegExp(s, TOPIC_PATTERN_FLAGS)) };
    }),
  };
}

/**
 * A phrase as a regex: any run of spaces matches any whitespace, a hyphen any
 * dash, and a phrase that starts or ends with a letter or digit only matches
 * whole words (JavaScript's \b knows only ASCII, so this uses lookarounds).
 */
function phraseSource(phrase: string): string {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/-/g, DASHES));
  const before = WORD_EDGE.test(phrase[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_EDGE.test(phrase.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${words.join('\\s+')}${after}`;
}

/**
 * The topics `text` carries. Quotes are folded before matching (one UTF-16
 * unit for one, so offsets stay those of the original) and the hits are
 * sliced from the original text. Where a topic's phrases and patterns overlap,
 * the earliest, then longest, stretch counts once.
 */
export function matchTopics(text: string, matcher: TopicMatcher): TopicHit[] {
  const folded = foldQuotes(text);
  const found: (TopicHit & { order: number })[] = [];
  matcher.topics.forEach((topic, order) => {
    const spans: [number, number][] = [];
    for (const re of topic.regexes) {
      for (const m of folded.matchAll(re)) if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
    }
    if (spans.length === 0) return;
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const hits: string[] = [];
    let lastEnd = -1;
    for (const [start, end] of spans) {
      if (start < lastEnd) continue;
      hits.push(text.slice(start, end));
      lastEnd = end;
    }
    found.push({ id: topic.id, hits, order });
  });
  return found.sort((a, b) => b.hits.length - a.hits.length || a.order - b.order).map(({ id, hits }) => ({ id, hits }));
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
