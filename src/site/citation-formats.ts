/** The five citation formats every article and paragraph is offered in, in the order they are shown. */
export const CITATION_FORMATS = [
  ['apa', 'APA'],
  ['mla', 'MLA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
] as const;

/** BibTeX and RIS are records, shown in a code face; the styles are prose. */
export const citationClass = (key: string) => (key === 'bibtex' || key === 'ris' ? 'cite-code' : 'cite-text');
