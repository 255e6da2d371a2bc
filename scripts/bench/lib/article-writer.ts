import { addDays, longDate, randomDay, stamp } from './calendar.ts';
import { inventedActor, registeredActor } from './cast.ts';
import { headline } from './headlines.ts';
import { AP_DATELINES, EDITORS, FT_TAGLINES, NEWSLETTER_TAGLINES, NEWSLETTERS, PLACES_FOR_DATELINE, PUBLISHERS, REPORTERS, type Publisher } from './phrases.ts';
import type { Rng } from './prng.ts';
import { officesOn, type Pools } from './registry-pools.ts';
import { sentence, type Kind, type Scene } from './sentences.ts';

export type SourceEntry = { file: string; publisher: string; url: string | null; published: string; author: string | null };
export type SyntheticArticle = { file: string; text: string; entry: SourceEntry; headline: string };

/**
 * One seed as a reader would paste it from the publisher's page: headline,
 * maybe a standfirst, the story, and the furniture that publisher prints
 * (newsletter promotions, timestamps, captions, datelines, wire credits).
 */
export function writeArticle(rng: Rng, pools: Pools, index: number, taken: Set<string>): SyntheticArticle {
  const published = randomDay(rng);
  const publisher = rng.weighted(PUBLISHERS, (p) => p.weight);
  const apos = publisher.curly ? '’' : "'";
  const scene = castFor(rng, pools, published, apos);
  const title = headline(scene, taken, publisher.style === 'antiwar');
  const reporter = rng.chance(0.7) ? rng.pick(REPORTERS) : null;

  const body = storyParagraphs(scene);
  const blocks: string[] = [title];
  if (rng.chance(0.6)) blocks.push(standfirst(scene));
  blocks.push(...headFurniture(rng, publisher, published, reporter));
  const dateline = datelineFor(rng, publisher);
  if (dateline) body[0] = `${dateline}${body[0]}`;
  const captions = rng.chance(0.45) ? rng.int(1, 2) : 0;
  for (let c = 0; c < captions; c++) body.splice(rng.int(1, 4), 0, caption(rng, scene, publisher, published));
  for (const mid of midFurniture(rng, publisher, scene, taken)) body.splice(rng.int(2, body.length - 1), 0, mid);
  blocks.push(...body, ...footFurniture(rng, publisher, reporter, published));

  const text = `${blocks.map((b) => (publisher.curly ? b : straighten(b))).join('\n\n')}\n`;
  const file = `${String(index).padStart(5, '0')}_${rng.hex(16)}.txt`;
  const url = rng.chance(0.9) ? `https://${publisher.domain}/news/${published.replaceAll('-', '/')}/${urlSlug(title)}` : null;
  return { file, text, headline: title, entry: { file, publisher: publisher.name, url, published, author: reporter ?? (rng.chance(0.3) ? rng.pick(REPORTERS) : null) } };
}

function castFor(rng: Rng, pools: Pools, date: string, apos: string): Scene {
  const weightOn = (p: Pools['people'][number]) => {
    if (officesOn(p, date).length > 0) return p.weight * 3;
    // Someone who only takes office after the story's date is rarely in it.
    if (p.offices.length > 0 && p.offices.every((o) => o.from !== null && o.from > date)) return p.weight * 0.05;
    return p.weight;
  };
  const people = pickDistinct(rng, pools.people, rng.int(3, 6), weightOn).map((p) => registeredActor(rng, pools, p, date, apos));
  const invented = Array.from({ length: rng.weighted([0, 1, 2, 3], (n) => [2, 4, 3, 1][n]!) }, () => inventedActor(rng, pools));
  const iran = pools.countries.find((c) => c.id === 'iran')!;
  const us = pools.countries.find((c) => c.id === 'united-states')!;
  const others = pickDistinct(rng, pools.countries.filter((c) => c !== iran && c !== us), rng.int(0, 2), (c) => c.weight);
  const countries = [...(rng.chance(0.7) ? [iran, us] : [us, iran]), ...others];
  const capitals = countries.flatMap((c) => pools.capitals.filter((k) => k.of === c.id).slice(0, 1));
  return {
    rng,
    pools,
    date,
    people,
    invented,
    countries,
    capitals,
    organisations: pickDistinct(rng, pools.organisations, rng.int(1, 3), (o) => o.weight),
    groups: pickDistinct(rng, pools.groups, 2, (g) => g.weight),
    topics: pickDistinct(rng, pools.topics, rng.int(2, 4), () => 1),
    speaker: null,
  };
}

function pickDistinct<T>(rng: Rng, items: readonly T[], count: number, weight: (item: T) => number): T[] {
  const left = [...items];
  const out: T[] = [];
  while (out.length < count && left.length > 0) {
    const item = rng.weighted(left, weight);
    out.push(item);
    left.splice(left.indexOf(item), 1);
  }
  return out;
}

const KINDS: Kind[] = ['quote', 'topic', 'metonym', 'background', 'analysis', 'followup'];
const KIND_WEIGHTS: Record<Kind, number> = { lede: 0, quote: 3, topic: 3, metonym: 1.5, background: 2, analysis: 1.2, followup: 1.5 };

