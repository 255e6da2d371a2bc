import { sameTextKey } from '../parse/normalize.ts';

/** The parser's limit for a standfirst (clean/article.ts); a longer one would read as body. */
const MAX_STANDFIRST_CHARS = 320;

/**
 * Headline, standfirst and paragraphs → seed text in the format docs/parsing.md
 * describes: headline on line 1, blank line, standfirst, blank line, one
 * paragraph per block. A paragraph that repeats the headline is left out.
 */
export function seedText(headline: string, standfirst: string | null, paragraphs: string[]): string {
  const headKey = sameTextKey(headline);
  const body = paragraphs.filter((p) => sameTextKey(p) !== headKey);
  return `${[headline, ...(standfirst ? [standfirst] : []), ...body].join('\n\n')}\n`;
}

/**
 * Which description, if any, is the standfirst, and the body without it. A
 * page's description is its standfirst when it is a whole sentence or two the
 * body does not already contain; a cut-off excerpt ("…"), or the opening of
 * the first paragraph, is not.
 */
export function chooseStandfirst(headline: string, descriptions: string[], paragraphs: string[]): { standfirst: string | null; paragraphs: string[] } {
  const keys = paragraphs.map(sameTextKey);
  for (const description of descriptions) {
    const key = sameTextKey(description);
    if (key === sameTextKey(headline) || key.length < 20 || description.length > MAX_STANDFIRST_CHARS || /(?:…|\.\.\.|\[…\])\s*$/.test(description)) continue;
    // The page printed it as its first block: lift it out to stand first.
    if (keys[0] === key) return { standfirst: paragraphs[0]!, paragraphs: paragraphs.slice(1) };
    // Already in the body, or a summary cut from it: adding it would repeat the story.
    if (keys.some((k) => k === key || k.startsWith(key))) return { standfirst: null, paragraphs };
    return { standfirst: description, paragraphs };
  }
  return { standfirst: null, paragraphs };
}
