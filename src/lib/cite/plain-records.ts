import { latex } from './bibtex-escape.ts';
import { risDate, type DayParts } from './day.ts';
import { invertedName, type CslName } from './names.ts';
import { risText, type RisRecord } from './ris.ts';

/**
 * BibTeX and RIS records for the common case, without citation-js: the same
 * fields, order and escaping as citation-js's own output with Dossier's
 * changes (src/lib/cite/citation-js-formats.ts), which tests/unit/cite-plain.test.ts
 * holds them to. BibTeX is only written here for text without markup (which
 * citation-js turns into LaTeX commands); anything else goes to citation-js.
 */
export type PlainRecord = {
  key: string;
  title: string;
  authors: CslName[];
  publisher: string | null;
  issued: DayParts | null;
  /** The original article's address, or the Dossier page's when there is none. */
  url: string;
  note: string;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "{Reuters}" for an agency; "King, Jr., Martin Luther" for a person, BibTeX's order. */
function bibtexName(name: CslName): string {
  if ('literal' in name) return name.literal.includes(' and ') ? name.literal : `{${name.literal}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const parts = name.suffix ? [family, name.suffix, name.given ?? ''] : [family, name.given];
  return latex(parts.join(', ').trim());
}

/** Words with a capital letter are braced, so BibTeX styles that lower-case titles keep "US" and "Iran". */
function bibtexTitle(title: string): string {
  return latex(title)
    .split(/(:\s*)/)
    .map((part, i) => (i % 2 ? part : part.replace(/([^\\])\b([a-z]*[A-Z].*?)\b/g, '$1{$2}')))
    .join('');
}

/** True when no text of the record could hold markup ("<i>"), which citation-js writes as LaTeX commands. */
export function isPlainRecord(record: PlainRecord): boolean {
  const texts = [record.title, record.publisher ?? '', record.note, record.url, ...record.authors.map((n) => ('literal' in n ? n.literal : [n.family, n.given, n['non-dropping-particle'], n.suffix].join(' ')))];
  return texts.every((text) => !text.includes('<'));
}

/** The BibTeX entry; `record` must pass isPlainRecord. */
export function plainBibtex(record: PlainRecord): string {
  const fields: [string, string][] = [];
  if (record.authors.length > 0) {
    fields.push(['author', record.authors.map((name) => bibtexName(name)).map((n) => (n.includes(' and ') ? `{${n}}` : n)).join(' and ')]);
  }
  if (record.publisher) fields.push(['journal', latex(record.publisher)]);
  if (record.issued) {
    const [year, month, day] = record.issued;
    fields.push(['year', String(year)]);
    if (month) fields.push(['month', day ? `${MONTHS[month - 1]} ${day}` : String(month)]);
  }
  fields.push(['note', latex(record.note)]);
  if (record.publisher) fields.push(['publisher', latex(record.publisher)]);
  fields.push(['title', bibtexTitle(record.title)], ['url', record.url]);
  if (!record.publisher) fields.push(['howpublished', latex(record.url)]);
  return `@article{${record.key},\n${fields.map(([field, value]) => `\t${field} = {${value}},\n`).join('')}}\n`;
}

export function plainRis(record: PlainRecord): string {
  const ris: RisRecord = { TY: 'NEWS', ID: record.key, TI: record.title };
  if (record.authors.length > 0) ris['AU'] = record.authors.map(invertedName);
  if (record.publisher) {
    ris['T2'] = record.publisher;
    ris['PB'] = record.publisher;
  }
  if (record.issued) {
    ris['PY'] = String(record.issued[0]);
    ris['DA'] = risDate(record.issued);
  }
  ris['UR'] = record.url;
  ris['N1'] = record.note;
  return risText(ris);
}
