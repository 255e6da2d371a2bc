import { BOILERPLATE } from '../clean/patterns.ts';

/**
 * Blocks that Readability keeps but that are the site talking, not the story:
 * subscription walls, cookie notices and sign-up boxes that sit inside the
 * article's own container. The parser's rules (clean/patterns.ts) come first;
 * these add what only appears in saved pages, where the prompt's text is
 * present even though a reader never sees it as part of the article. Each
 * applies to a whole, short block, never to a sentence within prose.
 */
export type FurnitureRule = { id: string; pattern: RegExp; paywall?: boolean };

const MAX_FURNITURE_CHARS = 300;

export const IMPORT_FURNITURE: readonly FurnitureRule[] = [
  {
    id: 'paywall',
    paywall: true,
    pattern:
      /^(?:subscribe|become a (?:subscriber|member)|to (?:continue|keep) reading|to read (?:the full|this|the rest)|continue reading (?:with|by|for)|already (?:a )?(?:subscriber|member|registered)|you(?:'|’)ve (?:reached|used) (?:your|all)|this (?:article|story|content) is (?:for|only (?:available )?(?:to|for)|reserved for|exclusive to) (?:paying )?(?:subscribers|members)|(?:get|unlock) (?:unlimited|full|digital) access|want to (?:read|keep reading) (?:more|on)\??|the rest of this (?:article|story) is)\b/i,
  },
  { id: 'paywall', paywall: true, pattern: /\b(?:subscribe|subscription|log in|sign in)\b.{0,80}\b(?:to (?:continue|keep) reading|to read (?:the full|the rest|more))\b/i },
  { id: 'cookie-notice', pattern: /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|^(?:accept|reject|manage) (?:all )?cookies\.?$|\bcookie (?:settings|preferences|policy)\b/i },
  { id: 'newsletter-promotion', pattern: /^(?:sign up|subscribe|register) (?:for|to) (?:our|the|a)\b.{0,80}\b(?:newsletter|briefing|digest|alerts?)\b|^enter your e-?mail\b|^get (?:our|the) .{0,60}\b(?:newsletter|briefing)\b/i },
];

/** The rule a whole block matches, or null when it is article text. */
export function furnitureRule(text: string): { id: string; paywall: boolean } | null {
  const parser = BOILERPLATE.find((rule) => rule.pattern.test(text));
  if (parser) return { id: parser.id, paywall: false };
  if (text.length > MAX_FURNITURE_CHARS) return null;
  const own = IMPORT_FURNITURE.find((rule) => rule.pattern.test(text));
  return own ? { id: own.id, paywall: own.paywall === true } : null;
}
