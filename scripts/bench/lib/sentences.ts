import { when } from './calendar.ts';
import { capitalise, countryForm, demonym, nameOf, organisationForm, type Actor } from './cast.ts';
import { CLAIMS, QUOTES } from './phrases.ts';
import type { Rng } from './prng.ts';
import type { Capital, Named, Pools, TopicPool } from './registry-pools.ts';

/** Everything one article's sentences draw on, and who spoke last (for "he said"). */
export type Scene = {
  rng: Rng;
  pools: Pools;
  date: string;
  people: Actor[];
  invented: Actor[];
  countries: Named[];
  capitals: Capital[];
  organisations: Named[];
  groups: Named[];
  topics: TopicPool[];
  speaker: Actor | null;
  /** The capital named last, so "{M} and {M2}" names two. */
  lastCapital?: Capital;
};

export type Kind = 'lede' | 'quote' | 'topic' | 'metonym' | 'background' | 'analysis' | 'followup';

/**
 * Sentence patterns of wire copy on Iran–US relations. `{X}` is filled by the
 * scene (see fill), `[a|b]` is a choice. Quotes are written with curly marks
 * and converted per publisher afterwards.
 */
const TEMPLATES: Record<Kind, string[]> = {
  lede: [
    '{S} said {W} that {CL}.',
    '{S} [warned|said|signalled] {W} that {M} would [respond|retaliate|not stand idle] if [sanctions were reimposed|its nuclear sites were attacked again|the talks collapsed], [raising the stakes|adding to tensions] ahead of [a new round of talks|a meeting of {O}|the deadline].',
    '{C} and {C2} [held|wrapped up|concluded] a [new|fresh|third] round of [indirect|technical|high-level] talks in {city} {W}, with both sides describing the discussions on {T} as [constructive|difficult but useful|serious].',
    '{S} has [ruled out|rejected|dismissed] direct negotiations with {C2} over {T}, accusing {M2} of [seeking an Iranian surrender|acting in bad faith|moving the goalposts].',
    '{M} [has said|said {W}] it is ready to [resume|continue] talks on {T} if {M2} [offers credible guarantees|lifts some sanctions first|stops threatening military action].',
    '{O} said {W} that {T} [remained|was still] unresolved, as [diplomats|officials] from {C} and {C2} [prepared for|traded accusations before] [another round of talks|a key board meeting].',
  ],
  quote: [
    '“{Q},” {S} said{Wopt}.',
    '{S} said: “{Q}.”',
    '“{Q},” {S} told {MEDIA}{Wopt}.',
    '{S} told reporters in {city}{Wopt}: “{Q}.”',
    '“{Q},” said {U}.',
    '“{Q},” {S} wrote on X, adding that {CL}.',
  ],
  followup: [
    '“{Q},” {pron} said.',
    '“{Q},” {pron} added. “{Q}.”',
    '{Pron} also said {CL}.',
    '{Pron} did not say when the issue of {T} would be discussed again.',
  ],
  topic: [
    'The [talks|discussions|negotiations] [focused on|centred on|touched on] {T} and {T}, according to [two diplomats|a person familiar with the matter|officials briefed on the meeting].',
    'The question of {T} has [become|emerged as|remained] the main sticking point between {M} and {M2}.',
    'Western diplomats say {T} will top the agenda when {O} [meets|convenes] {W}.',
    '{O} said {W} that its inspectors had [not been able to verify|been unable to reach|resumed work at] [the Fordow site|sites hit in June|parts of the programme], raising fresh questions over {T}.',
    'Analysts said the dispute over {T} could [derail|delay|complicate] any agreement before [the October deadline|the end of the year|the next board meeting].',
    '{C} has [insisted|long argued] that its position on {T} is not up for negotiation, while {C2} wants [firm limits|verifiable guarantees|a full halt].',
    'European officials have [threatened|warned] to trigger snapback over {T}, which would restore UN sanctions lifted under the 2015 deal.',
    'Iran is enriching uranium to up to 60 percent purity, close to the roughly 90 percent needed for a weapon, according to {O}.',
  ],
  metonym: [
    '{M} has [denied|rejected|dismissed] [the accusation|the report|such claims], [saying|insisting] that {CL}.',
    'Officials in {M} said {CL}.',
    '[Officers|Diplomats|Officials|Commanders] in {M} have [repeatedly|long] [argued|insisted] that {T} [cannot be part of any deal|must be settled first|is a matter for Iran alone].',
    '[Tehran and Washington|Washington and Tehran] have had no diplomatic relations since 1980, and messages are [usually|often] passed through [Swiss|Omani|Qatari] intermediaries.',
    '{M} [said|announced] {W} that it would [summon|expel] [a European envoy|the British ambassador|a German diplomat] over [the remarks|the sanctions|the decision].',
  ],
  background: [
    'In 2018, {trump} withdrew the United States from the 2015 nuclear deal and reimposed sanctions, and Iran has since expanded its enrichment programme.',
    'The 2015 agreement, formally known as the Joint Comprehensive Plan of Action, lifted sanctions in exchange for curbs on Iran’s nuclear programme.',
    '{G}, which is backed by Tehran, said {W} it would [continue|step up|halt] its attacks, [complicating|raising the stakes for] the [diplomacy|talks].',
    '{C} has offered to host the next round, {S} said{Wopt}.',
    '{S} [met|spoke by phone with|held talks with] {P} in {city} {W}, according to {MEDIA}.',
    'The rial fell to a record low of about {n},000 to the dollar {W}, as traders braced for [the return of UN sanctions|a collapse of the talks|new US measures].',
    'Iranian oil exports averaged about 1.{d} million barrels a day in {month}, most of it bound for China, according to tanker-tracking data.',
    '{O} is due to [meet|report] {W} on {T}.',
  ],
  analysis: [
    '“{Q},” said {U}.',
    '{U} said {CL}.',
    'According to {U}, {M} [is betting|is wagering|believes] that {T} [will buy it time|gives it leverage|cannot be avoided].',
    '[Some analysts|Critics|Hardliners in parliament] argue that the row over {T} has [weakened|strengthened|divided] the government, while others say {M} has [little choice|no appetite for compromise].',
  ],
};
/** Background only makes sense after the June 2025 war. */
const AFTER_JUNE_WAR = [
  'Israel and the United States struck Iranian nuclear sites in June during a 12-day war, and Iran suspended cooperation with {O} afterwards.',
  'Public anxiety remains high after the June war with Israel, which killed hundreds of people, including senior commanders and nuclear scientists.',
];

