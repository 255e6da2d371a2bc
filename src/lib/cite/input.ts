/** What a citation needs to know about one article page. */
export type CiteInput = {
  /** The article's headline. */
  title: string;
  /** Personal names as written ("Dave DeCamp"), or agencies ("Reuters"); may be empty. */
  authors: string[];
  /** The original publisher ("Financial Times"). */
  publisher: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The original article's address. */
  originalUrl: string | null;
  /** The Dossier page's absolute URL; may end in #p-N when citing a paragraph. */
  pageUrl: string;
  /** "Dossier: Iran–US relations". */
  siteTitle: string;
  /** The paragraph number, when citing one paragraph. */
  paragraph?: number;
  /** The citation key's base: the article's slug. */
  id: string;
};

/** Whitespace as one space, ends trimmed: every field is a single line in RIS and BibTeX. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The same input with its text fields on one line and empty values as unknown. */
export function tidyInput(input: CiteInput): CiteInput {
  const orNull = (value: string | null) => (value && oneLine(value)) || null;
  const tidy: CiteInput = {
    ...input,
    title: oneLine(input.title),
    authors: input.authors.map(oneLine).filter(Boolean),
    publisher: orNull(input.publisher),
    published: orNull(input.published),
    originalUrl: orNull(input.originalUrl),
    pageUrl: oneLine(input.pageUrl),
    siteTitle: oneLine(input.siteTitle),
  };
  if (input.paragraph !== undefined && (!Number.isInteger(input.paragraph) || input.paragraph < 1)) {
    throw new TypeError(`paragraph must be a whole number from 1, not ${input.paragraph}`);
  }
  return tidy;
}
