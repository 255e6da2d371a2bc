import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One process at a time. Astro writes its server build into
 * `<checkout>/.astro/.prerender/` whenever the output folder is outside the
 * checkout, and deletes it when done, so two builds from one checkout at once
 * break each other: the Astro stage of a build holds a lock. `npm run add`
 * reads, extends and replaces sources.yaml, so two at once could lose an
 * entry: it holds one too. A lock left by a process that died is taken over.
 */
export async function withLock<T>(path: string, run: () => Promise<T>, log: (message: string) => void = console.log, what = 'another build of this checkout'): Promise<T> {
  mkdirSync(dirname(path), { recursive: true });
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(safeRead(path));
      if (!holder || !alive(holder)) {
        try {
          unlinkSync(path);
        } catch {
          // Another waiting build removed it first.
        }
        continue;
      }
      if (!told) log(`waiting for ${what} to finish (process ${holder})`);
      told = true;
      await new Promise((r) => setTimeout(r, 250));
    }
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
