// The pass over the built pages: links made relative (as path.posix.relative
// would make them) and checked, with the same outcome whether a page is handed
// over as Astro writes it or read from disk at the end.
import fc from 'fast-check';
import fs, { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamPages } from '../../src/integrations/page-stream.ts';
import { relativePath, relativeUrl } from '../../src/integrations/relative-links.ts';
import { citeParagraphsHtml, deferCiteParagraphs, type CiteParagraphs } from '../../src/site/cite-paragraphs.ts';

/**
 * A site built as Astro builds one: pages for which `handed(path)` holds are
 * written with fs.promises.writeFile while the pass runs, as Astro writes
 * them (Buffers, or strings as its redirect pages are); the others are on disk
 * already. Returns the site's folder and what the pass's end gave: its counts,
 * or the error it threw.
 */
async function build(pages: Record<string, string>, base: string, handed: (path: string) => boolean) {
  const root = mkdtempSync(join(tmpdir(), 'dossier-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (!handed(path)) writeFileSync(join(root, path), html);
  }
  const stream = streamPages(root, base);
  let n = 0;
  await Promise.all(Object.entries(pages).filter(([path]) => handed(path)).map(([path, html]) => fs.promises.writeFile(join(root, path), n++ % 2 ? html : Buffer.from(html))));
  const result = await stream.finish().then(
    (counts) => ({ counts, error: null }),
    (error: Error) => ({ counts: null, error: error.message }),
  );
  return { root, ...result };
}
const read = (root: string, page: string) => readFileSync(join(root, page), 'utf8');

describe('a relative path between two folders of the site', () => {
  it('is the one path.posix.relative gives, for any folder and target', () => {
    const name = fc.constantFrom('a', 'b', 'articles', 'x-1', '.', '..', '');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'articles', 'x-1'), { maxLength: 4 }), fc.array(name, { maxLength: 5 }), (from, target) => {
        const fromDir = `/${from.join('/')}`;
        const to = target.join('/');
        expect(relativePath(fromDir, to)).toBe(posix.relative(fromDir, posix.join('/', to)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the query, the fragment and the folder slash of a URL under the base path', () => {
    expect(relativeUrl('/sub/actors/x/?q=1#m-2', '/articles/a', '/sub/', '<a href="')).toBe('../../actors/x/?q=1#m-2');
    expect(relativeUrl('/sub/', '/articles/a', '/sub/', '<a href="')).toBe('../../');
    expect(relativeUrl('/sub/articles/a/#p-1', '/articles/a', '/sub/', '<a href="')).toBe('./#p-1');
    expect(relativeUrl('/sub/scripts/site.js', '/', '/sub/', '<script src="')).toBe('scripts/site.js');
    expect(relativeUrl('/elsewhere/', '/', '/sub/', '<a href="')).toBe('/elsewhere/');
    expect(relativeUrl('/sub/a/', '/', '/sub/', '<link rel="canonical" href="')).toBe('/sub/a/');
  });
});

describe('the pass over the built pages', () => {
  const pages = {
    'index.html': '<link rel="canonical" href="/sub/"><a href="/sub/a/">A</a> <a href="/sub/a/#p-1">one</a> <a href="/sub/gone/">gone</a> <a href="https://example.org/x">ext</a>',
    'a/index.html': '<p id="p-1">one</p><a href="/sub/#top">up</a> <a href="/sub/b/c/?x=1&amp;y=2">c</a> <img src="/sub/pic.png">',
    'b/c/index.html': '<h2 id="top">c</h2><a href="/sub/a/#p-9">nine</a> <a href="#top">here</a> <form action="/sub/a/"></form>',
    '404.html': '<a href="/sub/a/">A</a> <a href="/elsewhere/">out</a>',
  };
  const handedSome = (path: string) => path !== 'b/c/index.html';

  it('makes internal links relative to each page, leaving the 404 page and public addresses absolute', async () => {
    const { root } = await build({ ...pages, 'pic.png': 'x' }, '/sub/', handedSome);
    expect(read(root, 'index.html')).toBe('<link rel="canonical" href="/sub/"><a href="a/">A</a> <a href="a/#p-1">one</a> <a href="gone/">gone</a> <a href="https://example.org/x">ext</a>');
    expect(read(root, 'a/index.html')).toBe('<p id="p-1">one</p><a href="../#top">up</a> <a href="../b/c/?x=1&amp;y=2">c</a> <img src="../pic.png">');
    expect(read(root, 'b/c/index.html')).toBe('<h2 id="top">c</h2><a href="../../a/#p-9">nine</a> <a href="#top">here</a> <form action="../../a/"></form>');
    expect(read(root, '404.html')).toBe(pages['404.html']);
    // Anything but a page under the site's folder is written as it was given.
    writeFileSync(join(root, 'data.json'), '');
    const stream = streamPages(root, '/sub/');
    await fs.promises.writeFile(join(root, 'data.json'), '{"href":"/sub/a/"}');
    await stream.close();
    expect(read(root, 'data.json')).toBe('{"href":"/sub/a/"}');
  });

  it('names each broken link with its page, in the order of the pages and of their links', async () => {
    const { counts, error } = await build(pages, '/sub/', handedSome);
    expect(counts).toBeNull();
    const lines = error!.split('\n');
    expect(lines[0]).toBe('5 broken internal links in the built site:');
    const problems = lines.slice(1).map((l) => l.trim());
    expect(problems.toSorted()).toEqual([
      '404.html: links to "/elsewhere/", outside the site\'s base path /sub/',
      'a/index.html: links to "../#top", but that page has no element with id "top"',
      'a/index.html: links to "../pic.png", which does not exist',
      'b/c/index.html: links to "../../a/#p-9", but that page has no element with id "p-9"',
      'index.html: links to "gone/", which does not exist',
    ]);
    // Within a page, the links come in the page's order: the anchor found missing later stays in its place.
    const ofIndex = problems.filter((p) => p.startsWith('a/index.html'));
    expect(ofIndex).toEqual(['a/index.html: links to "../#top", but that page has no element with id "top"', 'a/index.html: links to "../pic.png", which does not exist']);
  });

  it('gives the same pages and the same problems whether pages are handed over as written or read at the end', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`p/${i}/index.html`] = `<p id="x${i}">${i}</p><a href="/p/${(i + 1) % 30}/#x${(i + 1) % 30}">next</a> <a href="/p/${i}/#y">own</a> <a href="/q/${i}/">q</a>`;
    const all = await build(many, '/', () => true);
    const none = await build(many, '/', () => false);
    const mixed = await build(many, '/', (path) => path.length % 2 === 0);
    expect(all.error).toMatch(/^60 broken internal links in the built site:\n {2}p\/0\/index.html: links to "\.\/#y"/);
    for (const other of [none, mixed]) {
      expect(other.error).toBe(all.error);
      for (const page of Object.keys(many)) expect(read(other.root, page)).toBe(read(all.root, page));
    }
    expect(read(all.root, 'p/3/index.html')).toBe('<p id="x3">3</p><a href="../4/#x4">next</a> <a href="./#y">own</a> <a href="../../q/3/">q</a>');
  });

  it('finds the same target, and the same broken links, for a link written from the root on pages at any depth', async () => {
    const links = '<a href="/x/y/#here">ok</a> <a href="/x/y/#gone">no id</a> <a href="/x/z/">no page</a> <a href="/x/y/">ok</a>';
    const { error } = await build({ 'index.html': links, 'x/index.html': links, 'x/y/index.html': `<p id="here">${links}</p>`, 'x/y/w/index.html': links }, '/', (path) => path !== 'x/index.html');
    expect(error!.split('\n').slice(1).map((l) => l.trim())).toEqual([
      'index.html: links to "x/y/#gone", but that page has no element with id "gone"',
      'index.html: links to "x/z/", which does not exist',
      'x/index.html: links to "y/#gone", but that page has no element with id "gone"',
      'x/index.html: links to "z/", which does not exist',
      'x/y/index.html: links to "./#gone", but that page has no element with id "gone"',
      'x/y/index.html: links to "../z/", which does not exist',
      'x/y/w/index.html: links to "../#gone", but that page has no element with id "gone"',
      'x/y/w/index.html: links to "../../z/", which does not exist',
    ]);
  });

  it('counts the pages, those it rewrote and those handed over, and gives fs back its own writeFile', async () => {
    const writeFile = fs.promises.writeFile;
    const ok = { 'index.html': '<a href="/a/">A</a>', 'a/index.html': '<a href="#top" id="top">top</a>', '404.html': '<a href="/">home</a>' };
    const { counts, error } = await build(ok, '/', (path) => path !== 'index.html');
    expect(error).toBeNull();
    expect(counts).toEqual({ pages: 3, rewritten: 1, streamed: 2 });
    expect(fs.promises.writeFile).toBe(writeFile);
  });

  it('fails the build when it could not write a page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-site-'));
    const stream = streamPages(root, '/');
    // Astro creates a page's folder before writing it; without one the write must fail as the disk would.
    await fs.promises.writeFile(join(root, 'missing', 'index.html'), '<p>x</p>');
    await expect(stream.finish()).rejects.toThrow(/ENOENT/);
  });

  it("fills in a cite page's deferred list, handed over or read at the end, and checks the links in it", async () => {
    const list = (href: string): CiteParagraphs => ({ href, paragraphs: [{ id: 'p-1', text: 'One.' }, { id: 'p-2', text: 'Two.' }], template: { apa: 'A, para. 987654321', mla: 'M', chicago: 'C', bibtex: 'B', ris: 'R' } });
    const site = {
      'a/index.html': '<p id="p-1">One.</p><p id="p-2">Two.</p>',
      'a/cite/index.html': `<h1>Cite</h1>${deferCiteParagraphs(list('/a/'))}`,
      'b/cite/index.html': `<h1>Cite</h1>${deferCiteParagraphs(list('/b/'))}`,
    };
    for (const handed of [() => true, () => false]) {
      const { root, error } = await build(site, '/', handed);
      const filled = read(root, 'a/cite/index.html');
      // Links made relative; a blockquote's cite attribute is not a link, and stays as written.
      expect(filled).toBe(`<h1>Cite</h1>${citeParagraphsHtml(list('/a/')).replaceAll('<a href="/a/#', '<a href="../#')}`);
      expect(filled).toContain('<pre id="cite-p-2-apa" class="cite-text" aria-labelledby="cite-p-2-apa-label" tabindex="0">A, para. 2</pre>');
      expect(error!.split('\n').slice(1).map((l) => l.trim())).toEqual(['b/cite/index.html: links to "../#p-1", which does not exist', 'b/cite/index.html: links to "../#p-2", which does not exist']);
    }
  });

  it('takes more pages at once than it queues, and writes every one', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) many[`p/${i}/index.html`] = `<p id="x">${i}</p><a href="/p/${(i + 1) % 300}/#x">next</a>`;
    const { counts, error, root } = await build(many, '/', () => true);
    expect(error).toBeNull();
    expect(counts).toEqual({ pages: 300, rewritten: 300, streamed: 300 });
    expect(read(root, 'p/299/index.html')).toBe('<p id="x">299</p><a href="../0/#x">next</a>');
  });
});
