import { describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { GOOD_ARTICLE, seedsFolder } from './helpers.ts';

/** All messages a load produces, one string each, as the CLI prints them. */
function messages(files: Record<string, string | Uint8Array>): string[] {
  const dir = seedsFolder(files);
  try {
    loadSeeds(dir, dir);
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.format());
    if (error instanceof DossierError) return [error.format()];
    throw error;
  }
  return [];
}

const manifest = (yaml: string) => ({ 'sources.yaml': yaml });

describe('bad input gets a clear error naming the file', () => {
  it('an empty file', () => {
    expect(messages({ 'a.txt': '  \n\n' })).toEqual([expect.stringMatching(/^a\.txt: file is empty/)]);
  });
  it('a binary file', () => {
    expect(messages({ 'a.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) })).toEqual([
      expect.stringMatching(/^a\.txt: file is binary/),
    ]);
  });
  it('invalid UTF-8, with the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Headline\n\nfine line\n'), 0xff, 0xfe, 0x41]);
    expect(messages({ 'a.txt': bytes })).toEqual([expect.stringMatching(/^a\.txt:4: file is not valid UTF-8/)]);
  });
  it('a file with only a headline', () => {
    expect(messages({ 'a.txt': 'Just a headline\n' })).toEqual([
      expect.stringMatching(/^a\.txt:1: file has only a headline and no body text/),
    ]);
  });
  it('a file over 5 MB', () => {
    const big = `Headline\n\n${'word '.repeat(1_100_000)}\n`;
    expect(messages({ 'a.txt': big })).toEqual([expect.stringMatching(/^a\.txt: file is 5\.\d MB; seeds are limited to 5 MB/)]);
  });
  it('the same article twice', () => {
    const [message] = messages({ 'a.txt': GOOD_ARTICLE, 'b.txt': GOOD_ARTICLE.replace(/\n/g, '\r\n') });
    expect(message).toMatch(/^b\.txt: is the same article as a\.txt/);
  });
  it('two articles pinned to the same slug', () => {
    const other = GOOD_ARTICLE.replace('A second paragraph follows the first.', 'A different second paragraph.');
    const yaml = '- file: a.txt\n  slug: muscat-talks\n- file: b.txt\n  slug: muscat-talks\n';
    const [message] = messages({ 'a.txt': GOOD_ARTICLE, 'b.txt': other, 'sources.yaml': yaml });
    expect(message).toMatch(/^b\.txt: gives the slug "muscat-talks", which a\.txt already has/);
    expect(message).toMatch(/fix: give one of them its own "slug:"/);
  });
  it('two headlines that are the same still give two slugs, from the articles themselves', () => {
    const other = GOOD_ARTICLE.replace('A second paragraph follows the first.', 'A different second paragraph.');
    const dir = seedsFolder({ 'a.txt': GOOD_ARTICLE, 'b.txt': other });
    const slugs = loadSeeds(dir, dir).articles.map((a) => a.slug);
    expect(slugs).toEqual(['envoys-meet-in-muscat-for-a-third-round-18b7', 'envoys-meet-in-muscat-for-a-third-round-ffa0']);
  });
  it('a sources.yaml entry for a missing file, with its line', () => {
    const yaml = '- file: a.txt\n  publisher: X\n- file: gone.txt\n  publisher: Y\n';
    expect(messages({ 'a.txt': GOOD_ARTICLE, ...manifest(yaml) })).toEqual([
      expect.stringMatching(/^sources\.yaml:3: lists "gone\.txt", which is not in the seeds folder/),
    ]);
  });
  it('malformed YAML, with its line', () => {
    const yaml = '- file: a.txt\n  publisher: "unclosed\n- file: b.txt\n';
    const [message] = messages({ 'a.txt': GOOD_ARTICLE, ...manifest(yaml) });
    expect(message).toMatch(/^sources\.yaml:\d+: malformed YAML/);
  });
  it('an invalid date, with its line', () => {
    const yaml = '- file: a.txt\n  publisher: X\n  published: "2025-02-30"\n';
    expect(messages({ 'a.txt': GOOD_ARTICLE, ...manifest(yaml) })).toEqual([
      expect.stringMatching(/^sources\.yaml:3: "published" is not a real calendar date/),
    ]);
  });
  it('a date in the wrong format', () => {
    const yaml = '- file: a.txt\n  published: 24/08/2025\n';
    expect(messages({ 'a.txt': GOOD_ARTICLE, ...manifest(yaml) })).toEqual([
      expect.stringMatching(/^sources\.yaml:2: "published" must be a date written YYYY-MM-DD/),
    ]);
  });
  it('every refusal says how to fix it', () => {
    const cases: Record<string, string | Uint8Array>[] = [
      { 'a.txt': '  \n\n' },
      { 'a.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
      { 'a.txt': new Uint8Array([...new TextEncoder().encode('Headline\n\n'), 0xff, 0xfe]) },
      { 'a.txt': 'Just a headline\n' },
      { 'a.txt': 'ADVERTISEMENT\n\nContinue Reading\n' },
      { 'a.txt': GOOD_ARTICLE, 'b.txt': GOOD_ARTICLE },
      { 'a.txt': GOOD_ARTICLE, ...manifest('- file: a.txt\n- file: gone.txt\n') },
      { 'a.txt': GOOD_ARTICLE, ...manifest('- file: a.txt\n  publisher: "unclosed\n') },
      { 'a.txt': GOOD_ARTICLE, ...manifest('file: a.txt\n') },
      { 'a.txt': GOOD_ARTICLE, ...manifest('- just a string\n') },
      { 'a.txt': GOOD_ARTICLE, ...manifest('- file: a.txt\n- file: a.txt\n') },
      { 'a.txt': GOOD_ARTICLE, ...manifest('- file: a.txt\n  published: 24/08/2025\n  url: ftp://x\n') },
    ];
    const all = cases.flatMap((files) => messages(files));
    expect(all.length).toBeGreaterThanOrEqual(cases.length);
    expect(all.filter((m) => !/\n {2}fix: \S/.test(m))).toEqual([]);
  });
  it('reports every problem at once', () => {
    expect(messages({ 'a.txt': '', 'b.txt': 'Only a headline' })).toHaveLength(2);
  });
});

