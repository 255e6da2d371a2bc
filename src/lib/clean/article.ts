import { DossierError } from '../errors.ts';
import { splitBlocks, type TextBlock } from '../parse/blocks.ts';
import { splitDateline } from '../parse/dateline.ts';
import { endsLikeSentence, sameTextKey, wordCount } from '../parse/normalize.ts';
import type { Caption } from '../schema/article.ts';
import { BOILERPLATE, BYLINE, CAPTION_CREDIT, CAPTION_HINT, NAME_THEN_DATE } from './patterns.ts';

/** One paragraph of the article's own text, with the seed line it came from. */
export type Paragraph = { text: string; line: number };

/** What was left out, and by which rule: shown by `npm run annotate -- --explain`. */
export type Dropped = { rule: string; text: string; line: number };

/** A seed article with its parts told apart and publisher furniture removed. */
export type ParsedArticle = {
  file: string;
  headline: string;
  dek: string | null;
  paragraphs: Paragraph[];
  captions: Caption[];
  byline: string | null;
  /** The author's name as the byline gives it. */
  bylineName: string | null;
  bio: string | null;
  dateline: string | null;
  dropped: Dropped[];
};

type Kind = 'text' | 'caption' | 'byline' | 'bio' | 'label' | 'drop';
type Classified = TextBlock & { kind: Kind; rule?: string; caption?: Caption; name?: string };

const MAX_DEK_CHARS = 320;
const MAX_LABEL_WORDS = 3;
const BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\b.{0,240}\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|author|fellow|analyst|producer)\b|\bfollow (?:him|her|them) on\b|^\s*@\w+\s*$/u;

/**
 * Raw seed text → a parsed article. Throws a DossierError naming the file
 * when the text has no article in it.
 */
export function parseArticle(text: string, file: string): ParsedArticle {
  const blocks = splitBlocks(text);
  const dropped: Dropped[] = [];

  // Furniture can come before the headline ("ADVERTISEMENT" at the top of a paste).
  while (blocks.length > 0 && ruleFor(blocks[0]!.text)) {
    const block = blocks.shift()!;
    dropped.push({ rule: ruleFor(block.text)!.id, text: block.text, line: block.line });
  }
  const head = blocks.shift();
  if (!head) throw new DossierError('file has no text apart from boilerplate', { file, hint: 'paste the article itself: its headline on the first line, then its paragraphs' });
  const headline = head.text;
  const headlineKey = sameTextKey(headline);

  const classified = classify(blocks, headlineKey);
  const seenCaptions = new Set<string>();
  const result: ParsedArticle = {
    file,
    headline,
    dek: null,
    paragraphs: [],
    captions: [],
    byline: null,
    bylineName: null,
    bio: null,
    dateline: null,
    dropped,
  };

  const textBlocks = classified.filter((b) => b.kind === 'text');
  const dekBlock = chooseDek(classified, textBlocks);

  let bodyStarted = false;
  for (const block of classified) {
    switch (block.kind) {
      case 'drop':
      case 'label':
        dropped.push({ rule: block.rule ?? block.kind, text: block.text, line: block.line });
        break;
      case 'byline':
        if (result.byline === null) {
          result.byline = block.text;
          result.bylineName = block.name ?? null;
        } else dropped.push({ rule: 'byline', text: block.text, line: block.line });
        break;
      case 'bio':
        result.bio = result.bio ? `${result.bio}\n\n${block.text}` : block.text;
        break;
      case 'caption': {
        const key = sameTextKey(block.caption!.text);
        if (seenCaptions.has(key)) dropped.push({ rule: 'repeated-caption', text: block.text, line: block.line });
        else {
          seenCaptions.add(key);
          result.captions.push(block.caption!);
        }
        break;
      }
      case 'text': {
        if (block === dekBlock) {
          result.dek = block.text;
          break;
        }
        if (!bodyStarted) {
          bodyStarted = true;
          const split = splitDateline(block.text);
          if (split) {
            result.dateline = split.dateline;
            result.paragraphs.push({ text: split.rest, line: block.line });
            break;
          }
        }
        result.paragraphs.push({ text: block.text, line: block.line });
        break;
      }
    }
  }

  // A bio is only a bio at the foot of the story: one that came before body
  // text was a paragraph after all.
  if (result.paragraphs.length === 0) {
    throw new DossierError(
      result.dek ? 'file has a headline and a standfirst but no body text' : 'file has only a headline and no body text',
      { file, line: head.line, hint: 'paste the article text below the headline, separated by a blank line' },
    );
  }
  return result;
}

