import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLE, runScript, seedsFolder, treeHash } from './helpers.ts';

const strays = (dir: string) => readdirSync(join(dir, '..')).filter((name) => name.startsWith('.dossier-tmp-'));

describe('npm run build -- --seeds <dir>', () => {
  // A folder of its own, so that staging folders of builds running in parallel are not counted.
  const work = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  const out = join(work, 'dist');
  const articles = join(work, 'articles');
  let first: ReturnType<typeof runScript>;

  beforeAll(() => {
    const seeds = seedsFolder({
      'muscat.txt': GOOD_ARTICLE,
      'sources.yaml': '- file: muscat.txt\n  publisher: Example Wire\n  url: https://example.org/muscat\n  published: "2025-04-12"\n  author: Jane Roe\n',
    });
    first = runScript('build.ts', ['--seeds', seeds, '--out', out, '--articles', articles]);
  }, 120_000);

  it('builds a site containing only that folder’s articles', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toEqual(['envoys-meet-in-muscat-for-a-third-round-0095']);
    expect(readdirSync(articles).sort()).toEqual([
      '_index',
      'envoys-meet-in-muscat-for-a-third-round-0095.json',
      'envoys-meet-in-muscat-for-a-third-round-0095.md',
    ]);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('prints one summary line per stage and no progress display when its output is not a terminal', () => {
    // Other tests build side by side, so this build may have waited for the lock: that line is not a stage.
    const lines = first.stdout.split('\n').filter((line) => line && !line.startsWith('waiting for another build'));
    expect(lines).toEqual([
      expect.stringMatching(/^annotate: 1 articles \(0 from cache\) in \d+\.\d s$/),
      expect.stringMatching(/^astro \+ search index: site built in \d+\.\d s$/),
      'build: dist/ is ready (npm run preview to read it)',
    ]);
    expect(first.stdout + first.stderr).not.toContain('\r');
  });

  it('leaves content and dist byte-identical when the next build fails', () => {
    const before = { dist: treeHash(out), articles: treeHash(articles) };
    const bad = seedsFolder({ 'muscat.txt': GOOD_ARTICLE, 'empty.txt': '' });
    const failed = runScript('build.ts', ['--seeds', bad, '--out', out, '--articles', articles]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/empty\.txt: file is empty/);
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace without --verbose
    expect({ dist: treeHash(out), articles: treeHash(articles) }).toEqual(before);
    expect(strays(out)).toEqual([]);
  });

  it('writes frontmatter that names the source and escapes Markdown in the text', () => {
    const hostile = GOOD_ARTICLE.replace('A second paragraph follows the first.', '# Not a heading, *not emphasis* and [not a link](javascript:alert(1)) <b>nor HTML</b>');
    const seeds = seedsFolder({ 'h.txt': hostile });
    const dir = mkdtempSync(join(tmpdir(), 'dossier-articles-'));
    const run = runScript('annotate.ts', ['--seeds', seeds, '--articles', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: \S*h\.txt: no entry in sources\.yaml/);
    const md = readFileSync(join(dir, 'envoys-meet-in-muscat-for-a-third-round-a841.md'), 'utf8');
    expect(md).toMatch(/^---\n# Generated from /);
    expect(md).toContain('title: "Envoys meet in Muscat for a third round"');
    expect(md).toContain('\\# Not a heading, \\*not emphasis\\* and \\[not a link]\\(javascript:alert(1)) \\<b>nor HTML\\</b>');
  });
});

describe('an entity whose name holds HTML or Markdown characters', () => {
  it('is escaped everywhere: Markdown, article page, actor page, actor index and JSON', () => {
    const name = 'Fish & <Chips> *"Ltd"* [x](y)';
    const registry = mkdtempSync(join(tmpdir(), 'dossier-registry-'));
    writeFileSync(
      join(registry, 'a.yaml'),
      `- id: fish-chips\n  name: '${name}'\n  type: organization\n  aliases: ['F&C <b>']\n  description: 'A <script>alert(1)</script> test & more.'\n`,
    );
    const seeds = seedsFolder({ 'a.txt': 'Fish shops sue\n\nThe F&C <b> firm said it would sue on Monday, its lawyers said.\n\nA second paragraph follows.\n' });
    const out = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
    const articles = mkdtempSync(join(tmpdir(), 'dossier-articles-'));
    const run = runScript('build.ts', ['--seeds', seeds, '--out', out, '--articles', articles, '--entities', registry]);
    expect(run.code).toBe(0);
    const md = readFileSync(join(articles, 'fish-shops-sue-18b7.md'), 'utf8');
    expect(md).toContain('[F\\&C \\<b>](../../actors/fish-chips/)');
    const articleHtml = readFileSync(join(out, 'articles', 'fish-shops-sue-18b7', 'index.html'), 'utf8');
    expect(articleHtml).toMatch(/>F&(?:amp;|#38;|#x26;)C &(?:lt;|#60;|#x3C;)b(?:>|&gt;)<\/a>/i);
    expect(articleHtml).not.toContain('<b>');
    // The seed has no sources.yaml entry: the page says that its date is unknown, and why.
    expect(parseHTML(articleHtml).document.querySelector('.facts')?.textContent).toContain('Date unknown (the article has no entry in sources.yaml)');
    // Parsed as a browser would: the text is shown literally and no markup is created from it.
    const { document } = parseHTML(readFileSync(join(out, 'actors', 'fish-chips', 'index.html'), 'utf8'));
    expect(document.querySelector('h1')?.textContent).toBe(name);
    expect(document.querySelector('.lede')?.textContent).toBe('A <script>alert(1)</script> test & more.');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('A <script>alert(1)</script> test & more.');
    // No script that runs holds the text; the JSON-LD data block carries it escaped.
    const runnable = [...document.querySelectorAll('script')].filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
    expect(runnable.filter((s) => s.textContent?.includes('alert'))).toEqual([]);
    const ld = document.querySelector('script[type="application/ld+json"]')!;
    expect(ld.textContent).not.toContain('</script');
    expect(JSON.parse(ld.textContent!).description).toBe('A <script>alert(1)</script> test & more.');
    expect(document.querySelectorAll('b')).toHaveLength(0);
    const index = readFileSync(join(out, 'actors', 'index.html'), 'utf8');
    expect(index).not.toContain('<Chips>');
    const entities = JSON.parse(readFileSync(join(out, 'data', 'entities.json'), 'utf8')) as { id: string; name: string }[];
    expect(entities.find((e) => e.id === 'fish-chips')?.name).toBe(name);
  }, 120_000);
});
