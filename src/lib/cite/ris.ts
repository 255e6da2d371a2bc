/** One RIS record as tag → value(s), the shape citation-js's `format('ris', { format: 'object' })` returns. */
export type RisRecord = Record<string, string | string[]>;

// The usual order of reference managers' own exports; tags not listed follow in the order given.
const ORDER = ['TY', 'ID', 'TI', 'AU', 'T2', 'PB', 'PY', 'DA', 'UR', 'N1'];

/**
 * The record as RIS text, one line per value. citation-js's own text output
 * wraps values at 70 characters, and readers (Zotero, citation-js itself) join
 * continuation lines with a space, which breaks long web addresses.
 */
export function risText(record: RisRecord): string {
  const tags = Object.keys(record).filter((t) => t !== 'ER');
  tags.sort((a, b) => rank(a) - rank(b));
  const lines: string[] = [];
  for (const tag of tags) {
    for (const value of ([] as string[]).concat(record[tag]!)) lines.push(`${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

function rank(tag: string): number {
  const i = ORDER.indexOf(tag);
  return i === -1 ? ORDER.length : i;
}
