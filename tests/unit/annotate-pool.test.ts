// Annotation spread over worker threads gives the same files as annotation in
// one thread: which thread made an article's output must not show in it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSeeds } from '../../src/lib/pipeline/annotate.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { ROOT, treeHash } from './helpers.ts';

const address = { site: 'https://example.org', base: '/', title: 'Dossier: test' };

async function annotate(seeds: string, workers: number) {
  const out = mkdtempSync(join(tmpdir(), `dossier-pool-${workers}-`));
  const result = await annotateSeeds({ seeds, out, entities: join(ROOT, 'content', 'entities'), topics: join(ROOT, 'content', 'topics'), address, workers });
  return { out, result };
}

describe('annotation in worker threads', () => {
  it('writes byte-identical output with one thread and with two', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'dossier-pool-seeds-'));
    // Enough articles for two workers (the pool keeps small sets in one thread).
    generateCorpus({ count: 100, seed: 'pool', out: seeds });
    const one = await annotate(seeds, 1);
    const two = await annotate(seeds, 2);
    expect(two.result.articles).toHaveLength(100);
    expect(two.result.annotated).toBe(100);
    expect(one.result.threads).toBe(1);
    expect(two.result.threads).toBe(2);
    expect(treeHash(two.out)).toBe(treeHash(one.out));
  }, 120_000);
});
