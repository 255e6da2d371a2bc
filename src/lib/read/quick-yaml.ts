// A quick first reading of the YAML lists Dossier keeps (sources.yaml, the
// registries), for a file with nothing wrong in it. The `yaml` package reads
// them with every node's position, which the messages need, and takes ten
// times as long; a first build reads thousands of entries on the thread
// that shares the cores with the annotation threads. js-yaml reads the
// values here, typed exactly as `yaml` types them (YAML 1.2's core schema,
// as written in `yaml`), and each item's line comes from the text. Anything
// this reading cannot vouch for gives null, and the caller reads the file
// with `yaml` as before: messages, lines and all.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import type { z } from 'zod';

/** `yaml`'s core schema, test for test: what a plain value is, in the order `yaml` tries them. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const CORE_AS_YAML_READS_IT = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: string | null) => data === null || NULL.test(data), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: string | null) => data !== null && BOOL.test(data), construct: (data: string) => data[0] === 't' || data[0] === 'T' }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && (INT_OCT.test(data) || INT.test(data) || INT_HEX.test(data)),
      construct: (data: string) => (INT_OCT.test(data) ? parseInt(data.slice(2), 8) : INT.test(data) ? parseInt(data, 10) : parseInt(data.slice(2), 16)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && (FLOAT_NAN.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
      construct: (data: string) =>
        FLOAT_NAN.test(data) ? (data.slice(-3).toLowerCase() === 'nan' ? NaN : data[0] === '-' ? -Infinity : Infinity) : parseFloat(data),
    }),
  ],
});

/** A list's item, with the line its "- " stands on (counting from 1). */
export type QuickItem = { value: Record<string, unknown>; line: number };

/**
 * The items of a YAML list of mappings, read quickly, or null where this
 * reading might differ from `yaml`'s: anything but a block list at the left
 * margin whose every item opens with "- key:" on the line of its dash;
 * anchors, aliases, tags or directives; a key that is not a plain word (the
 * two libraries turn other keys into strings differently); anything js-yaml
 * refuses.
 */
export function quickList(text: string): QuickItem[] | null {
  const items = topLevelItems(text);
  if (!items || items.length === 0 || !items.every((item) => FIRST_KEY.test(item.text))) return null;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_AS_YAML_READS_IT });
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== items.length) return null;
  if (!value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && plainKeys(v))) return null;
  return value.map((v, i) => ({ value: v as Record<string, unknown>, line: items[i]!.line }));
}

const FIRST_KEY = /^-[ \t]+[A-Za-z_][\w-]*:(?:[ \t\r\n]|$)/;
const WORD_KEY = /^[A-Za-z_][\w-]*$/;

/** True when every mapping in `value` has only keys that are words reading as strings. */
function plainKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(plainKeys);
  return Object.entries(value).every(([key, v]) => WORD_KEY.test(key) && !NULL.test(key) && !BOOL.test(key) && plainKeys(v));
}

/** quickList's items each validated by `schema`, or null when the list cannot be read quickly or an item is invalid (`yaml` then says why). */
export function quickParsed<T>(text: string, schema: z.ZodType<T>): { value: T; line: number }[] | null {
  const items = quickList(text);
  if (!items) return null;
  const out: { value: T; line: number }[] = [];
  for (const { value, line } of items) {
    const result = schema.safeParse(value);
    if (!result.success) return null;
    out.push({ value: result.data, line });
  }
  return out;
}

/**
 * The list's items, each with the line it starts on, when the text is plain
 * enough that reading them one at a time means what reading the whole does: a
 * block list at the left margin, with no anchors, aliases or tags that could
 * reach from one item into another, and no directives or second document.
 * Otherwise null.
 */
export function topLevelItems(text: string): { text: string; line: number }[] | null {
  if (/^(?:---|\.\.\.|%)/m.test(text) || /(?:^|[\s[{,])[&*!][^\s,[\]{}]/m.test(text)) return null;
  const items: { text: string; line: number }[] = [];
  // Items are cut at the starts of their lines, so each keeps its own bytes and line ends.
  let start = -1;
  let startLine = 0;
  let line = 0;
  for (let at = 0; at < text.length; line++) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    const content = text.slice(at, next);
    if (/^-(?:[ \t\r\n]|$)/.test(content)) {
      if (start >= 0) items.push({ text: text.slice(start, at), line: startLine + 1 });
      start = at;
      startLine = line;
    } else if (/^[^\s#]/.test(content) || (start < 0 && /^\s*[^\s#]/.test(content))) {
      return null;
    }
    at = next;
  }
  if (start >= 0) items.push({ text: text.slice(start), line: startLine + 1 });
  return items;
}
