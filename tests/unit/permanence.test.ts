// Citable and permanent: two builds of the same input are byte-identical, and
// URLs recorded from one build keep answering, with the same content, after
// articles are added (one with a headline that is already taken), an entity
// and a topic are renamed and an article's slug is changed (with the old ones kept).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, treeHash } from './helpers.ts';

function build(seeds: string, entities: string, into: string, extra: string[] = [], env: Record<string, string> = {}) {
  const run = runScript('build.ts', ['--seeds', seeds, '--entities', entities, '--topics', join(dirname(entities), 'topics'), '--out', join(into, 'dist'), '--articles', join(into, 'articles'), ...extra], env);
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  return join(into, 'dist');
}

function pages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.push(`/${relative(dist, dir).split(sep).join('/')}${dir === dist ? '' : '/'}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** Every published file that is not a page: feeds, data, maps (hashed assets and search chunks excepted, as their names change by design). */
function files(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const url = `/${relative(dist, path).split(sep).join('/')}`;
      if (statSync(path).isDirectory()) {
        if (!['/_astro', '/pagefind'].includes(url)) walk(path);
      } else if (/\.(?:xml|json|txt)$/.test(name)) out.push(url);
    }
  };
  walk(dist);
  return out.sort();
}

/** What a reader gets at a URL: follows a meta-refresh redirect, as a browser would. */
function open(dist: string, path: string, hops = 0): { path: string; document: Document } | null {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return null;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  if (refresh && hops < 3) {
    const target = new URL(refresh.replace(/^\d+;\s*url=/i, ''), `http://x${path}`).pathname;
    return open(dist, target, hops + 1);
  }
  return { path, document };
}

const OLD_SLUG = 'irans-khamenei-opens-door-to-direct-talks-with-the-us-f686';
const NEW_SLUG = 'khamenei-opens-door-to-talks-with-us';

