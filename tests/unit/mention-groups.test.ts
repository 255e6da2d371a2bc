// An actor's mentions, grouped by article for its pages (src/site/mention-groups.ts).
// Every page of mentions asks for the same groups, so they are remembered for
// the last few actors; what is remembered must be what a fresh grouping gives.
import { describe, expect, it } from 'vitest';
import type { MentionInContext, SiteData } from '../../src/site/data.ts';
import { mentionGroupsOf } from '../../src/site/mention-groups.ts';

// Mentions in the order the site data keeps them: oldest article first, each article's in reading order.
const mention = (slug: string, block: string): MentionInContext => ({ article: { slug }, block } as unknown as MentionInContext);
const mentions = (id: string, articles: number) => Array.from({ length: articles }, (_, a) => [mention(`${id}-a${a}`, 'p-1'), mention(`${id}-a${a}`, 'p-3')]).flat();
const siteWith = (actors: number, articles: number) => ({ mentionsOf: new Map(Array.from({ length: actors }, (_, i) => [`actor-${i}`, mentions(`actor-${i}`, articles)])) }) as unknown as SiteData;
const shape = (groups: MentionInContext[][]) => groups.map((g) => g.map((m) => `${m.article.slug}#${(m as unknown as { block: string }).block}`));

describe('mention groups', () => {
  it('groups an actor’s mentions by article, newest article first, each in reading order', () => {
    const data = siteWith(1, 3);
    expect(shape(mentionGroupsOf(data, 'actor-0'))).toEqual([
      ['actor-0-a2#p-1', 'actor-0-a2#p-3'],
      ['actor-0-a1#p-1', 'actor-0-a1#p-3'],
      ['actor-0-a0#p-1', 'actor-0-a0#p-3'],
    ]);
    expect(mentionGroupsOf(data, 'nobody')).toEqual([]);
  });

  it('gives each of an actor’s pages the same groups without grouping again, and forgets actors long past', () => {
    const data = siteWith(40, 5);
    const first = mentionGroupsOf(data, 'actor-0');
    expect(mentionGroupsOf(data, 'actor-0')).toBe(first);
    for (let i = 1; i < 40; i++) mentionGroupsOf(data, `actor-${i}`);
    const again = mentionGroupsOf(data, 'actor-0');
    expect(again).not.toBe(first);
    expect(shape(again)).toEqual(shape(first));
    // Another site's data never sees these groups.
    expect(shape(mentionGroupsOf(siteWith(1, 1), 'actor-0'))).toEqual([['actor-0-a0#p-1', 'actor-0-a0#p-3']]);
  });
});
