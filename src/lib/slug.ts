import slugify from '@sindresorhus/slugify';

/** Long enough to read, short enough to paste into a footnote. */
const MAX_HEADLINE_CHARS = 80;

/**
 * An article's slug: its publication date and its headline,
 * `2025-08-24-irans-supreme-leader-rules-out-direct-talks-with-us`, or
 * `undated-…` when the date is not known. It depends only on the article
 * itself, so adding other articles never changes it. docs/urls.md explains
 * the scheme and how to pin a slug in sources.yaml.
 */
export function articleSlug(headline: string, published: string | null): string {
  return `${published ?? 'undated'}-${headlineSlug(headline)}`;
}

export function headlineSlug(headline: string): string {
  // "U.S." reads as "us", and an apostrophe joins its word ("Iran’s" → "irans").
  const prepared = headline.replace(/(\p{L})\.(?=\p{L})/gu, '$1').replace(/(\p{L})['’](\p{L})/gu, '$1$2');
  const full = slugify(prepared) || 'article';
  if (full.length <= MAX_HEADLINE_CHARS) return full;
  const cut = full.slice(0, MAX_HEADLINE_CHARS + 1);
  const atWord = cut.lastIndexOf('-');
  return atWord > 20 ? cut.slice(0, atWord) : full.slice(0, MAX_HEADLINE_CHARS);
}
