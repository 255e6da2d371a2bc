import { nlp } from './nlp.ts';
import { isTitleCase } from './article.ts';
import type { Attribution } from './quotes-credit.ts';
import type { QuoteSpan } from './quotes-spans.ts';
import { sentenceAt, MASK, type BlockView } from './quotes-view.ts';
import { TERM_BEFORE, TITLE_BEFORE } from './quotes-words.ts';

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** Words long enough to be capitalised in a title ("The Power of Negotiation": not "of"). */
const TITLE_LENGTH = 4;
const MAX_NAME_WORDS = 8;
/** A fragment of speech is short; a quoted term is shorter still. */
const TERM_MAX_WORDS = 3;
const NEXT_WORD = /^\s+(\p{Ll}[\p{L}-]*)/u;
const NAMED_POSSESSOR = /\p{Lu}[\p{L}-]*['’]s?\s*$/u;
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const ALONE = new RegExp(`^${MASK}+[.!?,]*$`, 'u');

/**
 * Whether a quotation is a term or a name rather than someone's words:
 * “snapback”, "maximum pressure", "This Week", 'America First'. Short
 * fragments of speech are kept when a speech clause credits them ("there
 * was “no harm”", "described as an “insult”").
 */
export function isTerm(view: BlockView, span: QuoteSpan, attribution: Attribution, unquoted: string): boolean {
  const text = view.block.text.slice(span.start, span.end);
  const before = view.masked.slice(Math.max(0, span.open - 40), span.open);
  if (TERM_BEFORE.test(before)) return true;
  if (TITLE_BEFORE.test(before) && CAPITALISED.test(text)) return true;
  const words = text.match(WORDS) ?? [];
  const headlineCase = (view.block.kind === 'title' || view.block.kind === 'dek') && isTitleCase(view.block.text);
  if (!headlineCase && isName(words)) return true;
  if (words.length > TERM_MAX_WORDS) return false;
  if (namesAThing(view, span, words)) return true;
  // A short quotation that is a sentence of its own (“Never.”) is speech; one inside a sentence needs a speaker.
  const sentence = sentenceAt(view, span.open);
  if (ALONE.test(view.masked.slice(sentence.start, sentence.end).trim())) return false;
  if (!attribution.credited) return true;
  if ((words.length > 1 || isNoun(text)) && usedUnquoted(words, unquoted)) return true;
  // Iran’s “shadow fleet”, said nobody in particular: a thing's name, not someone's words.
  if (attribution.speaker === null && NAMED_POSSESSOR.test(before)) return true;
  return span.close !== null && modifiesNoun(text, view.block.text.slice(span.close + 1));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A phrase the article also uses without quotation marks is its term for something (“maximum pressure”). */
function usedUnquoted(words: string[], unquoted: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words.join(' ').toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(unquoted);
}

/** A name modifying a noun inside the quotation ("the “Trump plan”", "the “Iran deal”") names a thing. */
function namesAThing(view: BlockView, span: QuoteSpan, words: string[]): boolean {
  const inside = view.block.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  return inside.some((m) => HAS_WORD.test(view.block.text.slice(m.end, span.end))) && isNoun(words.join(' '));
}

/** Whether the phrase ends in a noun, as compromise reads it in context ("Trump plan": noun; "plan" alone: verb). */
function isNoun(text: string): boolean {
  const last = termTags(text).at(-1) ?? [];
  return last.includes('Noun') && !last.includes('Adjective') && !last.includes('Verb');
}

function termTags(text: string): string[][] {
  const sentences = nlp(text).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
  return sentences.flatMap((s) => s.terms.map((t) => t.tags));
}

/** Capitalised from its first word, with every long word capitalised: a title or a name (not “too Jewish”). */
function isName(words: string[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !CAPITALISED.test(words[0]!)) return false;
  const long = words.filter((w) => w.length >= TITLE_LENGTH);
  const capitals = words.filter((w) => CAPITALISED.test(w));
  return long.length >= 2 && long.every((w) => CAPITALISED.test(w)) && capitals.length * 2 >= words.length;
}

/**
 * A quoted noun used to qualify the next noun (a sanctions “snapback”
 * mechanism) names a thing; a quoted adjective there (a “constructive”
 * chapter) is still somebody's word for it.
 */
function modifiesNoun(quoted: string, after: string): boolean {
  const next = NEXT_WORD.exec(after);
  if (!next || !ENDS_IN_WORD.test(quoted)) return false;
  const tags = termTags(`${quoted} ${next[1]}`);
  const last = tags.at(-2);
  const following = tags.at(-1);
  return last !== undefined && following !== undefined && last.includes('Noun') && !last.includes('Adjective') && following.includes('Noun') && !following.includes('Pronoun');
}
