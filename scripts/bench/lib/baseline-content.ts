import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The baseline's input: each seed as `<n>.md`, its first line as the title and
 * every other block as a paragraph, untouched. No cleaning, no annotation:
 * the cost of a plain Markdown site of the same text.
 */
export function writeBaselineContent(seeds: string, out: string): number {
  mkdirSync(out, { recursive: true });
  // Overwritten in place, not deleted and made again (see trash.ts).
  const stale = new Set(readdirSync(out));
  const files = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  files.forEach((name, n) => {
    stale.delete(`${n}.md`);
    const [title = '', ...blocks] = readFileSync(join(seeds, name), 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    // JSON strings are valid YAML scalars, whatever quotes the headline holds.
    writeFileSync(join(out, `${n}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${blocks.join('\n\n')}\n`);
  });
  for (const name of stale) rmSync(join(out, name), { recursive: true, force: true });
  return files.length;
}
