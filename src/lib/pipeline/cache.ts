import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, opendirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_MEMO, type Memo } from '../memo.ts';

/**
 * Annotation results, kept between runs and keyed by a hash of everything an
 * article's output depends on: its seed text and manifest entry (the parsed
 * article), the registries, the site's address, and the pipeline's own code.
 * Change any of them and the key changes, so a stale result is never used.
 * Entries are written to a temporary name and renamed, so builds running side
 * by side can share the cache.
 */
export type Cache<T> = {
  get(key: string): T | undefined;
  has(key: string): boolean;
  set(key: string, value: T): void;
  /** Whether anything is kept at all: read from one entry, not a listing of them all. */
  any(): boolean;
};

export function openCache<T>(dir: string): Cache<T> {
  mkdirSync(dir, { recursive: true });
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(join(dir, `${key}.json`));
    },
    any() {
      const entries = opendirSync(dir);
      try {
        for (let entry = entries.readSync(); entry; entry = entries.readSync()) if (entry.name.endsWith('.json')) return true;
        return false;
      } finally {
        entries.closeSync();
      }
    },
    set(key, value) {
      const path = join(dir, `${key}.json`);
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, JSON.stringify(value));
        renameSync(temporary, path);
      } catch {
        // Removed meanwhile by a run of another version (see pruneOtherVersions), or a full disk:
        // a result not remembered is only made again next time; it never fails the run.
        rmSync(temporary, { force: true });
      }
    },
  };
}

/**
 * Where this version of the pipeline keeps its cache under `root`. Every key
 * includes the version, so what other versions left can never be used again.
 */
export function cacheFor(root: string): string {
  return join(root, `v-${pipelineVersion().slice(0, 16)}`);
}

/** Removes what other versions of the pipeline (and any older layout) left in `root`, so the cache does not grow with every change of code. */
export function pruneOtherVersions(root: string): void {
  const current = basename(cacheFor(root));
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    if (name !== current) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/**
 * A Memo kept in `dir`, under a hash of the pipeline's version and the parts:
 * the registries, the manifest and each seed's parse are read from here when
 * their text has not changed (YAML and parsing were most of what an unchanged
 * corpus cost to load).
 */
/** The memo kept in `dir`, or none (NO_MEMO) without a folder. */
export function memoAt(dir: string | null): Memo {
  return dir ? memoIn(dir) : NO_MEMO;
}

export function memoIn(dir: string): Memo {
  const cache = openCache<unknown>(dir);
  return <T>(parts: readonly string[], compute: () => { value: T; keep: boolean }): T => {
    const key = hashOf(pipelineVersion(), ...parts);
    const known = cache.get(key);
    if (known !== undefined) return known as T;
    const { value, keep } = compute();
    if (keep) cache.set(key, value);
    return value;
  };
}

export function hashOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

const PIPELINE = fileURLToPath(new URL('../', import.meta.url));

let version: string | undefined;

/** A hash of the pipeline's source code: a new version of the code never reuses old results. */
export function pipelineVersion(): string {
  version ??= computeVersion();
  return version;
}

function computeVersion(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|csl|json)$/.test(name)) files.push(path);
    }
  };
  walk(PIPELINE);
  return hashOf(...files.flatMap((f) => [relative(PIPELINE, f), readFileSync(f, 'utf8')]));
}
