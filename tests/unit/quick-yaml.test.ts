// quickList must read a YAML list exactly as the `yaml` package does, values
// and lines, or not at all (null): the manifest and registry readers trust it
// and skip `yaml` when it answers.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/lib/read/manifest.ts';
import { quickList } from '../../src/lib/read/quick-yaml.ts';

/** The list as `yaml` reads it, with each item's line; null where it has errors or is no list. */
function viaYaml(text: string): { value: unknown; line: number }[] | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return null;
  return doc.contents.items.map((item) => ({ value: (item as { toJSON(): unknown }).toJSON(), line: lines.linePos(item.range![0]).line }));
}

// Plain values that YAML 1.1, js-yaml's own schemas and YAML 1.2's core schema type differently, and others.
const valid = fc.constantFrom(
  '0b101', '-.5', '+.5', '+12', '012', '-0', '0o17', '-0o17', '0x1F', '0X1F', '1e3', '1.5E-2', '.5e3', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'NaN',
  '1_000', '12:30', '2025-07-21', '2025-07-21T10:00:00Z', 'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRue', 'false',
  '', "'quoted'", '"double \\u00e9 \\t"', "'it''s'", '"a \\"b\\""', 'https://x.org/a?b=c#d', 'Iran’s talks', 'U.S. envoy', 'plain, with comma', 'a # comment',
  '[a, b]', '[1, 0x2, "3", null]', '[]', '{}', '{a: 1}', '|\n    block\n    text', '>-\n    folded\n    text', 'multi\n    line plain', 'é', '"\\x41"', "'\\d+\\s'",
);
// Values that make the text something quickList must leave to yaml, or an error.
const breaking = fc.constantFrom('"unterminated', 'a: b', '&anchor x', '*alias', '!!str 12', '!tag x', '- nested', '{a: 1, a: 2}');
const scalar = fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: breaking, weight: 1 });
const key = fc.oneof(
  { arbitrary: fc.constantFrom('id', 'name', 'file', 'url', 'weight', 'aliases', 'published', 'snake_case', 'kebab-key'), weight: 12 },
  { arbitrary: fc.constantFrom('null', 'true', '1', 'x y', 'über', '"quoted"', '? complex'), weight: 1 },
);
const entry = fc.array(fc.tuple(key, fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 3 }))), { minLength: 1, maxLength: 4 }).map((pairs) =>
  pairs
    .map(([k, v], i) => {
      const lead = i === 0 ? '- ' : '  ';
      return Array.isArray(v) ? `${lead}${k}:\n${v.map((x) => `    - ${x}`).join('\n')}` : `${lead}${k}: ${v}`;
    })
    .join('\n'),
);
const list = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '# comment\n', '\n'), fc.constantFrom('\n', '\n\n', '\n# between\n')).map(
  ([entries, head, gap]) => `${head}${entries.join(gap)}\n`,
);

describe('quickList', () => {
  it('gives what yaml gives, values and lines, or nothing', () => {
    let quick = 0;
    fc.assert(
      fc.property(list, (text) => {
        const read = quickList(text);
        if (read === null) return;
        quick++;
        expect(read).toEqual(viaYaml(text));
      }),
      { numRuns: 2000 },
    );
    // The property says nothing unless the quick reading is taken often enough.
    expect(quick).toBeGreaterThan(200);
  });

  it('reads the registries and the seeds\' manifest quickly, as yaml does', () => {
    const files = [...readdirSync('content/entities').map((n) => `content/entities/${n}`), 'content/topics/topics.yaml', 'seeds/sources.yaml'];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const read = quickList(text);
      expect(read, file).not.toBeNull();
      expect(read, file).toEqual(viaYaml(text));
    }
  });

  it('leaves to yaml what it cannot vouch for', () => {
    expect(quickList('')).toBeNull();
    expect(quickList('- &a {file: x.txt}\n- *a\n')).toBeNull();
    expect(quickList('-\n  file: x.txt\n')).toBeNull();
    expect(quickList('file: x.txt\n')).toBeNull();
    expect(quickList('- file: x.txt\n  file: y.txt\n')).toBeNull();
    expect(quickList('- null: x\n')).toBeNull();
  });

  it('keeps the manifest\'s messages: a bad entry is still reported with its line', () => {
    const text = '- file: a.txt\n  url: https://example.org/a\n- file: b.txt\n  url: ftp://example.org/b\n';
    expect(() => parseManifest(text, 'seeds/sources.yaml')).toThrow(/line 4|"url"/);
    expect(parseManifest('- file: a.txt\n  published: "2025-01-02"\n', 'seeds/sources.yaml')).toEqual([expect.objectContaining({ file: 'a.txt', published: '2025-01-02', line: 1 })]);
  });
});
