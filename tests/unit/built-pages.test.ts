// The pass over the built pages: links made relative (as path.posix.relative
// would make them) and checked, with the same outcome on one thread or several.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishPages, passPages } from '../../src/integrations/built-pages.ts';
import { relativePath, relativeUrl } from '../../src/integrations/relative-links.ts';

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

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

  it('makes internal links relative to each page, leaving the 404 page and public addresses absolute', async () => {
    const root = site({ ...pages, 'pic.png': 'x' });
    await passPages(root, '/sub/');
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<link rel="canonical" href="/sub/"><a href="a/">A</a> <a href="a/#p-1">one</a> <a href="gone/">gone</a> <a href="https://example.org/x">ext</a>');
    expect(readFileSync(join(root, 'a/index.html'), 'utf8')).toBe('<p id="p-1">one</p><a href="../#top">up</a> <a href="../b/c/?x=1&amp;y=2">c</a> <img src="../pic.png">');
    expect(readFileSync(join(root, 'b/c/index.html'), 'utf8')).toBe('<h2 id="top">c</h2><a href="../../a/#p-9">nine</a> <a href="#top">here</a> <form action="../../a/"></form>');
    expect(readFileSync(join(root, '404.html'), 'utf8')).toBe(pages['404.html']);
  });

  it('names each broken link with its page, in the order of the pages and of their links', async () => {
    const root = site(pages);
    const { problems, pages: count, rewritten } = await passPages(root, '/sub/');
    expect({ count, rewritten }).toEqual({ count: 4, rewritten: 3 });
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
    await expect(finishPages(site(pages), '/sub/')).rejects.toThrow(/^5 broken internal links in the built site:\n {2}/);
  });

  it('gives the same pages and the same problems whether one thread does it or three', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`p/${i}/index.html`] = `<p id="x${i}">${i}</p><a href="/p/${(i + 1) % 30}/#x${(i + 1) % 30}">next</a> <a href="/p/${i}/#y">own</a> <a href="/q/${i}/">q</a>`;
    const one = site(many);
    const three = site(many);
    const a = await passPages(one, '/', { threads: 1 });
    const b = await passPages(three, '/', { threads: 3 });
    expect(b).toEqual(a);
    expect(a.problems).toHaveLength(60);
    for (const page of Object.keys(many)) expect(readFileSync(join(three, page), 'utf8')).toBe(readFileSync(join(one, page), 'utf8'));
    expect(readFileSync(join(one, 'p/3/index.html'), 'utf8')).toBe('<p id="x3">3</p><a href="../4/#x4">next</a> <a href="./#y">own</a> <a href="../../q/3/">q</a>');
  });
});
