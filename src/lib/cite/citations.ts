import { plugins, type CslJson } from '@citation-js/core';
import { cslItem, styledItem, unprotect } from './csl-item.ts';
import { dayParts, risDate } from './day.ts';
import { Cite, STYLES } from './engine.ts';
import { tidyInput, type CiteInput } from './input.ts';
import { invertedName, type CslName } from './names.ts';
import { risText, type RisRecord } from './ris.ts';

export type { CiteInput } from './input.ts';
export type Citations = { apa: string; mla: string; chicago: string; bibtex: string; ris: string };

/**
 * The article in five citation formats, plain text. Each cites the original
 * publication and then the Dossier page that keeps an annotated copy of it.
 * Nothing depends on the day of the build: no access dates anywhere.
 */
export function citationsFor(raw: CiteInput): Citations {
  const input = tidyInput(raw);
  const item = cslItem(input);
  const styled = references(item);
  return {
    apa: `${styled.apa} ${dossierLine('apa', input)}`,
    mla: `${styled.mla} ${dossierLine('mla', input)}`,
    chicago: `${styled.chicago} ${dossierLine('chicago', input)}`,
    bibtex: bibtex(item, input),
    ris: ris(item, input),
  };
}

/** Builds citeproc's engines for every style now, by formatting a made-up reference (see prepareCitations). */
export function warmCitations(): void {
  citationsFor({ title: 'Warm-up', authors: ['Jane Roe'], publisher: 'Example', published: '2025-01-01', originalUrl: 'https://example.org/a', pageUrl: 'https://example.org/b', siteTitle: 'Dossier', id: 'warm-up' });
}

type Style = keyof typeof STYLES;

/**
 * The reference in each style as citeproc formats it, remembered for the next
 * call: an article and its "paragraph N" citation share it and differ only in
 * the Dossier line after it. One Cite serves the three styles, since reading
 * the item into citation-js costs about as much as formatting it.
 */
const formatted = new Map<string, Record<Style, string>>();

function references(item: CslJson): Record<Style, string> {
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

/** Where the annotated copy is, in each style's own punctuation and paragraph abbreviation. */
function dossierLine(style: Style, input: CiteInput): string {
  const where = `Annotated copy in ${input.siteTitle}`;
  const n = input.paragraph;
  switch (style) {
    case 'apa':
      return `${where}${n ? `, para. ${n}` : ''}. ${input.pageUrl}`;
    case 'mla':
      return `${where}${n ? `, par. ${n}` : ''}, ${input.pageUrl}.`;
    case 'chicago':
      return `${where}${n ? `, para. ${n}` : ''}. ${input.pageUrl}.`;
  }
}

/** The Dossier page, as a note that reference managers keep with the record. */
function dossierNote(input: CiteInput): string {
  return `Annotated copy in ${input.siteTitle}${input.paragraph ? `, paragraph ${input.paragraph}` : ''}: ${input.pageUrl}`;
}

function bibtex(item: CslJson, input: CiteInput): string {
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

function citationKey(input: CiteInput): string {
  const base = input.id.replace(/[^A-Za-z0-9_:.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return input.paragraph ? `${base}-p${input.paragraph}` : base;
}

function ris(item: CslJson, input: CiteInput): string {
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
