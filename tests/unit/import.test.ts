import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { emptySeeds, fixture, importInto, manifest, seed } from '../fixtures/import/helpers.ts';
import { runScript } from './helpers.ts';

/** Imports one fixture page into a fresh folder; returns the folder and the result. */
async function imported(name: string, options: Parameters<typeof importInto>[2] = {}) {
  const seeds = emptySeeds();
  const result = await importInto(seeds, fixture(name), options);
  if (result.status !== 'added') throw new Error(`expected ${name} to be added, got ${JSON.stringify(result)}`);
  return { seeds, result, text: seed(seeds, result.entry.file), entries: manifest(seeds) };
}

describe('saved pages become clean seeds with the page’s own metadata', () => {
  it('OpenGraph and article:* only; cookie banner, navigation, newsletter box and related stories left out', async () => {
    const { text, entries, result } = await imported('opengraph-only.html');
    expect(result.entry.file).toBe('2025-02-11-ferry-operators-agree-to-share-timetables-after-winter-of-cancellations.txt');
    expect(text.startsWith(
      'Ferry operators agree to share timetables after winter of cancellations\n\n' +
        'A joint schedule will start in April, the first since the island routes were split between three companies\n\n' +
        'Three ferry companies serving the northern islands have agreed to publish a single shared timetable from April, ending a winter in which passengers often learned of cancellations only at the quay.\n\n' +
        'The agreement, signed on Tuesday at the harbour authority’s offices, commits the operators to post changes at least six hours before a sailing unless the weather turns suddenly.\n\n' +
        '“People were booking one crossing',
    )).toBe(true);
    expect(text.endsWith('The harbour authority said it would review the arrangement in the autumn, after the busiest months of the year.\n')).toBe(true);
    expect(text).not.toMatch(/cookies|Sign up|Related stories|Storm closes|The Harbour Courier|©|\nShare|\nNews\n|\nIslands\n|Tomas Reid/);
    expect(entries).toEqual([
      {
        file: '2025-02-11-ferry-operators-agree-to-share-timetables-after-winter-of-cancellations.txt',
        publisher: 'The Harbour Courier',
        url: 'https://harbourcourier.example/news/2025/02/11/ferry-timetables',
        published: '2025-02-11',
        author: 'Tomas Reid',
      },
    ]);
  });

  it('JSON-LD only: an @graph with author and publisher given by @id, two authors, a date read as written', async () => {
    const { text, entries } = await imported('json-ld-only.html');
    expect(text.split('\n\n').slice(0, 3)).toEqual([
      'Library to open on Sundays from June',
      'The council found the money by closing two little-used branches on weekday mornings.',
      'Northfield’s central library will open on Sunday afternoons from the first weekend of June, the town council said on Tuesday, after a two-year campaign by parents and students.',
    ]);
    expect(text).not.toMatch(/Advertisement|Most read|cookies|Obituaries|Mill Street/);
    expect(entries).toEqual([
      {
        file: '2025-05-06-library-to-open-on-sundays-from-june.txt',
        publisher: 'Northfield Daily Record',
        url: 'https://northfieldrecord.example/local/library-sundays',
        // 21:30 at UTC-4 is already the 7th in UTC; the page’s readers saw the 6th.
        published: '2025-05-06',
        author: 'Priya Natarajan and Luis Ortega',
      },
    ]);
  });

  it('citation_* only: Highwire’s "Last, First" authors and slashed date; the <title> does not win', async () => {
    const { text, entries } = await imported('citation-only.html');
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      'Salt marsh restoration stored more carbon than expected, five-year survey finds',
      'Marshes rebuilt on former farmland along the estuary have taken up carbon faster than the institute’s own models predicted, according to a survey of twelve restored sites published on Tuesday.',
    ]);
    expect(text).not.toMatch(/cookies|Stay informed|newsletter|registered charity|Research\n/);
    expect(entries).toEqual([
      {
        file: '2024-11-19-salt-marsh-restoration-stored-more-carbon-than-expected-five-year-survey-finds.txt',
        publisher: 'Institute for Coastal Studies',
        url: 'https://coastalstudies.example/news/salt-marsh-survey',
        published: '2024-11-19',
        author: 'Ada Okafor and Cathal Brennan',
      },
    ]);
  });

  it('a "By Jane Roe" paragraph becomes the author; the date comes from the article’s <time>, not the sidebar’s', async () => {
    const { text, entries } = await imported('byline-in-body.html');
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      'Bridge repairs to close river road for six weeks',
      'The road along the river between Millbrook and Eastford will close for six weeks from 14 July while engineers replace the bearings of the old stone bridge, the county council said.',
    ]);
    expect(text).not.toMatch(/By Jane Roe|Wednesday 2 July|Latest|fete|Market Row/);
    expect(entries).toEqual([
      {
        file: '2025-07-02-bridge-repairs-to-close-river-road-for-six-weeks.txt',
        publisher: 'The Valley Gazette',
        url: null,
        published: '2025-07-02',
        author: 'Jane Roe',
      },
    ]);
  });

  it('a paywall teaser: the free paragraphs only, the subscription prompt left out, and a note saying so', async () => {
    const { text, entries, result } = await imported('paywall-teaser.html');
    expect(text).toBe(
      'Grain traders brace for a second poor harvest\n\n' +
        'Dry spring weather has cut forecasts across the plains\n\n' +
        'Wheat futures rose for a fourth week as traders priced in the risk that this summer’s harvest will be as thin as last year’s, when a late frost and a dry June cut yields across the region.\n\n' +
        'Forecasters now expect rainfall through May to be well below the long-term average. Several large buyers have already moved to secure supplies from abroad, according to two brokers who asked not to be named.\n',
    );
    expect(result.status === 'added' && result.notes.join()).toMatch(/paywall teaser/);
    expect(entries).toEqual([
      {
        file: '2025-04-28-grain-traders-brace-for-a-second-poor-harvest.txt',
        publisher: 'The Ledger Weekly',
        url: 'https://ledgerweekly.example/markets/grain-traders-second-poor-harvest',
        published: '2025-04-28',
        author: 'Ruth Abernethy',
      },
    ]);
  });

  it('flags fill in and override what the page says', async () => {
    const { text, entries, result } = await imported('no-date.html', {
      overrides: { published: '2025-06-03', author: 'Sam Hale', publisher: 'Nature Notes', url: 'https://notes.example/swifts', title: 'Record swift count' },
    });
    expect(text.split('\n')[0]).toBe('Record swift count');
    expect(entries).toEqual([
      { file: '2025-06-03-record-swift-count.txt', publisher: 'Nature Notes', url: 'https://notes.example/swifts', published: '2025-06-03', author: 'Sam Hale' },
    ]);
    expect(result.status === 'added' && result.from).toMatchObject({ published: '--published', headline: '--title', author: '--author' });
  });

  it('--published unknown writes published: null and an undated name', async () => {
    const { entries } = await imported('no-date.html', { overrides: { published: null } });
    expect(entries[0]).toMatchObject({ file: 'undated-volunteers-count-a-record-number-of-swifts.txt', published: null, publisher: 'Eastford Nature Notes' });
  });

  it('a folder saved by the browser: the page in it, or the page beside its _files folder', async () => {
    const saved = mkdtempSync(join(tmpdir(), 'dossier-saved-'));
    writeFileSync(join(saved, 'Ferry timetables.html'), readFileSync(fixture('opengraph-only.html')));
    mkdirSync(join(saved, 'Ferry timetables_files'));
    writeFileSync(join(saved, 'Ferry timetables_files', 'site.css'), 'body { margin: 0 }');
    const seeds = emptySeeds();
    expect(await importInto(seeds, saved)).toMatchObject({ status: 'added' });
    const again = await importInto(emptySeeds(), join(saved, 'Ferry timetables_files'));
    expect(again).toMatchObject({ status: 'added', entry: { publisher: 'The Harbour Courier' } });
  });

  it('a plain-text file is copied as it is (LF, no BOM), with facts from the flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-txt-'));
    const file = join(dir, 'talks.txt');
    writeFileSync(file, '\uFEFFEnvoys meet in Muscat\r\n\r\nEnvoys met in Muscat on Saturday for a third round of talks, officials said.\r\n\r\nA second paragraph follows the first.\r\n');
    const seeds = emptySeeds();
    const result = await importInto(seeds, file, { overrides: { published: '2025-04-12', publisher: 'Example Wire' } });
    expect(result).toMatchObject({ status: 'added', entry: { file: '2025-04-12-envoys-meet-in-muscat.txt' } });
    expect(seed(seeds, '2025-04-12-envoys-meet-in-muscat.txt')).toBe(
      'Envoys meet in Muscat\n\nEnvoys met in Muscat on Saturday for a third round of talks, officials said.\n\nA second paragraph follows the first.\n',
    );
    expect(manifest(seeds)).toEqual([
      { file: '2025-04-12-envoys-meet-in-muscat.txt', publisher: 'Example Wire', url: null, published: '2025-04-12', author: null },
    ]);
  });
});

