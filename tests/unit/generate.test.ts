// The benchmark's corpus generator is seeded: the same seed gives the same
// bytes, so benchmark runs on different days build the same articles.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { writeBaselineContent } from '../../scripts/bench/lib/baseline-content.ts';
import { parseManifest } from '../../src/lib/read/manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-generate-'));
const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('the synthetic corpus', () => {
  it('is the same, byte for byte, for the same seed, and different for another', () => {
    generateCorpus({ count: 25, seed: 'same', out: join(work, 'a') });
    generateCorpus({ count: 25, seed: 'same', out: join(work, 'b') });
    generateCorpus({ count: 25, seed: 'other', out: join(work, 'c') });
    const a = files(join(work, 'a'));
    expect(Object.keys(a)).toHaveLength(26); // 25 seeds and sources.yaml
    expect(files(join(work, 'b'))).toEqual(a);
    expect(files(join(work, 'c'))).not.toEqual(a);
  });

  it('has a valid manifest entry for every seed, and quotes and datelines in its articles', () => {
    const dir = join(work, 'a');
    const entries = parseManifest(readFileSync(join(dir, 'sources.yaml'), 'utf8'), 'sources.yaml');
    expect(entries.map((e) => e.file).sort()).toEqual(readdirSync(dir).filter((n) => n.endsWith('.txt')).sort());
    const text = Object.entries(files(dir)).filter(([name]) => name.endsWith('.txt')).map(([, t]) => t).join('\n');
    expect(text).toMatch(/[“"][^”"]{10,}[”"],? (?:he|she|[A-Z][a-z]+) (?:said|told)/);
    expect(text).toMatch(/\(Reuters\)|\(AP\)/);
  });

  // Deleting files and creating them again just before a measured build slows
  // that build on the benchmark machine (scripts/bench/lib/trash.ts), so a
  // corpus is regenerated over the old one: same files kept, others removed.
  it('is regenerated in place: the same seeds keep their files, seeds no longer made are removed', () => {
    const dir = join(work, 'regenerated');
    generateCorpus({ count: 30, seed: 'same', out: dir });
    writeFileSync(join(dir, 'notes.md'), 'not a seed');
    const inode = (name: string) => statSync(join(dir, name)).ino;
    const kept = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()[0]!;
    const before = inode(kept);
    generateCorpus({ count: 25, seed: 'same', out: dir });
    const { 'notes.md': notes, ...seeds } = files(dir);
    expect(seeds).toEqual(files(join(work, 'a')));
    expect(notes).toBe('not a seed');
    expect(inode(kept)).toBe(before);
  });

  it('gives the baseline one page per seed, rewritten in place and without leftovers', () => {
    const out = join(work, 'baseline');
    expect(writeBaselineContent(join(work, 'regenerated'), out)).toBe(25);
    writeFileSync(join(out, '99.md'), 'left from a larger corpus');
    const before = statSync(join(out, '0.md')).ino;
    expect(writeBaselineContent(join(work, 'c'), out)).toBe(25);
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: 25 }, (_, n) => `${n}.md`).sort());
    expect(statSync(join(out, '0.md')).ino).toBe(before);
    expect(readFileSync(join(out, '0.md'), 'utf8')).toMatch(/^---\ntitle: ".+"\n---\n\n/);
  });
});
