// Link integrity of the whole built site, checked with linkinator over HTTP
// (recursively, fragments included, external hosts skipped), once at the root
// and once under a sub-folder base path, as a static host would serve it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './helpers.ts';

type Site = { url: string; server: ChildProcess };

/** Serves on a free port (--port 0) and reads the address the server prints. */
async function serve(dir: string, base: string): Promise<Site> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--dir', dir, '--base', base, '--port', '0'], { stdio: 'pipe' });
  const url = await new Promise<string>((resolve, reject) => {
    let said = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const address = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(said);
      if (address) resolve(address[1]!);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${said}`)));
  });
  return { url, server };
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
      site = await serve(join(out, 'dist'), base);
    }, 120_000);
    afterAll(() => site?.server.kill());

    it('is served where the server said, and a second server on that port gets a plain error', () => {
      expect(site.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}$`));
      const port = new URL(site.url).port;
      const second = spawnSync(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--dir', join(out, 'dist'), '--port', port], { encoding: 'utf8', timeout: 20_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`port ${port} is already in use`);
      expect(second.stderr).not.toMatch(/\n\s+at /);
    }, 30_000);

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
