import type { Article } from '../pipeline/load.ts';
import type { Lexicon } from './lexicon.ts';
import { longestFirst, matchCandidates, nameCandidates, type Mention } from './match.ts';
import { resolveMetonyms } from './metonyms.ts';
import { findRoles } from './roles.ts';
import { discover, type Discovered, type DiscoveryContext } from './discover.ts';

export type BlockKind = 'title' | 'dek' | 'body' | 'caption';

/** A block of the article as published: its text exactly as in the seed, and what was found in it. */
export type AnnotatedBlock = { id: string; kind: BlockKind; text: string; mentions: Mention[] };

/** Headline, standfirst, body and captions as blocks with stable ids (`title`, `dek`, `p-1`…, `caption-1`…). */
export function articleBlocks(article: Article): Omit<AnnotatedBlock, 'mentions'>[] {
  return [
    { id: 'title', kind: 'title' as const, text: article.headline },
    ...(article.dek ? [{ id: 'dek', kind: 'dek' as const, text: article.dek }] : []),
    ...article.paragraphs.map((p, i) => ({ id: `p-${i + 1}`, kind: 'body' as const, text: p.text })),
    ...article.captions.map((c, i) => ({ id: `caption-${i + 1}`, kind: 'caption' as const, text: c.text })),
  ];
}

/**
 * Finds every mention of a registered actor in the headline, standfirst and
 * body. Captions are kept as blocks but not annotated: they describe a photo,
 * not the story. Two passes: the first learns which entities the article
 * names, so contextual aliases ("Parliament" in a Canadian story) and
 * metonyms ("Tehran" where Iran is the subject) can be decided in the second.
 */
export type AnnotatedArticle = { blocks: AnnotatedBlock[]; discovered: Discovered[] };

export function annotateBlocks(article: Article, lexicon: Lexicon): AnnotatedBlock[] {
  return annotateArticle(article, lexicon).blocks;
}

export function annotateArticle(article: Article, lexicon: Lexicon): AnnotatedArticle {
  const blocks = articleBlocks(article);
  // Each block's words are read once for both readings.
  const candidates = blocks.map((b) => (b.kind === 'caption' ? null : nameCandidates(b.text, lexicon)));
  const plain = candidates.map((c) => (c ? matchCandidates(c, (f) => f.requires === null) : []));
  const named = new Set(plain.flat().map((m) => m.entity));
  const contextual = (requires: string[] | null) => requires === null || requires.some((id) => named.has(id));
  // With no contextual form active the second reading would repeat the first.
  const reread = [...named].some((id) => lexicon.contextRequired.has(id));
  const discovery: DiscoveryContext = {
    placeNames: lexicon.placeNames,
    known: (surface) => lexicon.knows(surface),
    shortForms: new Map(),
    found: new Map(),
  };

  const registered = blocks.map((block, i) => {
    if (block.kind === 'caption') return [];
    let mentions = reread ? matchCandidates(candidates[i]!, (f) => contextual(f.requires)) : plain[i]!;
    mentions = resolveMetonyms(block.text, mentions, lexicon, named);
    const people = mentions.filter((m) => lexicon.entities.get(m.entity)?.type === 'person');
    const roles = findRoles(block.text, mentions, lexicon, article.published, people, block.kind === 'title' && isTitleCase(block.text));
    return [...longestFirst(mentions), ...roles];
  });
  // Discovery reads the body before the headline, so a Title Case headline
  // only picks up names the body has established.
  const titleCase = blocks.map((b) => (b.kind === 'title' || b.kind === 'dek') && isTitleCase(b.text));
  const discovered: Mention[][] = blocks.map(() => []);
  const order = blocks.map((_, i) => i).sort((a, b) => Number(titleCase[a]) - Number(titleCase[b]));
  for (const i of order) {
    if (blocks[i]!.kind === 'caption') continue;
    discovered[i] = discover(blocks[i]!.text, registered[i]!, discovery, titleCase[i]).filter((m) => !lexicon.entities.has(m.entity));
  }
  const out = blocks.map((block, i) => ({ ...block, mentions: sortMentions([...registered[i]!, ...discovered[i]!]) }));
  const unregistered = [...discovery.found.values()].filter((d) => !lexicon.entities.has(d.id));
  return { blocks: out, discovered: unregistered.sort((a, b) => a.id.localeCompare(b.id)) };
}

function sortMentions(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Most longer words capitalised: a headline written in Title Case. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}
