/**
 * Frontmatter as block YAML, every string double-quoted, indented as js-yaml
 * indents it. Each string (and each key that is not a plain word) is written
 * with JSON.stringify: a JSON string is a YAML 1.2 double-quoted scalar, so
 * the escaping is the JSON engine's, not ours. js-yaml's dump wrote the same
 * bytes for all 1,000 benchmark articles at a quarter of the speed (0.15
 * against 0.035 ms an article), the largest single cost of annotating one;
 * see docs/performance.md, "Where the time goes".
 *
 * Only what frontmatter holds is written: objects, arrays, strings, finite
 * numbers, booleans and null. Anything else is a bug in the caller and throws.
 */
export function frontmatterYaml(value: Record<string, unknown>): string {
  const lines: string[] = [];
  mapping(value, '', lines);
  return lines.length ? `${lines.join('\n')}\n` : '{}\n';
}

function mapping(value: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const key of Object.keys(value)) entry(`${indent}${yamlKey(key)}:`, value[key], indent, lines);
}

/** One key or sequence item: a scalar or an empty collection on its line, anything else on the lines below. */
function entry(head: string, item: unknown, indent: string, lines: string[]): void {
  if (Array.isArray(item)) {
    if (item.length === 0) return void lines.push(`${head} []`);
    lines.push(head);
    for (const element of item) sequenceItem(element, `${indent}  `, lines);
  } else if (isMapping(item)) {
    if (Object.keys(item).length === 0) return void lines.push(`${head} {}`);
    lines.push(head);
    mapping(item, `${indent}  `, lines);
  } else lines.push(`${head} ${scalar(item)}`);
}

/** "- " then the item, whose first line shares the dash's line, as js-yaml writes it. */
function sequenceItem(item: unknown, indent: string, lines: string[]): void {
  if (isMapping(item) && Object.keys(item).length > 0) {
    const first = lines.length;
    mapping(item, `${indent}  `, lines);
    lines[first] = `${indent}- ${lines[first]!.slice(indent.length + 2)}`;
  } else if (Array.isArray(item) && item.length > 0) {
    const first = lines.length;
    for (const element of item) sequenceItem(element, `${indent}  `, lines);
    lines[first] = `${indent}- ${lines[first]!.slice(indent.length + 2)}`;
  } else if (Array.isArray(item)) lines.push(`${indent}- []`);
  else if (isMapping(item)) lines.push(`${indent}- {}`);
  else lines.push(`${indent}- ${scalar(item)}`);
}

/** A plain object: a Date, a Map or a class instance is not one, and is refused as a scalar would be. */
function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Written plain only when no YAML reader could take the key for anything but
// a string: a word (hyphens allowed after its first character), and not one that YAML 1.1 or 1.2 reads as
// null or a boolean.
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const RESERVED_KEY = /^(?:null|true|false|yes|no|on|off|y|n)$/i;

function yamlKey(key: string): string {
  return PLAIN_KEY.test(key) && !RESERVED_KEY.test(key) ? key : quoted(key);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' && Number.isFinite(value)) return number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  const what = typeof value === 'number' ? String(value) : typeof value === 'object' && value !== null ? (value.constructor?.name ?? 'object') : typeof value;
  throw new TypeError(`frontmatter cannot hold ${what}`);
}

/** As js-yaml writes numbers: "-0.0" keeps the sign, and "1.e-7" has the dot YAML 1.1 wants in a float. */
function number(value: number): string {
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /^[-+]?[0-9]+e/.test(text) ? text.replace('e', '.e') : text;
}

// JSON leaves these raw. js-yaml refuses a stream with the C1 controls or
// U+FFFE/U+FFFF in it, and YAML 1.1 readers take NEL, LS and PS for line
// breaks, so they are escaped too, as JSON's \u escapes (valid YAML).
const UNSAFE_FOR_YAML = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const UNSAFE_FOR_YAML_ALL = new RegExp(UNSAFE_FOR_YAML.source, 'g');

function quoted(text: string): string {
  const json = JSON.stringify(text);
  if (!UNSAFE_FOR_YAML.test(json)) return json;
  return json.replace(UNSAFE_FOR_YAML_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