describe('URLs are permanent', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-permanence-'));
  const seeds = join(work, 'seeds');
  const entities = join(work, 'entities');
  const topics = join(work, 'topics');
  let before: string;
  let again: string;
  let after: string;

  beforeAll(() => {
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    cpSync(join(ROOT, 'content', 'entities'), entities, { recursive: true });
    cpSync(join(ROOT, 'content', 'topics'), topics, { recursive: true });
    before = build(seeds, entities, join(work, 'one'));
    // Without the annotation cache, in another time zone and locale: nothing may depend on them.
    again = build(seeds, entities, join(work, 'two'), ['--fresh'], { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });

    // Add two articles, one with a headline that an existing article has.
    writeFileSync(join(seeds, 'zz-same-headline.txt'), 'Iran’s supreme leader rules out direct talks with US\n\nA later, different report under the same headline, about talks in Oman.\n\nIt has a second paragraph of its own.\n');
    writeFileSync(join(seeds, 'aa-new.txt'), 'Oman offers to host a fourth round\n\nOman offered on Monday to host another round of talks, officials said.\n');
    // Rename an entity, keeping its old id as a former id.
    const file = readdirSync(entities).find((n) => readFileSync(join(entities, n), 'utf8').includes('- id: abbas-araghchi\n'))!;
    const yaml = readFileSync(join(entities, file), 'utf8').replace('- id: abbas-araghchi\n', '- id: seyed-abbas-araghchi\n  former_ids: [abbas-araghchi]\n');
    writeFileSync(join(entities, file), yaml);
    // Rename a topic the same way.
    const topicFile = join(topics, 'topics.yaml');
    writeFileSync(topicFile, readFileSync(topicFile, 'utf8').replace('- id: jcpoa-snapback\n', '- id: nuclear-deal-and-snapback\n  former_ids: [jcpoa-snapback]\n'));
    // Change an article's slug, keeping the old one as a former slug.
    const manifest = readFileSync(join(seeds, 'sources.yaml'), 'utf8');
    writeFileSync(join(seeds, 'sources.yaml'), manifest.replace('- file: 000_863d58638e17f776.txt\n', `- file: 000_863d58638e17f776.txt\n  slug: ${NEW_SLUG}\n  former_slugs: [${OLD_SLUG}]\n`));
    after = build(seeds, entities, join(work, 'three'));
  }, 240_000);

  it('two builds of the same inputs give byte-identical sites, cached or not, whatever the time zone and locale', () => {
    expect(treeHash(again)).toBe(treeHash(before));
  });

  it('every recorded URL still answers, directly or by redirect, with the same page, and every anchor lands', () => {
    const recorded = pages(before);
    expect(recorded.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const path of recorded) {
      const was = open(before, path)!;
      const now = open(after, path);
      if (!now) {
        problems.push(`${path}: gone`);
        continue;
      }
      const title = (d: Document) => d.querySelector('h1')?.textContent?.trim();
      if (title(now.document) !== title(was.document)) problems.push(`${path}: was "${title(was.document)}", now "${title(now.document)}"`);
      for (const p of was.document.querySelectorAll('p[id^="p-"]')) {
        const there = now.document.getElementById(p.id);
        if (!there) problems.push(`${path}#${p.id}: anchor gone`);
        else if (there.textContent !== p.textContent) problems.push(`${path}#${p.id}: different paragraph`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every recorded feed, data file and map still answers at its address, and an article’s data under a former slug is the article’s', () => {
    const recorded = files(before);
    expect(recorded).toEqual(expect.arrayContaining(['/feed.xml', '/sitemap.xml', '/robots.txt', '/data/entities.json', '/actors/abbas-araghchi/feed.xml', `/data/articles/${OLD_SLUG}.json`]));
    expect(recorded.filter((f) => !existsSync(join(after, f)))).toEqual([]);
    expect(readFileSync(join(after, 'data', 'articles', `${OLD_SLUG}.json`), 'utf8')).toBe(readFileSync(join(after, 'data', 'articles', `${NEW_SLUG}.json`), 'utf8'));
    expect(readFileSync(join(after, 'actors', 'abbas-araghchi', 'feed.xml'), 'utf8')).toBe(readFileSync(join(after, 'actors', 'seyed-abbas-araghchi', 'feed.xml'), 'utf8'));
    expect(recorded).toContain('/topics/jcpoa-snapback/feed.xml');
    expect(readFileSync(join(after, 'topics', 'jcpoa-snapback', 'feed.xml'), 'utf8')).toBe(readFileSync(join(after, 'topics', 'nuclear-deal-and-snapback', 'feed.xml'), 'utf8'));
  });

  it('the renamed topic’s old URL redirects to the new one, and the new page carries the same paragraphs', () => {
    const { document } = parseHTML(readFileSync(join(after, 'topics', 'jcpoa-snapback', 'index.html'), 'utf8'));
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=../nuclear-deal-and-snapback/');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://dossier.example.org/topics/nuclear-deal-and-snapback/');
    const quotes = (html: string) => [...parseHTML(html).document.querySelectorAll('.digest blockquote')].map((q) => q.textContent);
    const was = quotes(readFileSync(join(before, 'topics', 'jcpoa-snapback', 'index.html'), 'utf8'));
    expect(was.length).toBeGreaterThan(0);
    expect(quotes(readFileSync(join(after, 'topics', 'nuclear-deal-and-snapback', 'index.html'), 'utf8'))).toEqual(expect.arrayContaining(was));
    expect(readFileSync(join(after, 'sitemap.xml'), 'utf8')).not.toContain('/topics/jcpoa-snapback/');
  });

  it('an article’s former slug redirects, its citation page too, and its paragraphs are where they were', () => {
    expect(open(after, `/articles/${OLD_SLUG}/`)?.path).toBe(`/articles/${NEW_SLUG}/`);
    const cite = open(after, `/articles/${OLD_SLUG}/cite/`);
    expect(cite?.path).toBe(`/articles/${NEW_SLUG}/cite/`);
    const was = open(before, `/articles/${OLD_SLUG}/cite/`)!.document;
    for (const li of was.querySelectorAll('li[id^="cite-p-"]')) {
      expect(cite!.document.getElementById(li.id)?.querySelector('blockquote')?.textContent).toBe(li.querySelector('blockquote')?.textContent);
    }
  });

  it('the renamed entity’s old URL redirects to the new one, with a canonical link', () => {
    const html = readFileSync(join(after, 'actors', 'abbas-araghchi', 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=../seyed-abbas-araghchi/');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://dossier.example.org/actors/seyed-abbas-araghchi/');
  });

  it('the article with a taken headline gets its own URL; the first keeps its own', () => {
    const slugs = readdirSync(join(after, 'articles')).filter((s) => s.startsWith('irans-supreme-leader-rules-out-direct-talks-with-us-'));
    expect(slugs.sort()).toEqual(['irans-supreme-leader-rules-out-direct-talks-with-us-8a58', expect.stringMatching(/^irans-supreme-leader-rules-out-direct-talks-with-us-[0-9a-f]{4}$/)].sort());
  });

  it('publishes a sitemap, robots.txt and Atom feeds for all articles, actors and topics', () => {
    const sitemap = readFileSync(join(after, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>https://dossier.example.org/articles/${NEW_SLUG}/</loc>`);
    // A former address is a redirect, not a page of its own to crawl.
    expect(sitemap).not.toContain(`/articles/${OLD_SLUG}/`);
    expect(sitemap).not.toContain('/actors/abbas-araghchi/');
    expect(readFileSync(join(after, 'robots.txt'), 'utf8')).toContain('Sitemap: https://dossier.example.org/sitemap.xml');
    const feed = readFileSync(join(after, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed.match(/<entry>/g)).toHaveLength(4);
    expect(readFileSync(join(after, 'actors', 'ali-khamenei', 'feed.xml'), 'utf8')).toContain('Iran’s Khamenei Opens Door to Direct Talks With the US');
    expect(existsSync(join(after, 'topics', 'nuclear-deal-and-snapback', 'feed.xml'))).toBe(true);
  });
});
