// The benchmark's corpus generator is seeded: the same seed gives the same
// bytes, so benchmark runs on different days build the same articles.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
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
});
