import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleMarkdown, frontmatterOf } from '../write/markdown.ts';
import { loadSeeds, type Article } from './load.ts';

export type AnnotateOptions = { seeds: string; out: string };
export type AnnotateResult = { articles: Article[]; warnings: string[] };

/**
 * seeds/ → one generated Markdown file per article in `out`. The caller
 * decides where `out` is; the build points it at a staging folder.
 */
export function annotateSeeds({ seeds, out }: AnnotateOptions): AnnotateResult {
  const { articles, warnings } = loadSeeds(seeds);
  mkdirSync(out, { recursive: true });
  for (const article of articles) {
    const frontmatter = frontmatterOf(article);
    const body = article.paragraphs.map((p) => ({ text: p.text, links: [] }));
    writeFileSync(join(out, `${article.slug}.md`), articleMarkdown(frontmatter, body, article.path));
  }
  return { articles, warnings };
}
