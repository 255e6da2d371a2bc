import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A build works in a staging folder beside the project's outputs and swaps
 * its results in only when every stage has succeeded, so a failed or
 * interrupted build leaves the previous `content/articles/` and `dist/` as
 * they were. The folder lives in the project root so that the final renames
 * stay on one file system (and are therefore atomic per folder).
 */
export const STAGING_PREFIX = '.dossier-tmp-';

export type Staging = { dir: string; path(name: string): string; dispose(): void };

const live = new Set<string>();
let hooked = false;

export function createStaging(root: string): Staging {
  mkdirSync(resolve(root), { recursive: true });
  const dir = mkdtempSync(join(resolve(root), STAGING_PREFIX));
  live.add(dir);
  hookSignals();
  return {
    dir,
    path: (name) => join(dir, name),
    dispose() {
      rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    },
  };
}

/**
 * Puts `staged` where `target` was. The old folder is moved aside first and
 * only deleted once the new one is in place; if the second rename fails the
 * old one is put back.
 */
export function replaceDir(target: string, staged: string): void {
  mkdirSync(dirname(target), { recursive: true });
  staged = onSameDevice(staged, target);
  const aside = join(dirname(target), `${STAGING_PREFIX}old-${basename(target)}-${process.pid}`);
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, aside);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadOld) renameSync(aside, target);
    throw error;
  }
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}

/** A rename cannot cross file systems; copy beside the target first, then rename. */
function onSameDevice(staged: string, target: string): string {
  const probe = join(dirname(target), `${STAGING_PREFIX}probe-${process.pid}`);
  try {
    renameSync(staged, probe);
    return probe;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staged, probe, { recursive: true });
    rmSync(staged, { recursive: true, force: true });
    return probe;
  }
}

/** Ctrl-C or a CI timeout must not leave staging folders behind. */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const dir of live) rmSync(dir, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
