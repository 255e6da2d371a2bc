import type { Paragraph as MdParagraph } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { dump } from 'js-yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schema/article.ts';
import type { Article } from '../pipeline/load.ts';
import { linkMentions, type Link } from './link-mentions.ts';
import { plainParagraph } from './plain-markdown.ts';

export type { Link };

export type BodyParagraph = { text: string; links: Link[] };

type Extra = Partial<Pick<ArticleFrontmatter, 'actors' | 'topics' | 'paragraphTopics'>>;

export function frontmatterOf(article: Article, extra: Extra = {}): ArticleFrontmatter {
  return articleFrontmatterSchema.parse({
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
    captions: article.captions,
    ...extra,
    formerSlugs: article.formerSlugs,
    unlisted: article.unlisted,
  });
}

/**
 * The generated Markdown file: YAML frontmatter, then one CommonMark
 * paragraph per body paragraph. A body with anything Markdown could read as
 * syntax is built as a syntax tree and serialised by mdast-util-to-markdown,
 * so text that looks like Markdown or HTML is escaped by the serialiser, never
 * by hand; a body of plain paragraphs is written as the serialiser would
 * write it (plain-markdown.ts).
 */
export function articleMarkdown(frontmatter: object, paragraphs: BodyParagraph[], source: string): string {
  // js-yaml, the library Astro reads frontmatter with, so what is written is
  // read back as written; every string double-quoted, control characters
  // escaped, no line folding, no anchors. It writes this frontmatter 2.4 times
  // as fast as the yaml package did (0.16 against 0.37 ms an article), with
  // the same bytes for all 1,000 benchmark articles.
  const yaml = dump(frontmatter, { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true });
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
