import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Memo } from '../../src/lib/memo.ts';
import { parseManifest } from '../../src/lib/read/manifest.ts';

/** A memo in memory that stores values as the cache does (JSON) and counts what it had to compute. */
function memory(): { memo: Memo; computed: string[][] } {
  const store = new Map<string, string>();
  const computed: string[][] = [];
  const memo: Memo = (parts, compute) => {
    const key = JSON.stringify(parts);
    const known = store.get(key);
    if (known !== undefined) return JSON.parse(known);
    computed.push([...parts]);
    const { value, keep } = compute();
    if (keep) store.set(key, JSON.stringify(value));
    return value;
  };
  return { memo, computed };
}

/** The outcome of a parse: its entries, or the messages and lines of what it threw. */
function outcome(read: () => unknown): unknown {
  try {
    return { entries: read() };
  } catch (error) {
    const list = (error as { errors?: unknown[] }).errors ?? [error];
    return { errors: list.map((e) => ({ message: (e as Error).message, line: (e as { line?: number }).line })) };
  }
}

const entry = fc.record(
  {
    file: fc.stringMatching(/^[a-z0-9-]{1,12}\.txt$/),
    publisher: fc.option(fc.string({ minLength: 1, maxLength: 30 })),
    url: fc.option(fc.constantFrom('https://news.example.org/a?b=1&c=2', 'https://example.com/#top', 'ftp://bad.example', '*not a url')),
    published: fc.option(fc.constantFrom('2024-08-27', '2025-02-30', '2023', 'yesterday')),
    author: fc.option(fc.string({ maxLength: 30 })),
  },
  { requiredKeys: ['file'] },
);

const MANIFEST = `# Sources of the seeds.

- file: a.txt
  publisher: Antiwar.com
  url: https://news.antiwar.com/2024/08/27/a
  published: "2024-08-27"
  author: Dave DeCamp

# A second one, with a comment between.
- file: b.txt
  publisher: Financial Times   # no author
  url: null
  published: 2025-08-24
`;

describe('sources.yaml read entry by entry through a memo', () => {
  it('gives what reading the whole file gives, entries and lines, for any list of entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (entries, newline, comments) => {
        let text = stringify(entries);
        if (comments) text = text.replace(/^- /gm, '# an entry\n\n- ');
        text = text.replaceAll('\n', newline);
        const { memo } = memory();
        expect(outcome(() => parseManifest(text, 'sources.yaml', memo))).toEqual(outcome(() => parseManifest(text, 'sources.yaml')));
        // And again, now from the memo.
        expect(outcome(() => parseManifest(text, 'sources.yaml', memo))).toEqual(outcome(() => parseManifest(text, 'sources.yaml')));
      }),
      { numRuns: 400, seed: 5122026 },
    );
  });

  it('reads only the new entry when one is added, and keeps the lines of the others', () => {
    const { memo, computed } = memory();
    const first = parseManifest(MANIFEST, 'sources.yaml', memo);
    expect(first.map((e) => [e.file, e.line])).toEqual([['a.txt', 3], ['b.txt', 10]]);
    expect(computed).toHaveLength(2);
    const added = `- file: c.txt\n  publisher: Reuters\n${MANIFEST}`;
    const second = parseManifest(added, 'sources.yaml', memo);
    expect(second.map((e) => [e.file, e.line])).toEqual([['c.txt', 1], ['a.txt', 5], ['b.txt', 12]]);
    expect(computed).toHaveLength(3);
    expect(computed[2]![1]).toContain('c.txt');
    expect(second).toEqual(parseManifest(added, 'sources.yaml'));
  });

  it('reads the whole file when entries could reach into each other, or when one has a problem', () => {
    for (const text of ['- file: a.txt\n  publisher: &p Reuters\n- file: b.txt\n  publisher: *p\n', '---\n- file: a.txt\n', `${MANIFEST}- file: a.txt\n`, `${MANIFEST}- file: c.txt\n  published: 24/08/2025\n`]) {
      const { memo } = memory();
      expect(outcome(() => parseManifest(text, 'sources.yaml', memo))).toEqual(outcome(() => parseManifest(text, 'sources.yaml')));
    }
    const { memo } = memory();
    expect(outcome(() => parseManifest(`${MANIFEST}- file: a.txt\n`, 'sources.yaml', memo))).toEqual({ errors: [{ message: expect.stringContaining('listed twice'), line: 14 }] });
  });
});
