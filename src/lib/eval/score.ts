/**
 * Scores found mentions against gold annotations (../shared/gold). Gold lists
 * each entity's mention strings in reading order, without offsets, so mentions
 * are compared as multisets of surface strings: detection ignores the entity,
 * linking requires it too.
 */
export type GoldFile = {
  entities: { id: string; name: string; type: string; mentions: string[] }[];
  quotes: { text_start: string; speaker: string | null }[];
};

export type Found = { entity: string; text: string };

export type MentionScore = {
  gold: number;
  found: number;
  detected: number;
  linked: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the correctly detected mentions, the share given the right entity. */
  linkAccuracy: number;
  missed: Found[];
  extra: Found[];
};

function counts<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
}

export function scoreMentions(gold: GoldFile, found: Found[]): MentionScore {
  const goldMentions = gold.entities.flatMap((e) => e.mentions.map((text) => ({ entity: e.id, text })));
  const byText = (m: Found) => m.text;
  const byPair = (m: Found) => `${m.entity}\u0000${m.text}`;
  const gText = counts(goldMentions, byText);
  const fText = counts(found, byText);
  const gPair = counts(goldMentions, byPair);
  const fPair = counts(found, byPair);
  let detected = 0;
  for (const [text, n] of gText) detected += Math.min(n, fText.get(text) ?? 0);
  let linked = 0;
  const missed: Found[] = [];
  const extra: Found[] = [];
  for (const [pair, n] of gPair) {
    const f = fPair.get(pair) ?? 0;
    linked += Math.min(n, f);
    const [entity, text] = pair.split('\u0000') as [string, string];
    for (let i = f; i < n; i++) missed.push({ entity, text });
  }
  for (const [pair, n] of fPair) {
    const g = gPair.get(pair) ?? 0;
    const [entity, text] = pair.split('\u0000') as [string, string];
    for (let i = g; i < n; i++) extra.push({ entity, text });
  }
  const precision = found.length ? detected / found.length : 1;
  const recall = goldMentions.length ? detected / goldMentions.length : 1;
  return {
    gold: goldMentions.length,
    found: found.length,
    detected,
    linked,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    linkAccuracy: detected ? linked / detected : 1,
    missed,
    extra,
  };
}
