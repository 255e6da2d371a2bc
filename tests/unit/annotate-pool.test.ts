// Annotation spread over worker threads gives the same files as annotation in
// one thread: which thread made an article's output must not show in it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSeeds } from '../../src/lib/pipeline/annotate.ts';
import { startPool } from '../../src/lib/pipeline/annotate-pool.ts';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { loadEntities } from '../../src/lib/registry/entities.ts';
import { loadTopics } from '../../src/lib/registry/topics.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { GOOD_ARTICLE, ROOT, seedsFolder, treeHash } from './helpers.ts';

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

describe('annotation on threads after a change', () => {
  it('re-annotates a cached corpus on threads, byte-identical to a fresh run', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'dossier-pool-seeds-'));
    generateCorpus({ count: 100, seed: 'pool-cached', out: seeds });
    const entities = mkdtempSync(join(tmpdir(), 'dossier-pool-entities-'));
    cpSync(join(ROOT, 'content', 'entities'), entities, { recursive: true });
    const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-pool-cache-'));
    const run = async (cached: boolean, previous?: string) => {
      const out = mkdtempSync(join(tmpdir(), 'dossier-pool-out-'));
      const result = await annotateSeeds({ seeds, out, entities, topics: join(ROOT, 'content', 'topics'), address, workers: 2, cacheDir: cached ? cacheDir : undefined, previous });
      return { out, result };
    };
    // A first build: nothing from before, so the threads start first and read the seeds.
    const first = await run(true);
    expect(first.result).toMatchObject({ annotated: 100, threads: 2 });
    // A registry change makes every key new: everything is annotated again, now with a cache and a previous output.
    const countries = join(entities, 'countries.yaml');
    writeFileSync(countries, readFileSync(countries, 'utf8').replace('aliases: [Islamic Republic,', 'aliases: [Persia, Islamic Republic,'));
    const again = await run(true, first.out);
    expect(again.result).toMatchObject({ annotated: 100, cached: 0, threads: 2 });
    const fresh = await run(false);
    expect(treeHash(again.out)).toBe(treeHash(fresh.out));
    expect(treeHash(again.out)).not.toBe(treeHash(first.out));
  }, 120_000);
});

describe('the threads that read and annotate', () => {
  const input = (out: string) => ({
    entities: loadEntities(join(ROOT, 'content', 'entities')).entities,
    topics: loadTopics(join(ROOT, 'content', 'topics')).topics,
    address,
    out,
  });

  it('name the article that failed, and stop giving out work', async () => {
    const dir = seedsFolder({ 'good.txt': GOOD_ARTICLE });
    const [good] = loadSeeds(dir, dir).articles;
    // An article no parser would make: its paragraphs are missing.
    const broken = { ...good!, slug: 'broken', path: 'seeds/broken.txt', paragraphs: undefined } as unknown as typeof good & object;
    const jobs = [{ article: broken, key: 'b' }, ...Array.from({ length: 40 }, (_, i) => ({ article: { ...good!, slug: `good-${i}` }, key: `g${i}` }))];
    const out = mkdtempSync(join(tmpdir(), 'dossier-pool-fail-'));
    const pool = startPool(2);
    const done: number[] = [];
    try {
      await expect(pool.annotate(jobs, input(out), (index) => done.push(index))).rejects.toThrow(/^annotating seeds\/broken\.txt: /);
    } finally {
      await pool.close();
    }
    // The broken article's batch gave nothing; the other thread may have finished what it held, no more.
    expect(done).not.toContain(0);
    expect(done.length).toBeLessThan(jobs.length - 1);
  }, 60_000);

  it('refuse work once closed', async () => {
    const pool = startPool(2);
    await pool.close();
    await expect(pool.read({ dir: '.', memoDir: null, seeds: [{ name: 'a.txt', path: 'a.txt' }, { name: 'b.txt', path: 'b.txt' }] })).rejects.toThrow(/closed/);
  });
});
