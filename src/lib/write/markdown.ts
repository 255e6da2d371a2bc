import type { Paragraph as MdParagraph } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import type { Article } from '../pipeline/load.ts';
import { linkMentions, type Link } from './link-mentions.ts';
import { plainParagraph } from './plain-markdown.ts';

export type { Link };

export type BodyParagraph = { text: string; links: Link[] };

type Extra = Partial<Pick<ArticleFrontmatter, 'actors' | 'topics' | 'paragraphTopics'>>;

/**
 * The article's frontmatter, with its keys in the schema's order and its
 * defaults filled in, as articleFrontmatterSchema would give it back (a test
 * holds it to that). Not parsed with the schema here: Astro validates every
 * file when it reads it, and zod's loading and parsing on every annotation
 * thread cost the annotation stage 0.09 s of 2.1 s at 1,000 articles.
 */
export function frontmatterOf(article: Article, extra: Extra = {}): ArticleFrontmatter {
  return {
    id: article.slug,
    slug: article.slug,
    file: article.file,
    title: article.headline,
    dek: article.dek,
    publisher: article.publisher,
    author: article.author,
    url: article.url,
    published: article.published,
    byline: article.byline,
    dateline: article.dateline,
    bio: article.bio,
    captions: article.captions.map(({ text, credit }) => ({ text, credit })),
    actors: extra.actors ?? [],
    topics: extra.topics ?? [],
    paragraphTopics: extra.paragraphTopics ?? {},
    formerSlugs: article.formerSlugs,
    unlisted: article.unlisted,
  };
}

/**
 * The generated Markdown file: YAML frontmatter, then one CommonMark
 * paragraph per body paragraph. A body with anything Markdown could read as
 * syntax is built as a syntax tree and serialised by mdast-util-to-markdown,
 * so text that looks like Markdown or HTML is escaped by the serialiser, never
 * by hand; a body of plain paragraphs is written as the serialiser would
 * write it (plain-markdown.ts).
 */
export function articleMarkdown(frontmatter: Record<string, unknown>, paragraphs: BodyParagraph[], source: string): string {
  // Block YAML with every string double-quoted (frontmatter-yaml.ts), which
  // Astro reads with js-yaml: control characters escaped, no line folding.
  const yaml = frontmatterYaml(frontmatter);
  const body = plainBody(paragraphs) ?? toMarkdown({ type: 'root', children: paragraphs.map(paragraphNode) }, { bullet: '-', emphasis: '_', fences: true, resourceLink: true });
  // The seed's path goes into a YAML comment. A line break in it would end the
  // comment, and a "---" after that the frontmatter, making the rest of the
  // path body HTML; Astro's YAML parser refuses a NUL anywhere.
  const from = source.replace(/[\r\n\0]+/g, ' ');
  return `---\n# Generated from ${from} by \`npm run annotate\`. Do not edit: changes are overwritten.\n${yaml}---\n\n${body}`;
}

/** The body when every paragraph is plain; one that is not sends the whole body to the serialiser, whose output is the definition. */
function plainBody(paragraphs: BodyParagraph[]): string | undefined {
  if (paragraphs.length === 0) return undefined;
  const out: string[] = [];
  for (const { text, links } of paragraphs) {
    const written = plainParagraph(text, links);
    if (written === undefined) return undefined;
    out.push(written);
  }
  return `${out.join('\n\n')}\n`;
}

function paragraphNode({ text, links }: BodyParagraph): MdParagraph {
  const paragraph: MdParagraph = { type: 'paragraph', children: [{ type: 'text', value: text }] };
  linkMentions(paragraph, links);
  return paragraph;
}
