import type { CiteInput } from './input.ts';

/** The styles that cite the Dossier page after the original publication. */
export type Style = 'apa' | 'mla' | 'chicago';

/** Where the annotated copy is, in each style's own punctuation and paragraph abbreviation. */
export function dossierLine(style: Style, input: CiteInput): string {
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
export function dossierNote(input: CiteInput): string {
  return `Annotated copy in ${input.siteTitle}${input.paragraph ? `, paragraph ${input.paragraph}` : ''}: ${input.pageUrl}`;
}

/** The BibTeX key and RIS ID: the article's slug, and "-pN" for a paragraph. */
export function citationKey(input: CiteInput): string {
  const base = input.id.replace(/[^A-Za-z0-9_:.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return input.paragraph ? `${base}-p${input.paragraph}` : base;
}
