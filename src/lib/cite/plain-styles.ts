import type { DayParts } from './day.ts';
import type { CslName } from './names.ts';
import { isPlainText, titleCase } from './title-case.ts';

/**
 * APA 7, MLA 9 and Chicago author-date references for the common case,
 * without citeproc: a plain headline, credited names that split cleanly, a
 * plain publisher name and web address. They print exactly what citeproc-js
 * prints with Dossier's CSL styles (src/lib/cite/styles/), which stay the
 * definition: tests/unit/cite-plain.test.ts compares the two over every shape
 * of input. citeproc-js cost about 1.5 ms an article and 0.15 s to load and
 * build in each process; these formatters take 0.06–0.1 ms for an article's
 * two sets of five formats. Anything outside the common case (see
 * isPlainReference) goes to citeproc-js.
 */
export type PlainReference = {
  title: string;
  authors: CslName[];
  publisher: string | null;
  issued: DayParts | null;
  url: string | null;
};

export type References = { apa: string; mla: string; chicago: string };

/** The three references; `raw` must pass isPlainReference. */
export function plainReferences(raw: PlainReference): References {
  const ref = { ...raw, authors: raw.authors.map(curlyName), publisher: raw.publisher && typographic(raw.publisher) };
  return { apa: apa(ref), mla: mla(ref), chicago: chicago(ref) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA abbreviates months of five letters or more, and September as "Sept." (MLA 9, 6.38).
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const GIVEN_WORD = /^(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE](?:[a-z\u00DF-\u00F6\u00F8-\u00FF]+|\.)?)(?:-[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]*)*$/;
const WEB_ADDRESS = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/;

/** True when the headline, names, publisher and address are ones these formatters print as citeproc-js would. */
export function isPlainReference(ref: PlainReference): boolean {
  if (!isPlainText(ref.title)) return false;
  if (ref.publisher !== null && !isPlainText(ref.publisher)) return false;
  if (ref.url !== null && !WEB_ADDRESS.test(ref.url)) return false;
  return ref.authors.every((name) =>
    'literal' in name
      ? isPlainText(name.literal)
      : name.given !== undefined &&
        name.given.split(' ').every((word) => GIVEN_WORD.test(word)) &&
        [name.family, name['non-dropping-particle'] ?? 'x', name.suffix ?? 'x'].every(isPlainText),
  );
}

/** An apostrophe between letters as citeproc-js prints it: curly. */
function typographic(text: string): string {
  return text.replaceAll("'", '’');
}

function curlyName(name: CslName): CslName {
  if ('literal' in name) return { literal: typographic(name.literal) };
  const curly: CslName = { ...name, family: typographic(name.family) };
  if (name['non-dropping-particle']) curly['non-dropping-particle'] = typographic(name['non-dropping-particle']);
  if (name.suffix) curly.suffix = typographic(name.suffix);
  return curly;
}

function quoted(title: string): string {
  return `“${typographic(titleCase(title))}”`;
}

// ---- Names -------------------------------------------------------------

/** "von Dupont, Jean-Pierre", "King, Martin Luther, Jr.": family first. */
function sorted(name: CslName, given: (g: string) => string = (g) => g): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, given(name.given ?? ''), name.suffix].filter(Boolean).join(', ');
}

/** "Jean-Pierre von Dupont", "Martin Luther King Jr.": reading order. */
function display(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [name.given, name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
}

/** "Jean-Pierre" → "J.-P.", "Martin Luther" → "M. L.". */
function initials(given: string): string {
  return given
    .split(' ')
    .map((word) => word.split('-').map((part) => `${part[0]}.`).join('-'))
    .join(' ');
}

/**
 * "A, B, and C": the delimiter precedes the last name however many there are,
 * except (citeproc-js's way) between two names when the second is an agency
 * or newsroom: "Roe, J. & Reuters".
 */
function nameList(names: CslName[], shown: string[], and: string): string {
  if (shown.length === 1) return shown[0]!;
  const comma = shown.length > 2 || !('literal' in names[names.length - 1]!) ? ',' : '';
  return `${shown.slice(0, -1).join(', ')}${comma} ${and} ${shown[shown.length - 1]}`;
}

// ---- Punctuation -------------------------------------------------------

/**
 * Joins the non-empty parts with `delimiter` as citeproc-js does for en-US:
 * a period never follows another period, a question or an exclamation mark,
 * and a period or comma after a closing quotation mark goes inside it.
 */
function join(parts: (string | null)[], delimiter: string): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    out = out ? punctuate(out, delimiter) + part : part;
  }
  return out;
}

function punctuate(text: string, punctuation: string): string {
  const mark = punctuation[0];
  if (mark !== '.' && mark !== ',') return text + punctuation;
  const rest = punctuation.slice(1);
  if (text.endsWith('”')) {
    const inside = text.slice(0, -1);
    return /[.?!]$/.test(inside) ? `${text}${rest}` : `${inside}${mark}”${rest}`;
  }
  return mark === '.' && /[.?!]$/.test(text) ? text + rest : text + punctuation;
}

// ---- Styles ------------------------------------------------------------

function apa(ref: PlainReference): string {
  let names: string | null = null;
  if (ref.authors.length > 0) {
    const all = ref.authors.map((name) => sorted(name, initials));
    names = all.length >= 21 ? `${all.slice(0, 19).join(', ')}, … ${all[all.length - 1]}` : nameList(ref.authors, all, '&');
  }
  const title = typographic(ref.title);
  const [year, month, day] = ref.issued ?? [];
  const date = year === undefined ? '(n.d.)' : `(${[year, month && MONTHS[month - 1]].filter(Boolean).join(', ')}${day ? ` ${day}` : ''})`;
  const group = join([names ?? title, date, names ? title : null, ref.publisher], '. ');
  return join([punctuate(group, '.'), ref.url], ' ');
}

function mla(ref: PlainReference): string {
  let names: string | null = null;
  if (ref.authors.length >= 3) names = `${sorted(ref.authors[0]!)}, et al.`;
  else if (ref.authors.length === 2) names = nameList(ref.authors, [sorted(ref.authors[0]!), display(ref.authors[1]!)], 'and');
  else if (ref.authors.length === 1) names = sorted(ref.authors[0]!);
  const [year, month, day] = ref.issued ?? [];
  const date = year === undefined ? null : [day, month && MLA_MONTHS[month - 1], year].filter(Boolean).join(' ');
  const where = join([ref.publisher, date, ref.url], ', ');
  return punctuate(join([names ?? quoted(ref.title), names ? quoted(ref.title) : null, where], '. '), '.');
}

function chicago(ref: PlainReference): string {
  let names: string | null = null;
  if (ref.authors.length > 0) {
    const shown = ref.authors.length >= 11 ? ref.authors.slice(0, 7) : ref.authors;
    const all = shown.map((name, i) => (i === 0 ? sorted(name) : display(name)));
    names = ref.authors.length >= 11 ? `${all.join(', ')}, et al.` : nameList(shown, all, 'and');
  }
  const [year, month, day] = ref.issued ?? [];
  const fullDate = year === undefined ? null : month ? `${MONTHS[month - 1]}${day ? ` ${day},` : ''} ${year}` : String(year);
  // Unsigned: the newspaper stands in for the author, or failing that the title, and is not repeated.
  const lead = names ?? ref.publisher ?? quoted(ref.title);
  const title = names || ref.publisher ? quoted(ref.title) : null;
  const newspaper = names ? ref.publisher : null;
  const parts = [lead, year === undefined ? 'n.d.' : String(year), title, join([newspaper, fullDate], ', '), ref.url];
  return punctuate(join(parts, '. '), '.');
}
