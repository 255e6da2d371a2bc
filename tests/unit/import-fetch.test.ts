import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError } from '../../src/lib/errors.ts';
import { emptySeeds, fixture, importInto, manifest, runAdd, seed } from '../fixtures/import/helpers.ts';
import { treeHash } from './helpers.ts';

const FERRY = readFileSync(fixture('opengraph-only.html'), 'utf8');
/** The ferry page with no address of its own but a relative canonical link. */
const RELATIVE_CANONICAL = FERRY.replace(/<meta property="og:url"[^>]*>/, '<link rel="canonical" href="/news/ferry-timetables?utm_source=x">');
/** The ferry page with no address of its own at all. */
const NO_URL = FERRY.replace(/<meta property="og:url"[^>]*>/, '');
const MB = 1024 * 1024;

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    switch (path) {
      case '/news/ferry':
        return html(FERRY);
      case '/old-address':
        res.writeHead(301, { location: '/relative-canonical' });
        return res.end();
      case '/relative-canonical':
        return html(RELATIVE_CANONICAL);
      case '/no-url?utm_source=newsletter':
        return html(NO_URL);
      case '/latin1': {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        // "café" and curly quotes in windows-1252, as an older CMS would send them.
        const page = NO_URL.replace('The harbour authority said', 'The caf\u00e9 owner said').replace(/[’“”]/g, (c) => ({ '’': "'", '“': '"', '”': '"' })[c]!);
        return res.end(Buffer.from(page.replace(/—|·|©|→/g, '-'), 'latin1'));
      }
      case '/slow':
        return; // never answers; the client must give up
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.write('<!doctype html><html><body><p>The start of a page that never ends');
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 8 * MB) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        return pump();
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * MB) });
        return res.write('<html>');
      case '/photo':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      case '/report':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.7\n');
      case '/untyped-png':
        res.writeHead(200);
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error.format();
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('importing from a URL', () => {
  it('fetches the page and imports it like a saved one', async () => {
    const seeds = emptySeeds();
    const result = await importInto(seeds, `${base}/news/ferry`);
    expect(result).toMatchObject({ status: 'added', entry: { publisher: 'The Harbour Courier', published: '2025-02-11' } });
    // The page's own og:url is the article's address, not the one it was fetched from.
    expect(manifest(seeds)[0]).toMatchObject({ url: 'https://harbourcourier.example/news/2025/02/11/ferry-timetables' });
  });

  it('a URL already in sources.yaml is skipped without downloading it again', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, `${base}/no-url?utm_source=newsletter`);
    expect(manifest(seeds)[0]).toMatchObject({ url: `${base}/no-url` });
    const before = { tree: treeHash(seeds), hits: hits.get('/no-url?utm_source=newsletter') };
    expect(await importInto(seeds, `${base}/no-url?utm_source=newsletter`)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/\(same URL\)$/) });
    expect({ tree: treeHash(seeds), hits: hits.get('/no-url?utm_source=newsletter') }).toEqual(before);
  });

  it('follows redirects and resolves a relative canonical link against the final address', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, `${base}/old-address`);
    expect(manifest(seeds)[0]).toMatchObject({ url: `${base}/news/ferry-timetables` });
  });

  it('decodes the charset the server declares', async () => {
    const seeds = emptySeeds();
    const result = await importInto(seeds, `${base}/latin1`);
    expect(result.status === 'added' && seed(seeds, result.entry.file)).toContain('The café owner said it would review');
  });

  it('from the command line, with --timeout', async () => {
    const seeds = emptySeeds();
    const run = await runAdd(['--seeds', seeds, '--timeout', '5', `${base}/news/ferry`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^added {3}\S*2025-02-11-ferry-operators-agree-to-share-timetables-after-winter-of-cancellations\.txt {2}← http:\/\/127\.0\.0\.1:\d+\/news\/ferry$/m);
  });
});

describe('a URL that cannot be imported gets a clear error naming it, and nothing is written', () => {
  const cases: [string, string, RegExp][] = [
    ['no answer within the timeout', '/slow', /^http:\/\/127\.0\.0\.1:\d+\/slow: no complete answer within 0\.3 s\n {2}fix: .*--timeout/],
    ['a body that stops arriving', '/slow-body', /\/slow-body: no complete answer within 0\.3 s/],
    ['a response over 5 MB, cut off while streaming', '/huge', /\/huge: the page is larger than 5 MB/],
    ['a response that declares more than 5 MB', '/huge-declared', /\/huge-declared: the page is larger than 5 MB/],
    ['an image', '/photo', /\/photo: is image\/png, not a web page\n {2}fix: give the address of the article’s web page/],
    ['a PDF', '/report', /\/report: is application\/pdf, not a web page/],
    ['an untyped answer that is really a PNG', '/untyped-png', /\/untyped-png: the server sent a PNG image, not a web page/],
    ['an HTTP error', '/gone', /\/gone: the server answered 404 Not Found\n {2}fix: check the address/],
  ];
  for (const [what, path, message] of cases) {
    it(what, async () => {
      const seeds = emptySeeds();
      const before = treeHash(seeds);
      const started = Date.now();
      expect(await refusal(importInto(seeds, `${base}${path}`, { timeoutMs: 300 }))).toMatch(message);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(treeHash(seeds)).toBe(before);
    });
  }

  it('a host name that cannot be looked up (.invalid never resolves; with no network the lookup fails the same way)', async () => {
    const seeds = emptySeeds();
    const message = await refusal(importInto(seeds, 'https://news.example.invalid/story'));
    expect(message).toMatch(/^https:\/\/news\.example\.invalid\/story: could not look up news\.example\.invalid \(no such host, or no network\)\n {2}fix: /);
    expect(readdirSync(seeds)).toEqual([]);
  }, 30_000);

  it('a host that cannot be reached (a closed port on 127.0.0.1)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const seeds = emptySeeds();
    expect(await refusal(importInto(seeds, `http://127.0.0.1:${port}/news`))).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${port}/news: 127\\.0\\.0\\.1:${port} refused the connection\\n {2}fix: check the address and your network connection; to import offline, save the page`),
    );
  });
});
