import { plugins, type CslJson } from '@citation-js/core';
import { styledItem, unprotect } from './csl-item.ts';
import { dayParts, risDate } from './day.ts';
import { citationKey, dossierNote, type Style } from './dossier-line.ts';
import { Cite, STYLES } from './engine.ts';
import type { CiteInput } from './input.ts';
import { invertedName, type CslName } from './names.ts';
import type { References } from './plain-styles.ts';
import { risText, type RisRecord } from './ris.ts';

/**
 * The citations of an article that the plain formatters decline (quotation
 * marks in a headline, names in other scripts, …), made by citation-js with
 * Dossier's CSL styles. It is also the definition the plain formatters are
 * tested against. Loaded only when needed (see loadCitationJs).
 */

/** Builds citeproc's engines for every style now, by formatting a made-up reference. */
export function warm(): void {
  references({ id: 'warm-up', type: 'article-newspaper', title: 'Warm-up', author: [{ family: 'Roe', given: 'Jane' }], issued: { 'date-parts': [[2025, 1, 1]] } });
}

/**
 * The reference in each style as citeproc formats it, remembered for the next
 * call: an article and its "paragraph N" citation share it and differ only in
 * the Dossier line after it. One Cite serves the three styles, since reading
 * the item into citation-js costs about as much as formatting it.
 */
const formatted = new Map<string, References>();

export function references(item: CslJson): References {
  const styled = styledItem(item);
  const key = JSON.stringify(styled);
  let texts = formatted.get(key);
  if (texts === undefined) {
    const cite = new Cite(styled);
    const format = (style: Style) => unprotect(cite.format('bibliography', { format: 'text', template: STYLES[style] }) as string).trim();
    texts = { apa: format('apa'), mla: format('mla'), chicago: format('chicago') };
    if (formatted.size > 256) formatted.clear();
    formatted.set(key, texts);
  }
  return texts;
}

export function bibtex(item: CslJson, input: CiteInput): string {
  const key = citationKey(input);
  const entry: CslJson = { ...item, 'citation-key': key, URL: input.originalUrl ?? input.pageUrl, note: dossierNote(input) };
  // citation-js drops a key with hyphens and invents "DeCamp2024Irans"; hyphens
  // are valid in BibTeX keys and keep the key equal to the page's slug.
  const config = plugins.config.get('@bibtex')['format'] as { checkLabel: boolean };
  const checkLabel = config.checkLabel;
  config.checkLabel = false;
  try {
    return (new Cite(entry).format('bibtex', { format: 'text' }) as string).trim() + '\n';
  } finally {
    config.checkLabel = checkLabel;
  }
}

export function ris(item: CslJson, input: CiteInput): string {
  const entry: CslJson = { ...item, URL: input.originalUrl ?? input.pageUrl, note: dossierNote(input) };
  const [record] = new Cite(entry).format('ris', { format: 'object' }) as RisRecord[];
  // citation-js maps a newspaper article's AU to CSL `reporter` and then cannot
  // convert that name list, so it writes no authors; and it gives only the year
  // (PY). AU ("Last, First") and the full date (DA) are added here.
  const authors = (item['author'] as CslName[] | undefined) ?? [];
  if (authors.length > 0) record!['AU'] = authors.map(invertedName);
  const issued = dayParts(input.published);
  if (issued) record!['DA'] = risDate(issued);
  record!['ID'] = citationKey(input);
  return risText(record!);
}
