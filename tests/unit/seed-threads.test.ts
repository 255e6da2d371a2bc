// Seeds read on the annotation threads (src/lib/pipeline/seed-threads.ts) must
// load exactly as loadSeeds does on one: the same articles in the same order,
// the same warnings, and the same problems, each naming its file and line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { startPool } from '../../src/lib/pipeline/annotate-pool.ts';
import { loadSeedsIn } from '../../src/lib/pipeline/seed-threads.ts';
import { GOOD_ARTICLE, seedsFolder } from './helpers.ts';

/** What a load gives: its result, or the problems it threw, as the CLI prints them. */
async function outcome(load: () => unknown): Promise<unknown> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.format());
    if (error instanceof DossierError) return [error.format()];
    throw error;
  }
}

/** loadSeedsIn on `threads` threads started for it (none: on this thread). */
async function loadSeedsInThreads(dir: string, memoDir: string | null, threads: number) {
  const pool = threads > 1 ? startPool(threads) : null;
  try {
    return await loadSeedsIn(pool, dir, dir, memoDir);
  } finally {
    await pool?.close();
  }
}

const variant = (i: number) => GOOD_ARTICLE.replace('A second paragraph follows the first.', `Paragraph number ${i} follows the first, with its own words.`);

describe('seeds read on threads', () => {
  it('load the same articles and warnings as on one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) files[`s${i}.txt`] = variant(i);
    files['sources.yaml'] = '- file: s3.txt\n  slug: third\n  publisher: Reuters\n';
    const dir = seedsFolder(files);
    const threaded = await loadSeedsInThreads(dir, null, 3);
    expect(threaded).toEqual(loadSeeds(dir, dir));
    expect(threaded.articles.map((a: { slug: string }) => a.slug)).toContain('third');
  });

  it('give the same problems, with their files and lines, in the same order', async () => {
    const bad = {
      'a.txt': variant(1),
      'b.txt': '  \n\n',
      'c.txt': new Uint8Array([...new TextEncoder().encode('Headline\n\nfine line\n'), 0xff, 0xfe, 0x41]),
      'd.txt': variant(1),
      'e.txt': 'Just a headline\n',
      'f.txt': variant(2),
      'sources.yaml': '- file: gone.txt\n',
    };
    const dir = seedsFolder(bad);
    const one = await outcome(() => loadSeeds(dir, dir));
    const threaded = await outcome(() => loadSeedsInThreads(dir, null, 2));
    expect(threaded).toEqual(one);
    expect(one).toEqual([
      expect.stringMatching(/^sources\.yaml:1: lists "gone\.txt"/),
      expect.stringMatching(/^b\.txt: file is empty/),
      expect.stringMatching(/^c\.txt:4: file is not valid UTF-8/),
      expect.stringMatching(/^e\.txt:1: file has only a headline/),
      expect.stringMatching(/^d\.txt: is the same article as a\.txt/),
    ]);
  });

  it('remember what they parsed, for the next run on any number of threads', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`s${i}.txt`] = variant(i);
    const dir = seedsFolder(files);
    const memoDir = mkdtempSync(join(tmpdir(), 'dossier-memo-'));
    const first = await loadSeedsInThreads(dir, memoDir, 2);
    const again = await loadSeedsInThreads(dir, memoDir, 1);
    expect(again).toEqual(first);
    expect(first).toEqual(loadSeeds(dir, dir));
  });
});
