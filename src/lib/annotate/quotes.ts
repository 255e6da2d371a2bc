import type { AnnotatedBlock } from './article.ts';
import type { Attribution, Cue } from './quotes-credit.ts';
import { attribute } from './quotes-speaker.ts';
import type { QuoteSpan } from './quotes-spans.ts';
import { isTerm } from './quotes-terms.ts';
import { readArticle, sentenceAt, type ArticleView, type EntityTypes } from './quotes-view.ts';
import { SPEECH_VERB } from './quotes-words.ts';

/** Where the quoted words are: UTF-16 offsets into the block's text, quotation marks excluded. */
export type StatementPart = { block: string; start: number; end: number; text: string };

/**
 * Words the article quotes, and whom it credits with them. A quotation
 * interrupted by its attribution ("“…,” he said, “…”") or carried over
 * several paragraphs is one statement in several parts.
 */
export type Statement = {
  id: string;
  /** Entity id, or null where the text credits nobody we can name. */
  speaker: string | null;
  parts: StatementPart[];
  /** The parts' texts joined with ' … '. */
  text: string;
  /** How the speaker was found; null when there is none. */
  cue: Cue;
};

type Draft = { speaker: string | null; cue: Cue; parts: StatementPart[]; view: number; span: QuoteSpan };

/** Between two parts of one quotation, only its attribution: "…,” Araghchi said, “…". */
const INTERRUPTION = /^\s*,?[^.!?;\uFFFC]{1,100}[,:]\s*$/u;
const ENDS_WITH_COMMA = /,\s*$/u;
const STARTS_WITH_COMMA = /^\s*,/u;
const SPEECH = new RegExp(SPEECH_VERB.source, 'iu');

/**
 * Finds the statements in an article's headline, standfirst and body (not
 * its captions), in reading order, with every quotation that gives someone's
 * words — credited or not — and none that only quotes a term or a title.
 */
export function findStatements(blocks: AnnotatedBlock[], entities: EntityTypes): Statement[] {
  const article = readArticle(blocks, entities);
  const drafts: Draft[] = [];
  const unquoted = article.views.map((v) => v.masked.toLowerCase().replace(/\s+/gu, ' ')).join('\n');
  article.views.forEach((view, vi) => {
    view.spans.forEach((span, si) => {
      const part = { block: view.block.id, start: span.start, end: span.end, text: view.block.text.slice(span.start, span.end) };
      const attribution = attribute(article, vi, span);
      const last = drafts.at(-1);
      if (last && (carriesOn(vi, si, view.continuesQuote, last) || interrupts(article, vi, last, span, attribution))) {
        last.parts.push(part);
        if (last.speaker === null && attribution.speaker !== null) Object.assign(last, { speaker: attribution.speaker, cue: attribution.cue });
        Object.assign(last, { view: vi, span });
        return;
      }
      if (isTerm(view, span, attribution, unquoted)) return;
      const carried = attribution.credited ? null : continued(article, vi, span, last);
      const speaker = carried ?? attribution.speaker;
      if (speaker !== null) article.speakers.push({ view: vi, entity: speaker });
      drafts.push({
        speaker,
        cue: carried ? 'continuation' : attribution.cue,
        parts: [part],
        view: vi,
        span,
      });
    });
  });
  return drafts.map((d, i) => ({
    id: `s-${i + 1}`,
    speaker: d.speaker,
    parts: d.parts,
    text: d.parts.map((p) => p.text).join(' … '),
    cue: d.speaker === null ? null : d.cue,
  }));
}

/** The paragraph opens by carrying on the quotation the previous paragraph left open. */
function carriesOn(vi: number, si: number, continuesQuote: boolean, last: Draft): boolean {
  return si === 0 && continuesQuote && last.view === vi - 1 && last.span.close === null;
}

/** “…,” X said, “…” — the second part of the same quotation, in the same sentence. */
function interrupts(article: ArticleView, vi: number, last: Draft, span: QuoteSpan, attribution: Attribution): boolean {
  const view = article.views[vi]!;
  if (last.view !== vi || last.span.close === null) return false;
  if (sentenceAt(view, last.span.open) !== sentenceAt(view, span.open)) return false;
  const between = view.masked.slice(last.span.close + 1, span.open);
  const comma = ENDS_WITH_COMMA.test(view.block.text.slice(last.span.start, last.span.end)) || STARTS_WITH_COMMA.test(between);
  const sameSpeaker = attribution.speaker === null || attribution.speaker === last.speaker;
  return comma && sameSpeaker && INTERRUPTION.test(between) && SPEECH.test(between);
}

/**
 * An unattributed quotation that opens its sentence carries on the previous
 * statement's speaker when that statement is in the same paragraph or the
 * one before: "“…,” Araghchi said. ¶ “We don’t know how we can trust them.”"
 */
function continued(article: ArticleView, vi: number, span: QuoteSpan, last: Draft | undefined): string | null {
  if (!last || last.speaker === null) return null;
  const view = article.views[vi]!;
  const sentence = sentenceAt(view, span.open);
  if (view.masked.slice(sentence.start, span.open).trim() !== '') return null;
  if (last.view === vi) return last.speaker;
  const previous = article.views[vi - 1];
  return last.view === vi - 1 && previous?.block.kind === 'body' && view.block.kind === 'body' ? last.speaker : null;
}
