import { PARAGRAPH_TOKEN } from '../lib/schema/constants.ts';
import { CITATION_FORMATS, citationClass } from './citation-formats.ts';

/**
 * The list on an article's cite/ page: every paragraph, and its citation in
 * the five formats. At 10,000 articles these lists are a quarter of the
 * site's bytes, and rendering them took 10.5 of the render's 72 s on Astro's
 * one thread. So while the pass over the written pages runs beside Astro
 * (page-stream.ts, which says so through `globalThis`), Astro writes only
 * what they are made from, as JSON (deferCiteParagraphs), and the pass turns
 * it into this markup (fillDeferred). Without it (the dev server) the page
 * writes the markup itself.
 */
export type CiteParagraphs = {
  /** The article page's URL from the site root, base path included. */
  href: string;
  /** The body paragraphs: block id (`p-N`) and text. */
  paragraphs: { id: string; text: string }[];
  /** The paragraph citations, PARAGRAPH_TOKEN standing for the paragraph's number. */
  template: Record<(typeof CITATION_FORMATS)[number][0], string>;
};

/** The list's markup, as Astro's template wrote it: the same escaping, no whitespace between elements. */
export function citeParagraphsHtml({ href, paragraphs, template }: CiteParagraphs): string {
  const article = attribute(href);
  let html = '<ol class="cite cite-paragraphs-page">';
  for (const block of paragraphs) {
    const n = String(Number(block.id.slice(2)));
    const at = `${article}#${attribute(block.id)}`;
    html += `<li id="cite-p-${n}"><h2 class="cite-paragraph-title">Paragraph ${n} <a href="${at}">(read it in the article)</a></h2><blockquote cite="${at}"><p>${text(block.text)}</p></blockquote>`;
    for (const [key, label] of CITATION_FORMATS) {
      const id = `cite-p-${n}-${key}`;
      const citation = template[key].split(PARAGRAPH_TOKEN).join(n);
      html += `<div class="cite-format"><h3 id="${id}-label">${label}</h3><pre id="${id}" class="${citationClass(key)}" aria-labelledby="${id}-label" tabindex="0">${text(citation)}</pre><button type="button" class="copy" data-copy="${id}" hidden>Copy ${label}</button></div>`;
    }
    html += '</li>';
  }
  return `${html}</ol>`;
}

/** Set while a pass over the written pages will fill in what a page defers (page-stream.ts). */
export const PAGE_PASS = Symbol.for('dossier.page-pass');

/** The list as its page carries it: deferred to the pass over the pages when one runs, else written out. */
export function citeParagraphsMarkup(list: CiteParagraphs): string {
  return (globalThis as { [PAGE_PASS]?: true })[PAGE_PASS] ? deferCiteParagraphs(list) : citeParagraphsHtml(list);
}

/** What `fillDeferred` looks for: a JSON script no browser runs, and its end. */
const DEFERRED_OPEN = '<script type="application/json" data-dossier-deferred="cite-paragraphs">';
const DEFERRED_CLOSE = '</script>';

/** The placeholder a built cite page carries instead of its list. "<" is escaped, so the JSON cannot end the script. */
export function deferCiteParagraphs(list: CiteParagraphs): string {
  return `${DEFERRED_OPEN}${JSON.stringify(list).replaceAll('<', '\\u003c')}${DEFERRED_CLOSE}`;
}

/** `html` with a deferred list in its place; any other page as it is. */
export function fillDeferred(html: string): string {
  const open = html.indexOf(DEFERRED_OPEN);
  if (open < 0) return html;
  const from = open + DEFERRED_OPEN.length;
  const close = html.indexOf(DEFERRED_CLOSE, from);
  if (close < 0) throw new Error('a cite page’s deferred list has no end');
  const list = JSON.parse(html.slice(from, close)) as CiteParagraphs;
  return html.slice(0, open) + citeParagraphsHtml(list) + html.slice(close + DEFERRED_CLOSE.length);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const text = (value: string) => value.replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c]!);
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
