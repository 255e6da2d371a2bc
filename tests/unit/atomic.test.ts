// A failed or interrupted build never leaves a half-written site: each stage
// is made to fail in turn, and the previous content and dist must stay
// byte-identical, with no staging folder left behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { GOOD_ARTICLE, ROOT, runScript, seedsFolder, treeHash } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-atomic-'));
const out = join(work, 'dist');
const articles = join(work, 'articles');
const seeds = seedsFolder({ 'a.txt': GOOD_ARTICLE, 'sources.yaml': '- file: a.txt\n  publisher: Example Wire\n  published: "2025-04-12"\n' });
const args = ['--seeds', seeds, '--out', out, '--articles', articles];
const strays = () => readdirSync(work).filter((n) => n.startsWith('.dossier-tmp-'));

/** Astro build processes (scripts/lib/astro-build.ts) still running with an output folder under `dir`. */
function astroProcessesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const args = readFileSync(join('/proc', pid, 'cmdline'), 'utf8').split('\0');
      const state = readFileSync(join('/proc', pid, 'stat'), 'utf8').replace(/^.*\) /s, '')[0];
      if (state !== 'Z' && args.some((a) => a.endsWith('astro-build.ts')) && args.some((a) => a.startsWith(dir))) found.push(args.join(' '));
    } catch {
      // Gone while being read.
    }
  }
  return found;
}

describe('atomic builds', () => {
  let before: { dist: string; articles: string };
  beforeAll(() => {
    expect(runScript('build.ts', args).code).toBe(0);
    before = { dist: treeHash(out), articles: treeHash(articles) };
  }, 120_000);

  for (const stage of ['parse', 'annotate', 'astro', 'pages', 'pagefind']) {
    it(`a build failing in the ${stage} stage leaves content and dist byte-identical`, () => {
      const run = runScript('build.ts', args, { DOSSIER_FAILPOINT: stage });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`failpoint: the ${stage} stage was made to fail`);
      expect({ dist: treeHash(out), articles: treeHash(articles) }).toEqual(before);
      expect(strays()).toEqual([]);
    }, 120_000);
  }

  it('a build interrupted with SIGINT leaves no staging folder and the old site intact', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), ...args], { cwd: ROOT, stdio: 'pipe' });
    // Interrupt once the Astro stage has begun, mid-build.
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('annotate:') && resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(strays()).toEqual([]);
    expect({ dist: treeHash(out), articles: treeHash(articles) }).toEqual(before);
  }, 120_000);

  it('a build interrupted while Astro renders in its own process stops that process too, and leaves nothing behind', async () => {
    // Enough articles that rendering takes seconds: a process left running would go on writing pages.
    const many = mkdtempSync(join(tmpdir(), 'dossier-atomic-seeds-'));
    generateCorpus({ count: 100, seed: 'atomic', out: many });
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--seeds', many, '--out', out, '--articles', articles, '--verbose'], { cwd: ROOT, stdio: 'pipe' });
    // Astro's own process prints this line once it renders pages.
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('generating static routes') && resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    // Had Astro's process outlived the build, its next page would create the staging folder again.
    expect(astroProcessesIn(work)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(strays()).toEqual([]);
    expect({ dist: treeHash(out), articles: treeHash(articles) }).toEqual(before);
  }, 120_000);
});
