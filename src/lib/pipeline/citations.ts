import type { Citations, CiteInput } from '../cite/citations.ts';
import { PARAGRAPH_TOKEN } from '../schema/article.ts';
import type { Article } from './load.ts';
import { hashOf, pipelineVersion, type Cache } from './cache.ts';

/** Where the site will be published, so citations can name the Dossier page. */
export type SiteAddress = { site: string; base: string; title: string };

export function pageUrl(address: SiteAddress, slug: string): string {
  const base = `/${address.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return new URL(`${base}articles/${slug}/`, address.site).href;
}

/**
 * The article's citations, and one set for "paragraph N" made by citation-js
 * with a placeholder number that the page replaces: formatting each paragraph
 * separately would cost ~10 ms each, for text that differs only in the number.
 */
export type ArticleCitations = { citations: Citations; paragraphCitations: Citations };

export function articleCitations(article: Article, address: SiteAddress, remembered?: Cache<ArticleCitations>): ArticleCitations {
  const { url, input } = citationInput(article, address);
  // Citations depend only on these facts, not on the article's text, so an
  // edited article reuses them; citeproc costs over a second to start.
  const key = remembered ? citationKey(input) : '';
  const known = remembered?.get(key);
  if (known) return known;
  if (!citationsFor) throw new Error('loadCitations() must finish before an article without remembered citations is cited');
  const made = {
    citations: citationsFor(input),
    paragraphCitations: citationsFor({ ...input, paragraph: Number(PARAGRAPH_TOKEN), pageUrl: `${url}#p-${PARAGRAPH_TOKEN}` }),
  };
  remembered?.set(key, made);
  return made;
}

/** citation-js's formatter, once loadCitations has loaded it: an article whose citations are remembered never needs it. */
let citationsFor: ((input: CiteInput) => Citations) | undefined;

/**
 * Loads citation-js and builds citeproc's style engines (about 0.1 s). It must
 * run before compromise is loaded: citeproc built the bundled APA style's
 * engine three to four times slower once compromise was in memory (1.0 s
 * before, 4.6 s after); the engines, once built, stay fast.
 */
export async function loadCitations(): Promise<void> {
  if (citationsFor) return;
  const cite = await import('../cite/citations.ts');
  cite.warmCitations();
  citationsFor = cite.citationsFor;
}

/** Loads citation-js for these articles if any of them has no citations in the cache yet (see loadCitations). */
export async function prepareCitations(articles: readonly Article[], address: SiteAddress, remembered?: Cache<ArticleCitations>): Promise<void> {
  if (articles.some((article) => !remembered?.has(citationKey(citationInput(article, address).input)))) await loadCitations();
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
