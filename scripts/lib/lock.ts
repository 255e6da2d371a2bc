import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One process at a time. Astro writes its server build into
 * `<checkout>/.astro/.prerender/` whenever the output folder is outside the
 * checkout, and deletes it when done, so two builds from one checkout at once
 * break each other: the Astro stage of a build holds a lock. `npm run add`
 * reads, extends and replaces sources.yaml, so two at once could lose an
 * entry: it holds one too. A lock left by a process that died is taken over.
 */
/** Numbers each call's own file: holders in one process share its pid. */
let attempts = 0;

export async function withLock<T>(path: string, run: () => Promise<T>, log: (message: string) => void = console.log, what = 'another build of this checkout'): Promise<T> {
  mkdirSync(dirname(path), { recursive: true });
  // The lock file appears with the holder's pid already in it: written beside
  // it, then linked into place, which fails if it exists. Created empty and
  // then written, another process could read it empty in between, take it
  // for a dead holder's and remove it, and both would hold the lock.
  const mine = `${path}.${process.pid}-${++attempts}`;
  writeFileSync(mine, String(process.pid));
  let told = false;
  try {
    for (;;) {
      try {
        linkSync(mine, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = safeRead(path);
        // Never empty while its holder lives (see above): an empty one was left by a crash.
        if (holder === '' || !alive(Number(holder))) {
          // Removed only if it still names the dead holder: a waiter that took it over first has written its own pid.
          if (safeRead(path) === holder) {
            try {
              unlinkSync(path);
            } catch {
              // Another waiter removed it first.
            }
          }
          continue;
        }
        if (!told) log(`waiting for ${what} to finish (process ${holder})`);
        told = true;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    unlinkSync(mine);
  }
  const release = () => {
    if (safeRead(path) === String(process.pid)) unlinkSync(path);
  };
  process.once('exit', release);
  try {
    return await run();
  } finally {
    release();
    process.removeListener('exit', release);
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Whether a process with this pid is running (EPERM: running, but another user's). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
