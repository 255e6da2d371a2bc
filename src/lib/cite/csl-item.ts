import type { CslJson } from '@citation-js/core';
import { dayParts } from './day.ts';
import type { CiteInput } from './input.ts';
import { cslName } from './names.ts';

/**
 * The article as CSL-JSON: a newspaper article, whose container is the
 * original publisher. `accessed` is never set, so nothing depends on the day
 * of the build.
 */
export function cslItem(input: CiteInput): CslJson {
  const issued = dayParts(input.published);
  const item: CslJson = { id: input.id, type: 'article-newspaper', title: input.title };
  if (input.authors.length > 0) item['author'] = input.authors.map((a) => cslName(a, input.publisher));
  if (input.publisher) {
    item['container-title'] = input.publisher;
    item['publisher'] = input.publisher;
  }
  if (issued) item['issued'] = { 'date-parts': [issued] };
  if (input.originalUrl) item['URL'] = input.originalUrl;
  return item;
}

/**
 * The item as the CSL styles should see it. citeproc-js reads a little HTML in
 * field values and has no escape for it, so `<` and `>` travel as private-use
 * characters (put back by `unprotect`) and a headline quoting a tag is printed,
 * not swallowed as markup. `<span class="nocase">` keeps the publisher's name
 * and web addresses in titles as written: title case would print "Antiwar.Com".
 */
export function styledItem(item: CslJson): CslJson {
  const styled: CslJson = { ...item };
  if (typeof item['title'] === 'string') styled['title'] = protectWebAddresses(hideMarkup(item['title']));
  if (typeof item['container-title'] === 'string') styled['container-title'] = nocase(hideMarkup(item['container-title']));
  return styled;
}

const LT = '\uE000';
const GT = '\uE001';

/** Puts back the angle brackets that `styledItem` hid from citeproc-js. */
export function unprotect(text: string): string {
  return text.replaceAll(LT, '<').replaceAll(GT, '>');
}

function hideMarkup(text: string): string {
  return text.replaceAll('<', LT).replaceAll('>', GT);
}

function nocase(text: string): string {
  return `<span class="nocase">${text}</span>`;
}

/** "Antiwar.com" and "X.com" keep their case; title case would write "Antiwar.Com". */
export function protectWebAddresses(text: string): string {
  return text.replace(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, (word) => (/\p{L}\.\p{L}/u.test(word) ? nocase(word) : word));
}
