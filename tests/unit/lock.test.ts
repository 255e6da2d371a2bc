// Builds from one checkout take turns in the Astro stage (see scripts/lib/lock.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../scripts/lib/lock.ts';

const quiet = () => {};

describe('the checkout lock', () => {
  it('runs holders one after the other, never together, and removes the lock after', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'dossier-lock-')), '.astro', 'build.lock');
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 100));
      events.push(`${name} end`);
    };
    // In one process both holders carry the same pid, so the second must see a live holder and wait.
    await Promise.all([withLock(lock, job('a'), quiet), withLock(lock, job('b'), quiet)]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
    const lock = join(dir, 'build.lock');
    writeFileSync(lock, '999999999');
    let ran = false;
    await withLock(lock, async () => void (ran = true), quiet);
    expect(ran).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over an empty lock, which only a crash leaves (a live holder\'s never is), and leaves no file of its own behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
    const lock = join(dir, 'build.lock');
    writeFileSync(lock, '');
    let held = '';
    await withLock(lock, async () => void (held = readFileSync(lock, 'utf8')), quiet);
    expect(held).toBe(String(process.pid));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('releases the lock when the build fails', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'dossier-lock-')), 'build.lock');
    await expect(withLock(lock, async () => Promise.reject(new Error('boom')), quiet)).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });
});
