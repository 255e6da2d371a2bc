import type { MentionInContext, SiteData } from './data.ts';

/**
 * The groups of the actors asked for last. Each of an actor's pages of
 * mentions needs its groups, and grouping all its mentions again for every
 * page made the most mentioned actors' pages quadratic: at 10,000 articles
 * this took 4.1 s of the render. Pages of one actor are rendered one after
 * another, so a few recent actors are enough, and memory stays bounded.
 */
const recentGroups = new WeakMap<SiteData, Map<string, MentionInContext[][]>>();
const RECENT_ACTORS = 32;

/** An actor's mentions grouped by article, newest article first, each article's in reading order. Shared: do not change the arrays. */
export function mentionGroupsOf(data: SiteData, id: string): MentionInContext[][] {
  let recent = recentGroups.get(data);
  if (!recent) recentGroups.set(data, (recent = new Map()));
  const known = recent.get(id);
  if (known) return known;
  const groups: MentionInContext[][] = [];
  for (const m of data.mentionsOf.get(id) ?? []) {
    const last = groups.at(-1);
    if (last && last[0]!.article.slug === m.article.slug) last.push(m);
    else groups.push([m]);
  }
  groups.reverse();
  if (recent.size >= RECENT_ACTORS) recent.delete(recent.keys().next().value!);
  recent.set(id, groups);
  return groups;
}
