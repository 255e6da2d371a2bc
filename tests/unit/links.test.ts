// Link integrity of the whole built site, checked with linkinator over HTTP
// (recursively, fragments included, external hosts skipped), once at the root
// and once under a sub-folder base path, as a static host would serve it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './helpers.ts';

type Site = { url: string; server: ChildProcess };

async function serve(dir: string, base: string, port: number): Promise<Site> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--dir', dir, '--base', base, '--port', String(port)], { stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${base}`, server };
}

async function brokenLinks(url: string): Promise<string[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: url,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (link) => !link.startsWith('http://127.0.0.1'),
    concurrency: 8,
  });
  expect(result.links.length).toBeGreaterThan(50);
  return result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (on ${l.parent}): ${l.status}`);
}

for (const base of ['/', '/briefing/']) {
  describe(`the built site served at ${base}`, () => {
    let site: Site;
    const out = mkdtempSync(join(tmpdir(), 'dossier-links-'));
    beforeAll(async () => {
      const build = runScript('build.ts', ['--out', join(out, 'dist'), '--articles', join(out, 'articles'), '--base', base, '--site', 'https://example.org']);
      expect(build.stderr).toBe('');
      site = await serve(join(out, 'dist'), base, base === '/' ? 4611 : 4612);
    }, 120_000);
    afterAll(() => site?.server.kill());

    it('has no broken internal link or anchor', async () => {
      expect(await brokenLinks(site.url)).toEqual([]);
    }, 120_000);

    it('is sent compressed where a host would compress it, and Pagefind\'s own files as they are', async () => {
      const { gunzipSync } = await import('node:zlib');
      const { request } = await import('node:http');
      const raw = (path: string) =>
        new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
          request(`${site.url}${path}`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          }).on('error', reject).end();
        });
      const page = await raw('');
      expect(page.encoding).toBe('gzip');
      expect(gunzipSync(page.body).toString('utf8')).toBe(readFileSync(join(out, 'dist', 'index.html'), 'utf8'));
      const wasm = await raw('pagefind/wasm.en.pagefind');
      expect(wasm.encoding).toBeUndefined();
      expect(wasm.body.equals(readFileSync(join(out, 'dist', 'pagefind', 'wasm.en.pagefind')))).toBe(true);
    });
  });
}
