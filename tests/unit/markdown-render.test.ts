import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/options.ts';

// An article body as Astro renders it (astro.config.mjs uses the same options).
// A plain result, or a promise of one when a plugin is async: awaited either way.
const render = async (markdown: string) => (await markdownToHtml(markdown, markdownOptions)).html;

describe('article Markdown as the site renders it', () => {
  it('numbers top-level paragraphs in reading order, each with a link to itself and to its citations', async () => {
    const html = await render('First paragraph.\n\n> A quoted paragraph.\n\nSecond paragraph.\n');
    expect(html).toContain('<p id="p-1" class="para">First paragraph. <a href="#p-1" class="para-link" aria-label="Link to paragraph 1" data-pagefind-ignore="">¶</a><a href="cite/#cite-p-1" class="para-cite" aria-label="Cite paragraph 1" data-pagefind-ignore="">cite</a></p>');
    expect(html).toContain('<p id="p-2" class="para">Second paragraph.');
    // A paragraph inside a block quote is not one of the article's numbered paragraphs.
    expect(html).toContain('<blockquote>\n<p>A quoted paragraph.</p>');
    expect(html).not.toContain('p-3');
  });

  it('marks the first mention of each actor and quiets the later ones; other links are left alone', async () => {
    const html = await render('[Iran](../../actors/iran/) and [Tehran](../../actors/iran/) met [the IAEA](../../actors/iaea/) on [sanctions](../../topics/sanctions/).\n');
    expect(html).toContain('<a href="../../actors/iran/" class="mention mention-first" data-actor="iran">Iran</a>');
    expect(html).toContain('<a href="../../actors/iran/" class="mention mention-repeat" data-actor="iran">Tehran</a>');
    expect(html).toContain('<a href="../../actors/iaea/" class="mention mention-first" data-actor="iaea">the IAEA</a>');
    expect(html).toContain('<a href="../../topics/sanctions/">sanctions</a>');
  });

  it('starts afresh for each article: numbering and first mentions are per document', async () => {
    await render('One.\n\nTwo [Iran](../../actors/iran/).\n');
    const html = await render('Again [Iran](../../actors/iran/).\n');
    expect(html).toContain('<p id="p-1" class="para">Again <a href="../../actors/iran/" class="mention mention-first"');
  });

  it('keeps quotation marks as written and reads no GFM (no autolinks, no strikethrough)', async () => {
    const html = await render('He said "no" and \'never\' ~~twice~~ at https://example.org today.\n');
    expect(html).toContain('He said "no" and \'never\' ~~twice~~ at https://example.org today.');
  });
});

describe('bodyOf: an article file without its frontmatter', () => {
  it('keeps everything after the closing fence, and only that', async () => {
    const { bodyOf } = await import('../../src/site/article-files.ts');
    expect(bodyOf('---\n# Generated from a.txt\ntitle: "A"\n---\n\nFirst.\n\n---\n\nAfter a rule.\n')).toBe('\nFirst.\n\n---\n\nAfter a rule.\n');
    expect(bodyOf('---\r\ntitle: "A"\r\n---\r\nBody.\r\n')).toBe('Body.\r\n');
    expect(bodyOf('---\n---\nBody.\n')).toBe('Body.\n');
    expect(bodyOf('No frontmatter.\n')).toBe('No frontmatter.\n');
  });
});
