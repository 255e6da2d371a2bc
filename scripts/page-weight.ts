// npm run weight: bytes of HTML, CSS and JavaScript each kind of page ships
// (raw and gzip), measured on dist/. Scripts loaded on demand (search) count
// for the page that loads them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DossierError } from '../src/lib/errors.ts';
import { options, runCli } from './lib/cli.ts';
import { DIST_DIR } from './lib/paths.ts';

await runCli(() => {
  const { values } = options({ dist: { type: 'string', default: DIST_DIR } }, 'usage: npm run weight -- [--dist dist]');
  const dist = resolve(values.dist!);
  if (!existsSync(join(dist, 'index.html'))) throw new DossierError('there is no built site to measure', { file: dist, hint: 'run `npm run build` first' });
  const first = (dir: string) => {
    const list = readFileSync(join(dist, 'sitemap.xml'), 'utf8').match(/<loc>[^<]*<\/loc>/g) ?? [];
    const hit = list.map((l) => new URL(l.slice(5, -6)).pathname).find((p) => p.includes(`/${dir}/`) && p.split('/').filter(Boolean).length >= 2);
    return hit ? hit.slice(hit.indexOf(`/${dir}/`)) : `/${dir}/`;
  };
  const pages: [string, string][] = [
    ['home', '/'],
    ['article', first('articles')],
    ['actor', first('actors')],
    ['actor index', '/actors/'],
    ['topic', first('topics')],
    ['timeline', '/timeline/'],
    ['search', '/search/'],
  ];
  const size = (b: Buffer) => [b.length, gzipSync(b).length] as const;
  const kb = ([raw, gz]: readonly [number, number]) => `${(raw / 1024).toFixed(1)} / ${(gz / 1024).toFixed(1)}`;
  console.log('page type     HTML KB (raw / gzip)   CSS KB            JS KB');
  for (const [label, path] of pages) {
    const file = join(dist, path, 'index.html');
    const html = readFileSync(file);
    const text = html.toString();
    const refs = (re: RegExp) => [...text.matchAll(re)].map((m) => resolve(dirname(file), m[1]!)).filter((f) => existsSync(f));
    const css = Buffer.concat(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((f) => readFileSync(f)));
    const js = Buffer.concat(refs(/<script[^>]+src="([^"]+)"/g).map((f) => readFileSync(f)));
    console.log(`${label.padEnd(13)} ${kb(size(html)).padEnd(22)} ${kb(size(css)).padEnd(17)} ${kb(size(js))}`);
  }
  console.log('\nSearch also fetches Pagefind (pagefind.js, its WebAssembly and index chunks) when a query is typed.');
});
