import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { removeTree } from '../../../src/lib/fs/staging.ts';
import { alive } from '../../lib/lock.ts';
import { WORK } from './paths.ts';

/**
 * Where the benchmark puts what it would otherwise delete between runs.
 *
 * This machine's disk is ext4 without a journal. There the kernel will not
 * reuse an inode freed in the last minute (five, while its table block is
 * unwritten), and every new file scans past all of them: after 20,000 files
 * were deleted, creating one cost 0.36-0.9 ms for about four minutes, against
 * 0.03 ms before and after. Deleting the previous run's site and caches just
 * before a measured build made that build pay for the deletion, by seconds at
 * 1,000 articles, which a first build on a quiet disk does not. So old outputs
 * are renamed into this folder (a rename frees no inode) and deleted once,
 * after the last measurement.
 */
const TRASHES = join(WORK, 'trash');
/** This benchmark's own folder: two benchmarks run at once never empty each other's. */
export const TRASH = join(TRASHES, String(process.pid));

let count = 0;

/** Moves a file or folder out of the way, if it exists, without deleting it. */
export function discard(path: string, trash = TRASH): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${++count}-${basename(path)}`));
}

/** A new, empty folder inside the trash, for a measurement's scratch output. */
export function scratchDir(name: string, trash = TRASH): string {
  const dir = join(trash, `${++count}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Deletes everything discarded; returns how many top-level entries there were. */
export async function emptyTrash(trash = TRASH): Promise<number> {
  if (!existsSync(trash)) return 0;
  const entries = readdirSync(trash).length;
  await removeTree(trash);
  return entries;
}

/**
 * Deletes what benchmarks that are no longer running left behind (one
 * interrupted before it could empty its trash); returns how many there were.
 */
export async function emptyAbandoned(trashes = TRASHES): Promise<number> {
  if (!existsSync(trashes)) return 0;
  // A name that is not a pid is nobody's.
  const abandoned = readdirSync(trashes).filter((name) => !(/^[1-9]\d*$/.test(name) && alive(Number(name))));
  await Promise.all(abandoned.map((name) => removeTree(join(trashes, name))));
  return abandoned.length;
}
