import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

/** Long enough to read, short enough to paste into a footnote. */
const MAX_HEADLINE_CHARS = 80;

/**
 * An article's slug: its headline and a four-character mark of its seed file's
 * name, `irans-supreme-leader-rules-out-direct-talks-with-us-9c1e`. It depends
 * only on the article itself, so adding other articles never changes it, and
 * two articles with the same headline are told apart without regard to which
 * came first. docs/urls.md explains the scheme, and how to pin a slug or keep
 * an old one working in sources.yaml.
 */
export function articleSlug(headline: string, file: string): string {
  return `${headlineSlug(headline)}-${fileMark(file)}`;
}

/** Four hex characters of the SHA-256 of the seed's file name. */
export function fileMark(file: string): string {
  return createHash('sha256').update(file.normalize('NFC')).digest('hex').slice(0, 4);
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
