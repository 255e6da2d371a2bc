import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, userEnv } from './helpers.ts';

describe('npm run dev', () => {
  const seeds = mkdtempSync(join(tmpdir(), 'dossier-dev-seeds-'));
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  // Its own articles folder, so the test leaves the checkout's content/ as it found it.
  const articles = mkdtempSync(join(tmpdir(), 'dossier-dev-articles-'));
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'dev.ts'), '--seeds', seeds, '--articles', articles, '--port', '4391'], { cwd: ROOT, stdio: 'pipe', env: userEnv() });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  afterAll(() => child.kill('SIGTERM'));
  const waitFor = async (pattern: RegExp, ms: number) => {
    const until = Date.now() + ms;
    while (!pattern.test(output)) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  it('re-annotates when a seed is added, and serves the new article', async () => {
    await waitFor(/watching for file changes/, 240_000);
    writeFileSync(join(seeds, 'new.txt'), 'Oman offers to host a fourth round\n\nOman offered on Monday to host another round of talks, officials said.\n');
    await waitFor(/annotate: 3 articles/, 30_000);
    let html = '';
    // Vite may still be optimising dependencies after a change; keep asking for up to 90 s.
    for (let i = 0; i < 180 && !html.includes('Oman offers to host a fourth round'); i++) {
      html = await (await fetch('http://127.0.0.1:4391/')).text();
      if (!html.includes('Oman offers to host a fourth round')) await new Promise((r) => setTimeout(r, 500));
    }
    expect(html).toContain("Oman offers to host a fourth round");
    expect(existsSync(join(articles, '_index', 'entities.json'))).toBe(true);
  }, 420_000);
});
