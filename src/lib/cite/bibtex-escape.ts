import { createRequire } from 'node:module';
import { remembered } from '../remembered.ts';

/**
 * LaTeX escaping for BibTeX values, character for character as citation-js's
 * BibTeX plugin writes it (its output/value.js, escapeValue), from the
 * plugin's own table of commands and accents: "Séjourné" is
 * "S{\' e}journ{\' e}", "Łukasz" "\L{}ukasz", an en dash "--".
 * tests/unit/cite-plain.test.ts holds the two to the same text. Without
 * this, one accented name in a thousand articles made every annotation
 * thread load citation-js and build citeproc's engines (about 0.14 s each).
 */
type Table = { diacritics: Record<string, string>; commands: Record<string, string>; mathCommands: Record<string, string> };
const table = createRequire(import.meta.url)('@citation-js/plugin-bibtex/lib/input/unicode.json') as Table;

// The plugin's ligatures (input/constants.js), written without a backslash.
const LIGATURES: Record<string, string> = { '--': '\u2013', '---': '\u2014', '``': '\u201C', "''": '\u201D', '~': '\u00A0' };

// The plugin's lookups, built as it builds them: a character's command
// name, later tables overriding earlier ones.
const NAMES = new Map<string, string>();
for (const names of [table.commands, table.diacritics, LIGATURES]) for (const [name, char] of Object.entries(names)) NAMES.set(char, name);
const MATHS = new Map(Object.entries(table.mathCommands).map(([name, char]) => [char, name]));

const MARKS = '\\u0300-\\u0308\\u030a-\\u030c\\u0332\\u0323\\u0327\\u0328\\u0361\\u0326';
const UNSAFE = new RegExp(`[^a-zA-Z0-9\\s!"'()*+,\\-./:;=?@[\\]${MARKS}]`, 'g');
const ACCENTED = new RegExp(`.[${MARKS}]+`, 'g');
const LONE_MARK = new RegExp(`[${MARKS}]`, 'g');

function escapeCharacter(char: string): string {
  const name = NAMES.get(char);
  if (name !== undefined) return name in LIGATURES ? name : `\\${name}{}`;
  const maths = MATHS.get(char);
  if (maths !== undefined) return `$\\${maths}$`;
  return /^[&%$#_{}]$/.test(char) ? `\\${char}` : '';
}

/**
 * `value` as the plugin writes it in a BibTeX field (with its default,
 * ASCII-only output). Remembered: the same publishers and names come back
 * article after article, and each article is cited twice.
 */
export const latex = remembered((value: string): string =>
  value
    .normalize('NFKD')
    .replace(UNSAFE, escapeCharacter)
    .replace(ACCENTED, (match) => Array.from(match).reduce((subject, mark) => `{\\${NAMES.get(mark)} ${subject}}`))
    .replace(LONE_MARK, ''),
);
