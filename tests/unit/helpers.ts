import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A throwaway seeds folder: `files` maps names to text (or bytes). */
export function seedsFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-seeds-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/**
 * The environment a user's shell would give our scripts: without what Vitest
 * adds (VITEST, TEST, MODE, BASE_URL, NODE_ENV…), which Vite and Astro read.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extra };
  for (const name of Object.keys(env)) {
    if (/^VITEST/.test(name) || ['TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_ENV', 'FORCE_TTY', 'COLOR'].includes(name)) delete env[name];
  }
  return env;
}

/** Runs one of our scripts on the pinned Node, as npm would. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: userEnv(env),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fingerprint of a whole folder: every path and its bytes. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      hash.update(p.slice(dir.length));
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export const GOOD_ARTICLE = `Envoys meet in Muscat for a third round

Both sides called the talks constructive

Envoys met in Muscat on Saturday for a third round of talks, officials said.

A second paragraph follows the first.
`;