describe('round trip: imported seeds read back through the real parser', () => {
  it('every fixture page loads with its headline, date and publisher', async () => {
    const seeds = emptySeeds();
    for (const name of ['opengraph-only.html', 'json-ld-only.html', 'citation-only.html', 'byline-in-body.html', 'paywall-teaser.html']) {
      expect(await importInto(seeds, fixture(name))).toMatchObject({ status: 'added' });
    }
    const { articles, warnings } = loadSeeds(seeds, seeds);
    expect(warnings).toEqual([]);
    // A slug is the headline plus a mark of the file name (docs/urls.md); the mark is checked by its shape.
    const facts = articles.map((a) => ({ slug: a.slug.replace(/-[0-9a-f]{4}$/, '-####'), headline: a.headline, published: a.published, publisher: a.publisher, author: a.author }));
    expect(facts).toEqual([
      { slug: 'salt-marsh-restoration-stored-more-carbon-than-expected-five-year-survey-finds-####', headline: 'Salt marsh restoration stored more carbon than expected, five-year survey finds', published: '2024-11-19', publisher: 'Institute for Coastal Studies', author: 'Ada Okafor and Cathal Brennan' },
      { slug: 'ferry-operators-agree-to-share-timetables-after-winter-of-cancellations-####', headline: 'Ferry operators agree to share timetables after winter of cancellations', published: '2025-02-11', publisher: 'The Harbour Courier', author: 'Tomas Reid' },
      { slug: 'grain-traders-brace-for-a-second-poor-harvest-####', headline: 'Grain traders brace for a second poor harvest', published: '2025-04-28', publisher: 'The Ledger Weekly', author: 'Ruth Abernethy' },
      { slug: 'library-to-open-on-sundays-from-june-####', headline: 'Library to open on Sundays from June', published: '2025-05-06', publisher: 'Northfield Daily Record', author: 'Priya Natarajan and Luis Ortega' },
      { slug: 'bridge-repairs-to-close-river-road-for-six-weeks-####', headline: 'Bridge repairs to close river road for six weeks', published: '2025-07-02', publisher: 'The Valley Gazette', author: 'Jane Roe' },
    ]);
    const ferry = articles.find((a) => a.publisher === 'The Harbour Courier')!;
    expect(ferry.dek).toBe('A joint schedule will start in April, the first since the island routes were split between three companies');
    expect(ferry.paragraphs[0]!.text).toMatch(/^Three ferry companies serving the northern islands/);
  });

  it('the built site shows each imported article’s headline, date, publisher and author where a reader sees them', async () => {
    const seeds = emptySeeds();
    const shapes = ['opengraph-only.html', 'json-ld-only.html', 'citation-only.html', 'byline-in-body.html', 'paywall-teaser.html'];
    for (const name of shapes) expect(await importInto(seeds, fixture(name))).toMatchObject({ status: 'added' });
    const out = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
    const articles = mkdtempSync(join(tmpdir(), 'dossier-articles-'));
    const run = runScript('build.ts', ['--seeds', seeds, '--out', out, '--articles', articles]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pages = readdirSync(join(out, 'articles'));
    expect(pages).toHaveLength(shapes.length);
    const shown = pages
      .map((slug) => parseHTML(readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8')).document)
      .map((d) => ({
        headline: d.querySelector('h1')?.textContent,
        date: d.querySelector('.facts time')?.getAttribute('datetime'),
        facts: d.querySelector('.facts')?.textContent?.replace(/\s+/g, ' ') ?? '',
      }))
      .sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(shown.map(({ headline, date }) => ({ headline, date }))).toEqual([
      { headline: 'Salt marsh restoration stored more carbon than expected, five-year survey finds', date: '2024-11-19' },
      { headline: 'Ferry operators agree to share timetables after winter of cancellations', date: '2025-02-11' },
      { headline: 'Grain traders brace for a second poor harvest', date: '2025-04-28' },
      { headline: 'Library to open on Sundays from June', date: '2025-05-06' },
      { headline: 'Bridge repairs to close river road for six weeks', date: '2025-07-02' },
    ]);
    const expected = [
      ['Institute for Coastal Studies', 'Ada Okafor and Cathal Brennan'],
      ['The Harbour Courier', 'Tomas Reid'],
      ['The Ledger Weekly', 'Ruth Abernethy'],
      ['Northfield Daily Record', 'Priya Natarajan and Luis Ortega'],
      ['The Valley Gazette', 'Jane Roe'],
    ];
    shown.forEach((page, i) => {
      expect(page.facts).toContain(expected[i]![0]);
      expect(page.facts).toContain(expected[i]![1]);
    });
  }, 120_000);
});
