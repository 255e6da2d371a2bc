/**
 * The mentions that become links where mentions nest ("Iran’s supreme leader"
 * holds "Iran"): the earliest, then the longest, and none inside one already
 * taken. Used for the Markdown body and for the headline and standfirst on the
 * page, so that both link the same way.
 */
export function outermostMentions<M extends { start: number; end: number }>(mentions: readonly M[]): M[] {
  const taken: M[] = [];
  let lastEnd = -1;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd) continue;
    taken.push(m);
    lastEnd = m.end;
  }
  return taken;
}
