import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader } from 'astro/loaders';
import { markdownToHtml } from 'satteri';
import { markdownOptions } from '../markdown/options.ts';
import { articlesFolder } from './articles-folder.ts';

/**
 * The articles' Markdown files, as the pipeline wrote them. The collection
 * keeps only each file's frontmatter: Astro compiles its whole content store
 * into one JavaScript module before it renders the first page, and with every
 * article's Markdown and rendered HTML in it, that took most of the 54 s
 * before the first page at 10,000 articles. The body is rendered when its
 * page is (`articleBodyHtml`), by Sätteri with the same options Astro uses.
 * Frontmatter is read by the parser Astro's own Markdown loader uses.
 */
export function articleFrontmatter(dir: string): Loader {
  return {
    name: 'dossier:article-frontmatter',
    async load({ store, parseData, generateDigest, config, logger, watcher }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, dir);
      const ids = new Map<string, string>();
      /** Reads one file into the store; the store keeps an unchanged entry as it is. */
      const sync = async (path: string) => {
        const text = readFileSync(path, 'utf8');
        // A copy: the parser's strings are slices of the file, and the store
        // would keep every article's whole Markdown alive through them (53 MB
        // at 10,000 articles) for the rest of the build.
        const frontmatter = structuredClone(parseFrontmatter(text, { frontmatter: 'remove' }).frontmatter);
        // As Astro's glob loader names an entry: by its slug, or else by its file.
        const id = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : basename(path).slice(0, -'.md'.length);
        const filePath = relative(root, path).split(sep).join('/');
        const data = await parseData({ id, data: frontmatter, filePath });
        const old = ids.get(path);
        if (old !== undefined && old !== id) store.delete(old);
        ids.set(path, id);
        store.set({ id, data, filePath, digest: generateDigest(text) });
      };
      const files = readdirSync(folder).filter((n) => n.endsWith('.md')).sort().map((n) => join(folder, n));
      const kept = new Set<string>();
      for (const path of files) {
        await sync(path);
        kept.add(ids.get(path)!);
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      if (!watcher) return;
      // The dev server: an article the pipeline writes again is read again, as glob() would.
      const ours = (path: string) => dirname(path) === folder && path.endsWith('.md');
      watcher.add(folder);
      const changed = async (path: string) => {
        if (!ours(path)) return;
        try {
          await sync(path);
        } catch (error) {
          logger.error(`Failed to reload ${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher.on('change', changed);
      watcher.on('add', changed);
      watcher.on('unlink', (path: string) => {
        const id = ours(path) ? ids.get(path) : undefined;
        if (id === undefined) return;
        store.delete(id);
        ids.delete(path);
      });
    },
  };
}

/**
 * The HTML of an article's body, from the Markdown file its collection entry
 * was read from, in the folder the pages read the annotations from (see
 * readAnnotations).
 */
export async function articleBodyHtml(entry: { filePath?: string | undefined }, dir = articlesFolder()): Promise<string> {
  if (!entry.filePath) throw new Error('an article entry without its file: the articles collection must use articleFrontmatter()');
  const file = join(resolve(dir), basename(entry.filePath));
  const renderer = (globalThis as { [BODY_RENDERER]?: BodyRenderer })[BODY_RENDERER];
  return renderer ? renderer(file) : renderArticleBody(file);
}

/** Where the build hands pages a renderer on another thread (src/integrations/article-bodies.ts). */
export const BODY_RENDERER = Symbol.for('dossier.article-body-renderer');
export type BodyRenderer = (file: string) => Promise<string>;

/** The HTML of the body of the article file at `file`. */
export async function renderArticleBody(file: string): Promise<string> {
  return (await markdownToHtml(bodyOf(readFileSync(file, 'utf8')), markdownOptions)).html;
}

/**
 * The text after the frontmatter's closing `---` line. The loader has parsed
 * and validated the frontmatter already; parsing its YAML again for every
 * page took 0.1–0.15 ms an article, beside 0.5 ms to render the body.
 */
export function bodyOf(text: string): string {
  const open = /^---\r?\n/.exec(text);
  if (!open) return text;
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  return end ? rest.slice(end.index + end[0].length) : text;
}