describe('lenient where it should be', () => {
  it('builds a seed with no manifest entry, with a warning and no date', () => {
    const dir = seedsFolder({ 'a.txt': GOOD_ARTICLE, 'sources.yaml': '- file: other.txt\n' .replace('other', 'a') + '' });
    const { articles } = loadSeeds(dir, dir);
    expect(articles[0]!.unlisted).toBe(false);
    const bare = seedsFolder({ 'a.txt': GOOD_ARTICLE, 'b.txt': GOOD_ARTICLE.replace('first.', 'second.'), 'sources.yaml': '- file: a.txt\n  published: "2025-04-12"\n' });
    const result = loadSeeds(bare, bare);
    const b = result.articles.find((a) => a.file === 'b.txt')!;
    expect(b.unlisted).toBe(true);
    expect(b.published).toBeNull();
    expect(result.warnings).toEqual([expect.stringMatching(/^b\.txt: no entry in sources\.yaml/)]);
    expect(result.articles.find((a) => a.file === 'a.txt')!.slug).toBe('envoys-meet-in-muscat-for-a-third-round-18b7');
  });
  it('accepts null facts and ignores unknown keys', () => {
    const yaml = '- file: a.txt\n  publisher: null\n  url: null\n  published: null\n  author: null\n  date_basis: a note\n  beat: on\n';
    const dir = seedsFolder({ 'a.txt': GOOD_ARTICLE, 'sources.yaml': yaml });
    const [article] = loadSeeds(dir, dir).articles;
    expect(article).toMatchObject({ publisher: null, url: null, published: null, author: null, unlisted: false });
  });
});