const CITIES = ['Muscat', 'Rome', 'Vienna', 'Geneva', 'Doha', 'Oslo', 'New York', 'Istanbul', 'Cairo', 'Tehran', 'Washington'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function sentence(scene: Scene, kind: Kind): string {
  const { rng } = scene;
  let pool = TEMPLATES[kind];
  if (kind === 'background' && scene.date > '2025-06-25') pool = [...pool, ...AFTER_JUNE_WAR];
  if (kind === 'followup' && !scene.speaker) return sentence(scene, 'quote');
  const text = fill(scene, rng.pick(pool));
  return capitalise(text.replace(/,\s*([.:;!?])/g, '$1').replace(/,\s*,/g, ',').replace(/\s{2,}/g, ' '));
}

function fill(scene: Scene, template: string): string {
  const { rng } = scene;
  const chosen = template.replace(/\[([^\]]+)\]/g, (_, options: string) => rng.pick(options.split('|')));
  // Placeholders filled left to right, so "{S} … {pron}" refers to the subject just named.
  return chosen.replace(/\{(\w+)\}/g, (_, key: string) => resolve(scene, key));
}

function resolve(scene: Scene, key: string): string {
  const { rng } = scene;
  switch (key) {
    case 'S': {
      const actor = scene.invented.length > 0 && rng.chance(0.12) ? rng.pick(scene.invented) : rng.weighted(scene.people, (_, i) => 1 / (i + 1));
      scene.speaker = actor;
      return nameOf(rng, actor);
    }
    case 'P': {
      const others = scene.people.filter((p) => p !== scene.speaker);
      return nameOf(rng, others.length > 0 ? rng.pick(others) : scene.people[0]!);
    }
    case 'U': {
      const actor = rng.pick(scene.invented.length > 0 ? scene.invented : scene.people);
      scene.speaker = actor;
      return nameOf(rng, actor);
    }
    case 'pron': return scene.speaker?.female ? 'she' : 'he';
    case 'Pron': return scene.speaker?.female ? 'She' : 'He';
    case 'C': return countryForm(rng, rng.weighted(scene.countries.slice(0, 2), (_, i) => (i === 0 ? 2 : 1)));
    case 'C2': return countryForm(rng, rng.weighted(scene.countries.slice(1), (_, i) => 1 / (i + 1)));
    case 'D': return demonym(rng.pick(scene.countries.slice(0, 2)).id) ?? 'Iranian';
    case 'M': {
      scene.lastCapital = rng.weighted(scene.capitals.slice(0, 2), (_, i) => (i === 0 ? 3 : 2));
      return scene.lastCapital.name;
    }
    case 'M2': {
      const others = scene.capitals.filter((c) => c !== scene.lastCapital);
      return rng.pick(others.length > 0 ? others : scene.capitals).name;
    }
    case 'O': return organisationForm(rng, rng.weighted(scene.organisations, (o) => o.weight));
    case 'G': return organisationForm(rng, rng.weighted(scene.groups, (g) => g.weight));
    case 'MEDIA': return organisationForm(rng, rng.pick(scene.pools.media));
    case 'T': {
      const topic = rng.weighted(scene.topics, (_, i) => 1 / (i + 1));
      return rng.zipf(topic.phrases, 0.7);
    }
    case 'W': return when(rng, scene.date);
    case 'Wopt': return rng.chance(0.5) ? ` ${when(rng, scene.date)}` : '';
    case 'Q': return rng.pick(QUOTES);
    case 'CL': return rng.pick(CLAIMS);
    case 'city': return rng.zipf(CITIES, 0.8);
    case 'trump': return rng.chance(0.5) ? 'President Donald Trump' : 'then-President Donald Trump';
    case 'n': return String(rng.int(700, 1_100));
    case 'd': return String(rng.int(2, 8));
    case 'month': return MONTH_NAMES[rng.int(0, 11)]!;
    default: throw new Error(`unknown placeholder {${key}}`);
  }
}