/** 10–20 paragraphs of one to three sentences: a lede, then quotes, context and analysis. */
function storyParagraphs(scene: Scene): string[] {
  const { rng } = scene;
  const count = rng.int(10, 20);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind: Kind = i === 0 ? 'lede' : rng.weighted(KINDS, (k) => KIND_WEIGHTS[k]);
    const sentences = [sentence(scene, kind)];
    const more = rng.weighted([0, 1, 2], (n) => [0.35, 0.45, 0.2][n]!);
    for (let s = 0; s < more; s++) {
      const next: Kind = kind === 'quote' && rng.chance(0.5) ? 'followup' : rng.pick(['topic', 'background', 'metonym'] as Kind[]);
      sentences.push(sentence(scene, next));
    }
    out.push(sentences.join(' '));
  }
  return out;
}

function standfirst(scene: Scene): string {
  const line = sentence(scene, scene.rng.pick(['lede', 'topic'] as Kind[]));
  // Most standfirsts read like a second headline, with no full stop.
  return scene.rng.chance(0.7) ? line.replace(/\.$/, '') : line;
}

function headFurniture(rng: Rng, publisher: Publisher, published: string, reporter: string | null): string[] {
  const out: string[] = [];
  switch (publisher.style) {
    case 'ft':
      if (rng.chance(0.8)) out.push(rng.pick(NEWSLETTERS.slice(0, 2)), rng.pick(FT_TAGLINES));
      break;
    case 'newarab':
      out.push(`Published ${stamp(rng, published)}`);
      if (rng.chance(0.5)) out.push(`${rng.int(2, 6)} min read`);
      break;
    case 'web':
      if (rng.chance(0.6)) out.push(`${rng.int(2, 7)} min read`);
      if (rng.chance(0.3)) out.push(rng.pick(NEWSLETTERS.slice(1)), rng.pick(NEWSLETTER_TAGLINES));
      break;
    default:
      break;
  }
  if (reporter && publisher.style !== 'antiwar' && rng.chance(0.5)) out.push(`By ${reporter}`);
  return out;
}

function datelineFor(rng: Rng, publisher: Publisher): string | null {
  if (publisher.style === 'reuters' && rng.chance(0.8)) return `${rng.pick(PLACES_FOR_DATELINE)[0]} (Reuters) - `;
  if (publisher.style === 'ap' && rng.chance(0.8)) return `${rng.pick(AP_DATELINES)} (AP) — `;
  return null;
}

function caption(rng: Rng, scene: Scene, publisher: Publisher, published: string): string {
  const person = scene.people[0]!.full;
  const city = rng.pick(['Tehran', 'Vienna', 'Muscat', 'Geneva', 'Washington', 'New York']);
  const scenes = [`${person} speaks during a news conference in ${city}`, `${person} arrives for talks in ${city}`, 'Iranians walk past an anti-US mural in Tehran', 'Oil tankers sail through the Strait of Hormuz', `Protesters gather outside the venue of the talks in ${city}`];
  const on = rng.chance(0.5) ? ` on ${longDate(addDays(published, -rng.int(0, 30)).toISOString().slice(0, 10))}` : '';
  const credit =
    publisher.style === 'ap' ? rng.pick(['(AP)', '(AP Photo/Vahid Salemi)'])
    : publisher.style === 'newarab' ? '[Getty]'
    : publisher.style === 'reuters' ? '(Reuters)'
    : rng.pick(['[Getty]', '(Photo by Atta Kenare / AFP)', '(AFP)']);
  return `${rng.pick(scenes)}${on} ${credit}`;
}

function midFurniture(rng: Rng, publisher: Publisher, scene: Scene, taken: Set<string>): string[] {
  const out: string[] = [];
  if ((publisher.style === 'web' || publisher.style === 'ap') && rng.chance(0.5)) out.push('ADVERTISEMENT');
  if (publisher.style === 'web' && rng.chance(0.35)) out.push('Continue Reading');
  if ((publisher.style === 'web' || publisher.style === 'newarab') && rng.chance(0.3)) {
    // A link to another story: its headline must not use up a slot in `taken`.
    out.push(`Read more: ${headline(scene, new Set(taken), false)}`);
  }
  return out;
}

function footFurniture(rng: Rng, publisher: Publisher, reporter: string | null, published: string): string[] {
  const year = published.slice(0, 4);
  switch (publisher.style) {
    case 'reuters': {
      const out = rng.chance(0.85) ? [`(Reporting by ${reporter ?? rng.pick(REPORTERS)}; Editing by ${rng.pick(EDITORS)})`] : [];
      if (rng.chance(0.3)) out.push(`© ${year} Reuters. All rights reserved.`);
      return out;
    }
    case 'ap':
      return rng.chance(0.6) ? [`Associated Press writer ${rng.pick(REPORTERS)} in ${rng.pick(['Dubai', 'Washington', 'Vienna', 'Tehran'])} contributed to this report.`] : [];
    case 'antiwar': {
      const author = reporter ?? 'Dave DeCamp';
      return [`Author: ${author}`, `${author} is the news editor of Antiwar.com, follow him on Twitter @${author.toLowerCase().replace(/[^a-z]/g, '')}.`];
    }
    case 'ft':
      return rng.chance(0.5) ? [`Copyright The Financial Times Limited ${year}. All rights reserved.`] : [];
    case 'web':
      return rng.chance(0.3) ? ['Share'] : [];
    default:
      return [];
  }
}

function straighten(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

function urlSlug(title: string): string {
  return title.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

