import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO, WORK } from './paths.ts';
import { discard } from './trash.ts';

/**
 * A private copy of the project's code for the benchmark to build with.
 * Other engineers edit this checkout while a benchmark runs for minutes, so
 * every run of one benchmark must use the same code; and Astro keeps its
 * content cache in <root>/node_modules/.astro, which must not be overwritten
 * (with a 10,000-article store) under someone else's build. node_modules is a
 * folder of symlinks to the checkout's packages, so nothing is installed.
 */
const COPIED = ['src', 'scripts', 'public', 'content/entities', 'content/topics', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches that must stay private to the copy. */
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

export type Snapshot = { root: string; fingerprint: string };

/** `name` keeps two benchmarks that run at once from sharing (and deleting) one copy. */
export function createSnapshot(name = 'tree'): Snapshot {
  const root = join(WORK, name);
  discard(root);
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const path of COPIED) {
    cpSync(join(REPO, path), join(root, path), { recursive: true, filter: (src) => !src.includes(`${join(REPO, 'scripts', 'bench')}`) });
  }
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (!PRIVATE.has(name)) symlinkSync(join(REPO, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, fingerprint: fingerprint(root) };
}

/** The copy a previous benchmark made, so that a later run measures the same code (--reuse-tree). */
export function existingSnapshot(name = 'tree'): Snapshot {
  const root = join(WORK, name);
  if (!existsSync(join(root, 'scripts', 'build.ts'))) throw new Error(`no copy to reuse in ${root}: run once without --reuse-tree`);
  return { root, fingerprint: fingerprint(root) };
}

/** The checkout itself, for --in-place runs. */
export function inPlace(): Snapshot {
  return { root: REPO, fingerprint: fingerprint(REPO) };
}

/** A short hash of the code measured, so results can say which code they describe. */
function fingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'bench') walk(path);
      } else {
        hash.update(relative(root, path)).update(readFileSync(path));
      }
    }
  };
  for (const path of ['src', 'scripts', 'content/entities', 'content/topics']) walk(join(root, path));
  hash.update(readFileSync(join(root, 'astro.config.mjs')));
  return hash.digest('hex').slice(0, 12);
}

/** Astro's content store and Dossier's annotation cache from the previous run: removed so that a measured build starts cold. */
export function clearCaches(root: string): void {
  discard(join(root, 'node_modules', '.astro'));
  discard(join(root, 'node_modules', '.cache'));
}
