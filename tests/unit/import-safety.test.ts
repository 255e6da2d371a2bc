import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { emptySeeds, fixture, importInto, manifest, runAdd, seed } from '../fixtures/import/helpers.ts';
import { GOOD_ARTICLE, treeHash } from './helpers.ts';

const FERRY = '2025-02-11-ferry-operators-agree-to-share-timetables-after-winter-of-cancellations';

/** The formatted DossierError an import throws. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error.format();
    if (error instanceof DossierErrors) return error.message;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-input-')), name);
  writeFileSync(path, content);
  return path;
}

describe('the same article twice changes nothing', () => {
  it('same page again: skipped as the same URL, folder byte-identical', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, fixture('opengraph-only.html'));
    const before = treeHash(seeds);
    expect(await importInto(seeds, fixture('opengraph-only.html'))).toEqual({
      status: 'skipped',
      input: fixture('opengraph-only.html'),
      reason: `already in ${FERRY}.txt (same URL)`,
    });
    expect(treeHash(seeds)).toBe(before);
  });

  it('same URL written differently (tracking tags, www., trailing slash) in sources.yaml', async () => {
    const seeds = emptySeeds();
    writeFileSync(join(seeds, 'ferry.txt'), GOOD_ARTICLE);
    writeFileSync(join(seeds, 'sources.yaml'), '- file: ferry.txt\n  url: http://www.harbourcourier.example/news/2025/02/11/ferry-timetables/?utm_campaign=x#top\n');
    const before = treeHash(seeds);
    expect(await importInto(seeds, fixture('opengraph-only.html'))).toMatchObject({ status: 'skipped', reason: 'already in ferry.txt (same URL)' });
    expect(treeHash(seeds)).toBe(before);
  });

  it('same text under another URL, pasted by hand with other quotes, spacing and case', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, fixture('opengraph-only.html'));
    const pasted = seed(seeds, `${FERRY}.txt`).replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ the /g, '  THE ');
    const other = emptySeeds();
    writeFileSync(join(other, 'pasted.txt'), `Share\n\n${pasted}\n© 2025 The Harbour Courier\n`);
    const before = treeHash(other);
    const page = tempFile('moved.html', readFileSync(fixture('opengraph-only.html'), 'utf8').replace(/ferry-timetables\?/, 'ferry-timetables-moved?'));
    expect(await importInto(other, page)).toMatchObject({ status: 'skipped', reason: 'already in pasted.txt (same text)' });
    expect(treeHash(other)).toBe(before);
  });

  it('the CLI says so and exits 0', async () => {
    const seeds = emptySeeds();
    await runAdd(['--seeds', seeds, fixture('json-ld-only.html')]);
    const again = await runAdd(['--seeds', seeds, fixture('json-ld-only.html')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^skipped \S*json-ld-only\.html: already in \S*2025-05-06-library-to-open-on-sundays-from-june\.txt \(same URL\); nothing changed$/m);
  });
});

describe('file names never collide', () => {
  it('a taken name gets -2, and a file or manifest entry of that name is never replaced', async () => {
    const seeds = emptySeeds();
    writeFileSync(join(seeds, `${FERRY}.txt`), GOOD_ARTICLE);
    writeFileSync(join(seeds, 'sources.yaml'), `- file: ${FERRY}.txt\n- file: ${FERRY}-2.txt\n`);
    const result = await importInto(seeds, fixture('opengraph-only.html'));
    expect(result).toMatchObject({ status: 'added', entry: { file: `${FERRY}-3.txt` } });
    expect(seed(seeds, `${FERRY}.txt`)).toBe(GOOD_ARTICLE);
  });

  it('another article with the same date and headline: a file of its own, and its own slug, so the build accepts both', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, fixture('opengraph-only.html'));
    const rewritten = readFileSync(fixture('opengraph-only.html'), 'utf8')
      .replace(/ferry-timetables\?/, 'ferry-timetables-update?')
      .replace(/<p>The harbour authority said[^<]*<\/p>/, '<p>An updated version of the story added a reply from the operators, who said the shared timetable would be printed at every quay.</p>');
    const result = await importInto(seeds, tempFile('update.html', rewritten));
    expect(result).toMatchObject({ status: 'added', entry: { file: `${FERRY}-2.txt` } });
    expect(manifest(seeds)[1]).not.toHaveProperty('slug');
    const slugs = loadSeeds(seeds, seeds).articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug).toMatch(/^ferry-operators-agree-to-share-timetables-after-winter-of-cancellations-[0-9a-f]{4}$/);
  });
});

describe('sources.yaml is edited, not rebuilt', () => {
  it('keeps comments, order and the editor’s spacing, and appends the new entry', async () => {
    const seeds = emptySeeds();
    writeFileSync(join(seeds, 'b.txt'), GOOD_ARTICLE);
    writeFileSync(join(seeds, 'a.txt'), GOOD_ARTICLE.replace('A second paragraph', 'Another second paragraph'));
    const yaml = [
      '# Our corpus. Keep entries in the order they were added.',
      '- file: b.txt',
      '  publisher: Example Wire   # checked by phone',
      '  published: "2025-04-12"',
      '',
      '# A later addition',
      '- file: a.txt',
      '  url: null          # not online',
      '  notes: kept for the editor',
      '',
    ].join('\n');
    writeFileSync(join(seeds, 'sources.yaml'), yaml);
    await importInto(seeds, fixture('citation-only.html'));
    const after = readFileSync(join(seeds, 'sources.yaml'), 'utf8');
    expect(after).toBe(
      `${yaml}- file: 2024-11-19-salt-marsh-restoration-stored-more-carbon-than-expected-five-year-survey-finds.txt\n` +
        '  publisher: Institute for Coastal Studies\n' +
        '  url: https://coastalstudies.example/news/salt-marsh-survey\n' +
        '  published: "2024-11-19"\n' +
        '  author: Ada Okafor and Cathal Brennan\n',
    );
    expect(readdirSync(seeds).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('creates sources.yaml when there is none', async () => {
    const seeds = emptySeeds();
    await importInto(seeds, fixture('json-ld-only.html'));
    expect(readFileSync(join(seeds, 'sources.yaml'), 'utf8')).toMatch(/^- file: 2025-05-06-library-to-open-on-sundays-from-june\.txt\n/);
  });

  it('refuses to touch a malformed sources.yaml, naming its line, and writes nothing', async () => {
    const seeds = emptySeeds();
    writeFileSync(join(seeds, 'sources.yaml'), '- file: a.txt\n  publisher: "unclosed\n');
    const before = treeHash(seeds);
    expect(await refusal(importInto(seeds, fixture('json-ld-only.html')))).toMatch(/^sources\.yaml:\d+: malformed YAML/);
    expect(treeHash(seeds)).toBe(before);
  });
});

describe('bad input gets a clear error and nothing is written', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a page with no readable article (a cookie wall)', () => fixture('no-article.html'), /no-article\.html: no readable article found[\s\S]*fix: the page may need JavaScript or a login/],
    ['a page with no date', () => fixture('no-date.html'), /no-date\.html: no publication date found in the page\n {2}fix: pass --published YYYY-MM-DD, or --published unknown/],
    ['a PNG named .html', () => tempFile('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /photo\.html: is a PNG image, not a web page or plain text/],
    ['a PDF', () => tempFile('report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /report\.pdf: is a PDF document, not a web page or plain text/],
    ['a Word document', () => tempFile('story.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])), /story\.docx: is a ZIP archive/],
    ['an MHTML archive', () => tempFile('page.mhtml', 'From: <Saved by Blink>\nSnapshot-Content-Location: https://x.example/\nMIME-Version: 1.0\nContent-Type: multipart/related;\n'), /page\.mhtml: is a single-file web archive \(MHTML\)[\s\S]*fix: save the page again/],
    ['a file over 5 MB', () => tempFile('huge.html', `<html><body><p>${'word '.repeat(1_100_000)}</p></body></html>`), /huge\.html: file is 5\.\d MB; an article page is limited to 5 MB/],
    ['a missing file', () => join(tmpdir(), 'no-such-page.html'), /no-such-page\.html: not found\n {2}fix: check the path/],
    ['an empty text file', () => tempFile('empty.txt', ''), /empty\.txt: file is empty/],
    ['a text file with only a headline', () => tempFile('head.txt', 'Just a headline\n'), /head\.txt:1: file has only a headline/],
    ['an ftp:// address', () => 'ftp://files.example/story.html', /^ftp:\/\/files\.example\/story\.html: only http:\/\/ and https:\/\/ addresses can be fetched/],
  ];
  for (const [what, input, message] of cases) {
    it(what, async () => {
      const seeds = emptySeeds();
      writeFileSync(join(seeds, 'sources.yaml'), '# empty for now\n');
      const before = treeHash(seeds);
      expect(await refusal(importInto(seeds, input(), { overrides: what.includes('text file') ? { published: '2025-01-01' } : {} }))).toMatch(message);
      expect(treeHash(seeds)).toBe(before);
    });
  }

  it('a plain-text file without --published', async () => {
    const seeds = emptySeeds();
    expect(await refusal(importInto(seeds, tempFile('a.txt', GOOD_ARTICLE)))).toMatch(/a\.txt: a plain-text file carries no publication date\n {2}fix: pass --published/);
    expect(readdirSync(seeds)).toEqual([]);
  });
});

describe('npm run add', () => {
  it('processes every input, reports each on its own line, keeps the successes and exits 1 when one failed', async () => {
    const seeds = emptySeeds();
    const run = await runAdd(['--seeds', seeds, fixture('opengraph-only.html'), fixture('no-date.html'), fixture('no-article.html'), fixture('citation-only.html')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^added {3}\\S*${FERRY}\\.txt {2}← \\S*opengraph-only\\.html$`, 'm'));
    expect(run.stdout).toMatch(/^ {8}"Ferry operators agree to share timetables after winter of cancellations" — The Harbour Courier, 2025-02-11, Tomas Reid$/m);
    expect(run.stdout).toMatch(/^added {3}\S*2024-11-19-salt-marsh/m);
    expect(run.stdout).toMatch(/^add: 2 added, 0 skipped, 2 failed$/m);
    expect(run.stderr).toMatch(/^failed {2}\S*no-date\.html: no publication date found in the page\n {2}fix: /m);
    expect(run.stderr).toMatch(/^failed {2}\S*no-article\.html: no readable article found/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(seeds).sort()).toEqual(['2024-11-19-salt-marsh-restoration-stored-more-carbon-than-expected-five-year-survey-finds.txt', `${FERRY}.txt`, 'sources.yaml']);
    expect(manifest(seeds).map((e) => e['file'])).toEqual([`${FERRY}.txt`, '2024-11-19-salt-marsh-restoration-stored-more-carbon-than-expected-five-year-survey-finds.txt']);
  });

  it('four imports into one folder at once all land: none loses another’s sources.yaml entry', async () => {
    const seeds = emptySeeds();
    const pages = ['opengraph-only.html', 'json-ld-only.html', 'citation-only.html', 'byline-in-body.html'];
    // Each holds for 400 ms between reading sources.yaml and writing it back: without a lock, they would overlap there.
    const runs = await Promise.all(pages.map((p) => runAdd(['--seeds', seeds, fixture(p)], undefined, { DOSSIER_PAUSE: 'manifest-append:400' })));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(4);
    expect(manifest(seeds).map((e) => e['file']).sort()).toEqual(files);
  });

  it('checks flags before reading anything', async () => {
    const seeds = emptySeeds();
    const bad = await runAdd(['--seeds', seeds, '--published', '2025-02-30', fixture('no-date.html')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--published "2025-02-30" is not a real calendar date\n {2}fix: write the date as YYYY-MM-DD/);
    const shape = await runAdd(['--seeds', seeds, '--published', '21/06/2025', fixture('no-date.html')]);
    expect(shape.stderr).toMatch(/--published "21\/06\/2025" must be a date written YYYY-MM-DD/);
    const two = await runAdd(['--seeds', seeds, '--url', 'https://x.example/a', fixture('no-date.html'), fixture('json-ld-only.html')]);
    expect(two.stderr).toMatch(/--url names one article, but 2 inputs were given/);
    const unknownFlag = await runAdd(['--seeds', seeds, '--date', '2025-01-01', fixture('no-date.html')]);
    expect(unknownFlag.stderr).toMatch(/Unknown option '--date'[\s\S]*usage: npm run add/);
    expect(readdirSync(seeds)).toEqual([]);
  });

  it('--published unknown from the command line', async () => {
    const seeds = emptySeeds();
    copyFileSync(fixture('no-date.html'), join(seeds, '..', `swifts-${process.pid}.html`));
    const run = await runAdd(['--seeds', seeds, '--published', 'unknown', join(seeds, '..', `swifts-${process.pid}.html`)]);
    expect(run.code).toBe(0);
    expect(manifest(seeds)).toEqual([
      { file: 'undated-volunteers-count-a-record-number-of-swifts.txt', publisher: 'Eastford Nature Notes', url: null, published: null, author: null },
    ]);
  });

  it('a seeds folder that does not exist', async () => {
    const run = await runAdd(['--seeds', join(tmpdir(), 'dossier-no-such-seeds'), fixture('json-ld-only.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/seeds folder not found\n {2}fix: pass an existing folder with --seeds <dir>/);
  });
});
