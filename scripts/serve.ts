// npm run preview / npm start: serves dist/ on 127.0.0.1 with no network needed.
// A small static server of our own, so that the headers in public/_headers can
// be applied exactly as a static host would (see docs/hosting.md).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { basePath } from '../src/lib/base-path.ts';
import { DossierError } from '../src/lib/errors.ts';
import { options, runCli } from './lib/cli.ts';
import { DIST_DIR } from './lib/paths.ts';
import { headersFor, readHeaders } from './lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

await runCli(() => {
  const { values } = options(
    { port: { type: 'string', default: process.env.PORT ?? '4321' }, base: { type: 'string', default: process.env.DOSSIER_BASE ?? '/' }, dir: { type: 'string', default: DIST_DIR } },
    'usage: npm run preview -- [--port 4321] [--base /sub/]',
  );
  const root = values.dir!;
  if (!existsSync(join(root, 'index.html'))) {
    throw new DossierError('there is no built site to serve', { file: root, hint: 'run `npm run build` first' });
  }
  const base = basePath(values.base!);
  const rules = readHeaders(join(root, '_headers'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = headersFor(rules, `/${path.slice(base.length)}`);
    if (!path.startsWith(base)) return send(req, res, 404, join(root, '404.html'), extra);
    const relative = normalize(path.slice(base.length)).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) && file !== root) return send(req, res, 404, join(root, '404.html'), extra);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send(req, res, 404, join(root, '404.html'), extra);
    send(req, res, 200, file, extra);
  });
  // Resolves once listening or rejects, so that a taken port is a plain error
  // and not a stack trace; port 0 picks a free one, and the line says which.
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new DossierError(`port ${values.port} is already in use`, { hint: 'stop the other server or pass --port with another number (0 picks a free one)' })
          : error,
      ),
    );
    server.listen(Number(values.port), '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      console.log(`Serving ${root === DIST_DIR ? 'dist/' : root} at http://127.0.0.1:${port}${base} (Ctrl-C to stop)`);
      resolve();
    });
  });
});

/** Text compresses; Pagefind's own files (.pf_*, .pagefind) and images already are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);
const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, extra: Record<string, string> = {}): void {
  let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
  // A local preview should show edits at once, whatever the host's cache policy says.
  const headers: Record<string, string> = { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  // Compressed as any static host would, so that the bytes a page costs here are the bytes it costs there.
  if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 1024) {
    const mtimeMs = statSync(file).mtimeMs;
    let entry = compressed.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) compressed.set(file, (entry = { mtimeMs, body: gzipSync(body) }));
    body = entry.body;
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  res.writeHead(status, headers);
  res.end(body);
}