function ruleFor(text: string) {
  return BOILERPLATE.find((rule) => rule.pattern.test(text));
}

function classify(blocks: TextBlock[], headlineKey: string): Classified[] {
  const out: Classified[] = [];
  let skipTagline = false;
  blocks.forEach((block, index) => {
    const { text } = block;
    if (skipTagline) {
      skipTagline = false;
      if (!endsLikeSentence(text) && text.length <= 160) {
        out.push({ ...block, kind: 'drop', rule: 'newsletter-tagline' });
        return;
      }
    }
    if (sameTextKey(text) === headlineKey) {
      out.push({ ...block, kind: 'drop', rule: 'repeated-headline' });
      return;
    }
    const rule = ruleFor(text);
    if (rule) {
      skipTagline = rule.takesTagline === true;
      out.push({ ...block, kind: 'drop', rule: rule.id });
      return;
    }
    const byline = BYLINE.exec(text) ?? NAME_THEN_DATE.exec(text);
    if (byline && text.length <= 160) {
      out.push({ ...block, kind: 'byline', name: byline[1]!.trim().replace(/\s*(?:,|and|&)$/, '') });
      return;
    }
    const caption = asCaption(text);
    if (caption) {
      out.push({ ...block, kind: 'caption', caption });
      return;
    }
    const previous = out[out.length - 1];
    const atFoot = index >= blocks.length - 2;
    if ((atFoot || previous?.kind === 'byline' || previous?.kind === 'bio') && BIO.test(text)) {
      out.push({ ...block, kind: 'bio' });
      return;
    }
    if (index > 0 && wordCount(text) <= MAX_LABEL_WORDS && !endsLikeSentence(text) && !/["“”]/.test(text)) {
      out.push({ ...block, kind: 'label', rule: 'section-label' });
      return;
    }
    out.push({ ...block, kind: 'text' });
  });
  return out;
}

/** A caption ends with a photo credit or carries photo-desk wording. */
function asCaption(text: string): Caption | null {
  const credit = CAPTION_CREDIT.exec(text);
  if (credit && credit.index > 0) {
    const body = text.slice(0, credit.index).trim();
    // A quote ending in a bracketed insertion ("… [the US] demands") is prose, not a caption.
    if (body.length >= 15 && !/["“]/.test(text.slice(credit.index, credit.index + 2))) {
      return { text: body, credit: cleanCredit(credit[0]) };
    }
  }
  if (CAPTION_HINT.test(text)) return { text, credit: null };
  return null;
}

function cleanCredit(raw: string): string {
  return raw
    .trim()
    .replace(/^[([]\s*/, '')
    .replace(/\s*[)\]]$/, '')
    .replace(/\s*[)\]]\s*\/\s*/, ' / ')
    .trim();
}

/**
 * The standfirst is the text block straight after the headline, when the page
 * shows it is one: furniture follows it before the story starts, it reads like
 * a headline (no full stop), or the story repeats it later.
 */
function chooseDek(classified: Classified[], textBlocks: Classified[]): Classified | null {
  const first = classified[0];
  if (!first || first.kind !== 'text' || textBlocks.length < 2) return null;
  if (first.text.length > MAX_DEK_CHARS || splitDateline(first.text)) return null;
  const next = classified[1];
  const followedByFurniture = next !== undefined && next.kind !== 'text';
  const readsLikeHeadline = !endsLikeSentence(first.text);
  if (followedByFurniture || readsLikeHeadline) return first;
  const firstKey = sameTextKey(first.text);
  const repeatedLater = textBlocks.slice(1).some((b) => sameTextKey(b.text).startsWith(firstKey));
  return repeatedLater ? first : null;
}
