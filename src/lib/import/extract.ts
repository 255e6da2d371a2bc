import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BYLINE, NAME_THEN_DATE } from '../clean/patterns.ts';
import { furnitureRule } from './furniture.ts';
import { bylineName, pageMetadata, type PageMetadata } from './metadata.ts';

/** The story's text as Readability finds it, plus what the page says about itself. */
export type ExtractedPage = {
  /** Body paragraphs in reading order, furniture removed. */
  paragraphs: string[];
  /** What was set aside, and by which rule: shown with --verbose. */
  dropped: { rule: string; text: string }[];
  metadata: PageMetadata;
  /** A subscription prompt was found where the story should continue. */
  paywalled: boolean;
};

/** The block elements whose text makes paragraphs. */
const BLOCKS = 'p, h2, h3, h4, blockquote, li';
/** A byline is among the first few blocks, or it is not a byline. */
const BYLINE_WINDOW = 3;

/**
 * Runs Readability on its own copy of the page (it rewrites the document it
 * reads) and reads metadata from a pristine copy. Readability's `textContent`
 * runs paragraphs together, so the text comes from walking the block elements
 * of its `content` instead. Returns null when Readability finds no article.
 */
export function extractPage(html: string): ExtractedPage | null {
  const parsed = new Readability(parseHTML(html).document).parse();
  if (!parsed) return null;
  const dropped: ExtractedPage['dropped'] = [];
  const paragraphs: string[] = [];
  let bodyByline: string | null = null;
  let paywalled = false;

  for (const text of blockTexts(parsed.content ?? '')) {
    const rule = furnitureRule(text);
    if (rule) {
      paywalled ||= rule.paywall;
      dropped.push({ rule: rule.id, text });
      continue;
    }
    // The author goes to sources.yaml, so the byline need not stay in the text.
    if (paragraphs.length < BYLINE_WINDOW && bodyByline === null && text.length <= 160 && (BYLINE.test(text) || NAME_THEN_DATE.test(text))) {
      bodyByline = BYLINE.test(text) ? bylineName(text) : (NAME_THEN_DATE.exec(text)?.[1] ?? null);
      dropped.push({ rule: 'byline', text });
      continue;
    }
    paragraphs.push(text);
  }

  const metadata = pageMetadata(parseHTML(html).document, parsed, bodyByline);
  return { paragraphs, dropped, metadata, paywalled: paywalled || metadata.paywalled };
}

/** Text of each innermost block element, in document order, spacing collapsed. */
function blockTexts(content: string): string[] {
  if (!content.trim()) return [];
  // A line break inside a paragraph separates words, as on screen.
  const spaced = content.replace(/<br\s*\/?>/gi, ' ');
  const { document } = parseHTML(`<!doctype html><html><body>${spaced}</body></html>`);
  const texts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // A blockquote or list item holding paragraphs is read through them.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) texts.push(text);
  }
  return texts;
}
