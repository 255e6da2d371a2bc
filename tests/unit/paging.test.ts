// Long lists are paged: an actor's mentions (50 articles a page) and a
// topic's digest (100 paragraphs a page), page 1 on the actor's or topic's
// own page and the rest on numbered pages, together covering every item once.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { PAGE_SIZE } from '../../src/site/paging.ts';
import { TIMELINE_INLINE } from '../../src/site/timeline.ts';
import { runScript } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'dossier-paging-'));
const dist = join(out, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('paged actor and topic pages', () => {
  let entities: { id: string; articles: number; reviewed: boolean; name: string }[];
  let topics: { id: string; paragraphs: number }[];
  beforeAll(() => {
    const seeds = join(out, 'seeds');
    generateCorpus({ count: 70, seed: 'paging', out: seeds });
    const build = runScript('build.ts', ['--seeds', seeds, '--out', dist, '--articles', join(out, 'articles')]);
    expect(build.code, build.stderr).toBe(0);
    entities = JSON.parse(readFileSync(join(out, 'articles', '_index', 'entities.json'), 'utf8'));
    topics = JSON.parse(readFileSync(join(out, 'articles', '_index', 'topics.json'), 'utf8'));
  }, 240_000);

  it('spreads an actor named in many articles over pages, newest first, each article once', () => {
    const busiest = [...entities].sort((a, b) => b.articles - a.articles)[0]!;
    expect(busiest.articles).toBeGreaterThan(PAGE_SIZE.mentionArticles);
    const first = page(`actors/${busiest.id}`);
    const second = page(`actors/${busiest.id}/mentions/2`);
    expect(count(first, /class="mention-group"/g)).toBe(PAGE_SIZE.mentionArticles);
    expect(count(first, /class="mention-group"/g) + count(second, /class="mention-group"/g)).toBe(busiest.articles);
    expect(existsSync(join(dist, 'actors', busiest.id, 'mentions', '3'))).toBe(busiest.articles > 2 * PAGE_SIZE.mentionArticles);
    expect(first).toContain('href="mentions/2/"');
    expect(second).toContain('rel="prev"');
    const dates = [...first.matchAll(/class="mention-group">.*?<time datetime="([\d-]+)"/gs), ...second.matchAll(/class="mention-group">.*?<time datetime="([\d-]+)"/gs)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('keeps an actor with few articles on one page, with no pager', () => {
    const small = entities.find((e) => e.articles > 0 && e.articles <= PAGE_SIZE.mentionArticles)!;
    expect(page(`actors/${small.id}`)).not.toContain('class="pager"');
    expect(existsSync(join(dist, 'actors', small.id, 'mentions'))).toBe(false);
  });

  it('pages a topic digest that holds more paragraphs than a page', () => {
    for (const topic of topics) {
      const pages = Math.max(1, Math.ceil(topic.paragraphs / PAGE_SIZE.digestParagraphs));
      let shown = count(page(`topics/${topic.id}`).split('class="digest"')[1] ?? '', /<blockquote/g);
      for (let n = 2; n <= pages; n++) shown += count(page(`topics/${topic.id}/digest/${n}`), /<blockquote/g);
      expect(shown, topic.id).toBe(topic.paragraphs);
      expect(existsSync(join(dist, 'topics', topic.id, 'digest', String(pages + 1)))).toBe(false);
    }
    expect(topics.some((t) => t.paragraphs > PAGE_SIZE.digestParagraphs)).toBe(true);
  });

  it('gives names found in the text pages that say they are not yet reviewed, and registry actors pages that do not', () => {
    const found = entities.filter((e) => !e.reviewed && e.articles > 0);
    expect(found.length).toBeGreaterThan(0);
    for (const actor of found.slice(0, 5)) {
      const html = page(`actors/${actor.id}`);
      expect(html, actor.id).toContain('not yet been reviewed by an editor');
      expect(html).toContain('· not yet reviewed</p>');
    }
    const registered = entities.find((e) => e.reviewed && e.articles > 0)!;
    expect(page(`actors/${registered.id}`)).not.toContain('not yet been reviewed');
    // The actor index marks them too.
    expect(page('actors')).toContain('<span class="badge">not yet reviewed</span>');
  });

  it('lists every timeline row on exactly one month (or year) page, and on the overview only when it is short', () => {
    const overview = page('timeline');
    const [, dated, events] = /(\d+) dated articles and (\d+) dated events/.exec(overview)!.map(Number) as [number, number, number];
    const periods = readdirSync(join(dist, 'timeline')).filter((name) => /^\d{4}(?:-\d{2})?$/.test(name));
    const onPeriodPages = periods.reduce((n, p) => n + count(page(`timeline/${p}`), /<li class="event/g), 0);
    expect(onPeriodPages).toBe(dated + events);
    const inline = dated + events <= TIMELINE_INLINE;
    expect(count(overview, /<li class="event/g)).toBe(inline ? dated + events : 0);
    for (const p of periods) expect(overview).toContain(`href="${p}/"`);
    // The anchors the long form had still land: each year and month is an anchor on the index.
    for (const p of periods) expect(overview).toContain(`id="s-${p}"`);
    for (const year of new Set(periods.map((p) => p.slice(0, 4)))) expect(overview).toContain(`id="s-${year}"`);
    expect(inline).toBe(false); // 70 articles make more rows than one page holds; the seeds' e2e test covers the short form
  });

  it('passes axe (WCAG 2.1 A and AA) in light and dark on the pages only a larger briefing has', async () => {
    // The seeds make none of these: further pages of mentions and digests,
    // a page for a name found in the text, and a month of the timeline.
    const busiest = [...entities].sort((a, b) => b.articles - a.articles)[0]!;
    const unreviewed = entities.find((e) => !e.reviewed && e.articles > 0)!;
    const paged = topics.find((t) => t.paragraphs > PAGE_SIZE.digestParagraphs)!;
    const month = readdirSync(join(dist, 'timeline')).find((name) => /^\d{4}-\d{2}$/.test(name))!;
    const paths = [`actors/${busiest.id}/mentions/2`, `topics/${paged.id}/digest/2`, `actors/${unreviewed.id}`, `timeline/${month}`];
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      const tab = await (await browser.newContext()).newPage();
      for (const scheme of ['light', 'dark'] as const) {
        await tab.emulateMedia({ colorScheme: scheme });
        for (const path of paths) {
          // Opened from disk: every link and stylesheet is relative, so the page looks as it does served.
          await tab.goto(pathToFileURL(join(dist, path, 'index.html')).href);
          expect(await tab.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0);
          const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`), `${scheme} ${path}`).toEqual([]);
          expect(results.passes.some((rule) => rule.id === 'color-contrast'), `${scheme} ${path}: contrast was checked`).toBe(true);
        }
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
