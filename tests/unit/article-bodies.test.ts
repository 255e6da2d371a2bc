import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBodiesInThread, type ArticleBodies } from '../../src/integrations/article-bodies.ts';
import { articleBodyHtml, BODY_RENDERER, renderArticleBody } from '../../src/site/article-files.ts';

// Article files as the pipeline writes them: frontmatter, then the annotated body.
function folder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bodies-'));
  const files = [
    ['a.md', '---\ntitle: "A"\n---\n\n[Iran](../../actors/iran/) said no.\n\n[Tehran](../../actors/iran/) said it again.\n'],
    ['b.md', '---\ntitle: "B"\n---\n\nOne paragraph, with "quotes" & an ampersand.\n\n> Quoted.\n\nTwo.\n'],
    ['c.md', '---\ntitle: "C"\n---\n\n[Iran](../../actors/iran/) first, here too.\n'],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name!), text!);
  return { dir, files: files.map(([name]) => name!) };
}

let bodies: ArticleBodies | null = null;
afterEach(async () => {
  await bodies?.close();
  bodies = null;
});

describe('article bodies rendered on a thread of their own', () => {
  it('gives every page the HTML it would render itself, when many are asked for at once', async () => {
    const { dir, files } = folder();
    const inProcess = await Promise.all(files.map((name) => renderArticleBody(join(dir, name))));
    bodies = renderBodiesInThread();
    const asked = files.flatMap((name) => [name, name]).map((name) => articleBodyHtml({ filePath: `content/articles/${name}` }, dir));
    const threaded = await Promise.all(asked);
    expect(threaded).toEqual(files.flatMap((_, i) => [inProcess[i], inProcess[i]]));
    // Each article's first mention is its own: the thread starts afresh for every body.
    expect(threaded[4]).toContain('class="mention mention-first"');
  });

  it('names the file it could not read, and goes on with the others', async () => {
    const { dir } = folder();
    bodies = renderBodiesInThread();
    await expect(articleBodyHtml({ filePath: 'content/articles/missing.md' }, dir)).rejects.toThrow(join(dir, 'missing.md'));
    await expect(articleBodyHtml({ filePath: 'content/articles/a.md' }, dir)).resolves.toContain('id="p-1"');
  });

  it('hands the renderer back when closed, so that pages render their bodies themselves again', async () => {
    const { dir } = folder();
    bodies = renderBodiesInThread();
    expect((globalThis as Record<symbol, unknown>)[BODY_RENDERER]).toBeTypeOf('function');
    await bodies.close();
    bodies = null;
    expect((globalThis as Record<symbol, unknown>)[BODY_RENDERER]).toBeUndefined();
    await expect(articleBodyHtml({ filePath: 'content/articles/b.md' }, dir)).resolves.toContain('with "quotes" &amp; an ampersand');
  });
});
