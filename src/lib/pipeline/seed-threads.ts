import { existsSync, statSync } from 'node:fs';
import { memoAt } from './cache.ts';
import type { Pool } from './annotate-pool.ts';
import { joinSeeds, loadSeeds, planSeeds, seedFiles, shownPath, type LoadResult } from './load.ts';
import { revived } from './seed-read.ts';

/**
 * loadSeeds with the seeds read and parsed on the annotation threads
 * (annotate-pool.ts), when they have been started. Parsing is about 0.5 ms a
 * seed; on the calling thread it would leave the second core idle while the
 * threads wait for it. The outcome is loadSeeds', problems and all
 * (tests/unit/seed-threads.test.ts).
 *
 * `memoDir`: the folder of annotate's memo, or null for none. `files`: the
 * seeds folder's seeds, when the caller has listed them.
 */
export async function loadSeedsIn(pool: Pool | null, dir: string, cwd: string, memoDir: string | null, files?: string[]): Promise<LoadResult> {
  const memo = memoAt(memoDir);
  if (!pool) return loadSeeds(dir, cwd, memo);
  const listed = files ?? listSeeds(dir);
  const reading = pool.read({ dir, memoDir, seeds: listed.map((name) => ({ name, path: shownPath(dir, cwd, name) })) });
  // The manifest is read here meanwhile (0.7 s at 10,000 entries). A missing
  // folder is reported from here; the threads' own failure to find it is then moot.
  let plan;
  try {
    plan = planSeeds(dir, cwd, memo, listed);
  } catch (error) {
    reading.catch(() => {});
    throw error;
  }
  const reads = await reading;
  return joinSeeds(plan, reads.map(revived));
}

/** The seeds folder's seeds, or none when there is no such folder (planSeeds reports it). */
export function listSeeds(dir: string): string[] {
  return existsSync(dir) && statSync(dir).isDirectory() ? seedFiles(dir) : [];
}
