import type { Link } from './link-mentions.ts';

/**
 * Most news paragraphs hold nothing that Markdown would read as syntax, and
 * for them mdast-util-to-markdown writes the text unchanged and each link as
 * `[text](href)`. Serialising the syntax tree cost about 1.4 ms an article,
 * the largest part of annotating one, so such paragraphs are written here and
 * every other paragraph still goes through the serialiser. The rules below
 * are a strict subset of the serialiser's (its `unsafe.js`);
 * tests/unit/markdown-plain.test.ts holds this output to its output.
 */

/** Characters the serialiser escapes, or may escape, wherever they stand in phrasing or a link's text (whitespace that ends a line included). */
const UNSAFE_ANYWHERE = /[\t\n\r!&*<[\\\]_`]/;
/** What a paragraph may start with: anything else could start a heading, list, quote, thematic break or HTML. */
const SAFE_START = /^[\p{L}\p{N}"“‘’'(]/u;
/** An ordered-list marker: digits, then "." or ")". */
const LIST_MARKER = /^\d+[.)]/;
/** A destination that needs no angle brackets, escapes or percent-encoding, and cannot be taken for an autolink (no scheme). */
const PLAIN_HREF = /^[A-Za-z0-9./-]+$/;

/** The paragraph as the serialiser would write it, or undefined when it needs the serialiser. */
export function plainParagraph(text: string, links: readonly Link[]): string | undefined {
  if (text.length === 0 || UNSAFE_ANYWHERE.test(text) || !SAFE_START.test(text) || LIST_MARKER.test(text)) return undefined;
  if (text.trim() !== text) return undefined;
  let out = '';
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start || b.end - a.end)) {
    // Skipped as linkMentions skips them: overlapping an earlier link, or reaching past the text.
    if (link.start < at || link.end > text.length) continue;
    if (link.end === link.start) return undefined;
    if (link.title !== undefined || !PLAIN_HREF.test(link.href)) return undefined;
    out += `${text.slice(at, link.start)}[${text.slice(link.start, link.end)}](${link.href})`;
    at = link.end;
  }
  return out + text.slice(at);
}
