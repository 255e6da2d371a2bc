import type { CslJson } from '@citation-js/core';
import { cslItem } from './csl-item.ts';
import { dayParts } from './day.ts';
import { citationKey, dossierLine, dossierNote } from './dossier-line.ts';
import { tidyInput, type CiteInput } from './input.ts';
import type { CslName } from './names.ts';
import { isPlainRecord, plainBibtex, plainRis, type PlainRecord } from './plain-records.ts';
import { isPlainReference, plainReferences, type PlainReference, type References } from './plain-styles.ts';

export type { CiteInput } from './input.ts';
export type Citations = { apa: string; mla: string; chicago: string; bibtex: string; ris: string };

type CitationJs = typeof import('./citation-js-formats.ts');
let citationJs: CitationJs | undefined;

/**
 * The article in five citation formats, plain text. Each cites the original
 * publication and then the Dossier page that keeps an annotated copy of it.
 * Nothing depends on the day of the build: no access dates anywhere.
 *
 * Most articles are formatted by Dossier's plain formatters; the rest by
 * citation-js, which must have been loaded first (loadCitationJs) when
 * `needsCitationJs` says so.
 */
export function citationsFor(raw: CiteInput): Citations {
  const input = tidyInput(raw);
  const item = cslItem(input);
  const plain = plainParts(input, item);
  if (plain) return withDossier(plainReferences(plain.reference), input, plainBibtex(plain.record), plainRis(plain.record));
  if (!citationJs) throw new Error(`citing “${input.title}” needs citation-js: call loadCitationJs() first`);
  return withDossier(citationJs.references(item), input, citationJs.bibtex(item, input), citationJs.ris(item, input));
}

/** True when the article's citations need citation-js: its headline, names or publisher are beyond the plain formatters. */
export function needsCitationJs(raw: CiteInput): boolean {
  const input = tidyInput(raw);
  return plainParts(input, cslItem(input)) === null;
}

/**
 * Loads citation-js and builds citeproc's style engines (about 0.15 s in a
 * fresh process). Done before compromise is loaded where possible: citeproc
 * built engines three to four times slower with compromise in memory.
 */
export async function loadCitationJs(): Promise<void> {
  if (citationJs) return;
  const loaded = await import('./citation-js-formats.ts');
  loaded.warm();
  citationJs = loaded;
}

/** What the plain formatters need, or null when the input is beyond them. */
function plainParts(input: CiteInput, item: CslJson): { reference: PlainReference; record: PlainRecord } | null {
  const authors = (item['author'] as CslName[] | undefined) ?? [];
  const issued = dayParts(input.published);
  const reference = { title: input.title, authors, publisher: input.publisher, issued, url: input.originalUrl };
  if (!isPlainReference(reference)) return null;
  const record = { key: citationKey(input), title: input.title, authors, publisher: input.publisher, issued, url: input.originalUrl ?? input.pageUrl, note: dossierNote(input) };
  return isPlainRecord(record) ? { reference, record } : null;
}

function withDossier(styled: References, input: CiteInput, bibtex: string, ris: string): Citations {
  return {
    apa: `${styled.apa} ${dossierLine('apa', input)}`,
    mla: `${styled.mla} ${dossierLine('mla', input)}`,
    chicago: `${styled.chicago} ${dossierLine('chicago', input)}`,
    bibtex,
    ris,
  };
}
