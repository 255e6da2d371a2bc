import { citationsFor, loadCitationJs, needsCitationJs, type Citations } from '../cite/citations.ts';
import { basePath } from '../base-path.ts';
import { PARAGRAPH_TOKEN } from '../schema/constants.ts';
import type { Article } from './load.ts';
import { hashOf, pipelineVersion, type Cache } from './cache.ts';

/** Where the site will be published, so citations can name the Dossier page. */
export type SiteAddress = { site: string; base: string; title: string };

export function pageUrl(address: SiteAddress, slug: string): string {
  return new URL(`${basePath(address.base)}articles/${slug}/`, address.site).href;
}

/**
 * The article's citations, and one set for "paragraph N" made with a
 * placeholder number that the page replaces: formatting each paragraph
 * separately would cost ~10 ms each, for text that differs only in the number.
 */
export type ArticleCitations = { citations: Citations; paragraphCitations: Citations };

export function articleCitations(article: Article, address: SiteAddress, remembered?: Cache<ArticleCitations>): ArticleCitations {
  const { url, input } = citationInput(article, address);
  // Only citation-js's work is remembered: the plain formatters take less time
  // than reading a file. Citations depend only on these facts, not on the
  // article's text, so an edited article reuses them.
  const key = remembered && needsCitationJs(input) ? citationKey(input) : '';
  const known = key ? remembered!.get(key) : undefined;
  if (known) return known;
  const made = {
    citations: citationsFor(input),
    paragraphCitations: citationsFor({ ...input, paragraph: Number(PARAGRAPH_TOKEN), pageUrl: `${url}#p-${PARAGRAPH_TOKEN}` }),
  };
  if (key) remembered!.set(key, made);
  return made;
}

/**
 * Loads citation-js if any of these articles is yet to be cited and needs it
 * (see needsCitationJs); most never do, and a run that cites none of those
 * does not pay the 0.15 s citation-js costs to load.
 */
export async function prepareCitations(articles: readonly Article[], address: SiteAddress, remembered?: Cache<ArticleCitations>): Promise<void> {
  const needed = articles.some((article) => {
    const { input } = citationInput(article, address);
    return needsCitationJs(input) && !remembered?.has(citationKey(input));
  });
  if (needed) await loadCitationJs();
}

function citationKey(input: ReturnType<typeof citationInput>['input']): string {
  return hashOf(pipelineVersion(), JSON.stringify(input));
}

function citationInput(article: Article, address: SiteAddress) {
  const url = pageUrl(address, article.slug);
  const input = {
    title: article.headline,
    authors: splitAuthors(article.author),
    publisher: article.publisher,
    published: article.published,
    originalUrl: article.url,
    pageUrl: url,
    siteTitle: address.title,
    id: article.slug,
  };
  return { url, input };
}

/** "Jane Roe and John Doe", "Jane Roe, John Doe & Ann Poe" → separate names. */
export function splitAuthors(author: string | null): string[] {
  if (!author) return [];
  return author
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
