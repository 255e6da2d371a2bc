/**
 * Reads a generated article file back the way the site does: the frontmatter
 * with Astro's own splitter (and with the `yaml` package), the body with the
 * CommonMark parser (GFM off, as astro.config.mjs sets it). Anything in the
 * body other than paragraphs of plain text and links means text turned into
 * markup, and is reported as a problem.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Nodes, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';

export type ReadLink = { href: string; text: string; start: number; end: number };
export type ReadParagraph = { text: string; links: ReadLink[] };
export type ReadBack = {
  /** The frontmatter as the `yaml` package reads the block between the `---` lines. */
  yaml: unknown;
  /** The frontmatter as Astro's content layer reads it. */
  astro: unknown;
  /** What Astro renders as the body. */
  body: string;
  paragraphs: ReadParagraph[];
  problems: string[];
};

const OPEN = '---\n';
const CLOSE = '\n---\n';

export function readBack(file: string): ReadBack {
  const problems: string[] = [];
  if (!file.startsWith(OPEN)) problems.push('file does not start with a frontmatter fence');
  const close = file.indexOf(CLOSE, OPEN.length - 1);
  const yaml: unknown = close < 0 ? null : parseYaml(file.slice(OPEN.length, close + 1));
  // As astro/dist/content/utils.js (safeParseFrontmatter) and the Markdown entry type do.
  const astro = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
  const body = astro.content.trim();
  const paragraphs: ReadParagraph[] = [];
  for (const node of fromMarkdown(body).children) {
    if (node.type !== 'paragraph') {
      problems.push(`body has a ${node.type} node: ${JSON.stringify(toString(node)).slice(0, 80)}`);
      continue;
    }
    paragraphs.push(readParagraph(node, problems));
  }
  return { yaml, astro: astro.frontmatter, body, paragraphs, problems };
}

function readParagraph(paragraph: Paragraph, problems: string[]): ReadParagraph {
  let text = '';
  const links: ReadLink[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'text') {
      text += child.value;
      continue;
    }
    if (child.type === 'link') {
      const inner = child.children.filter((c) => c.type !== 'text');
      if (inner.length > 0) problems.push(`link text has a ${inner[0]!.type} node`);
      const value = toString(child);
      links.push({ href: child.url, text: value, start: text.length, end: text.length + value.length });
      text += value;
      continue;
    }
    problems.push(`paragraph has a ${child.type} node: ${describe(child)}`);
    text += toString(child);
  }
  return { text, links };
}

function describe(node: Nodes): string {
  return JSON.stringify('value' in node ? node.value : toString(node)).slice(0, 80);
}
