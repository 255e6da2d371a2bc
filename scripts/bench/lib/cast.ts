import { DESCRIPTORS, INSTITUTES, UNREGISTERED_FIRST, UNREGISTERED_LAST } from './phrases.ts';
import type { Rng } from './prng.ts';
import { officesOn, type Named, type Person, type Pools } from './registry-pools.ts';

/**
 * Who appears in one article and how each is named: the full name (or a
 * title before it) the first time, then the surname, a role phrase ("Iran’s
 * foreign minister") or a pronoun, the way news copy does.
 */
export type Actor = {
  full: string;
  short: string;
  female: boolean;
  /** The first mention, e.g. "Iranian Foreign Minister Abbas Araghchi" or "Reza Karimi, a Tehran-based political analyst". */
  intro: string;
  /** A later mention by office, when the person holds one on the article's date. */
  role: string | null;
  introduced: boolean;
};

const DEMONYMS: Record<string, string> = {
  iran: 'Iranian', 'united-states': 'US', israel: 'Israeli', 'united-kingdom': 'British', france: 'French', germany: 'German',
  russia: 'Russian', china: 'Chinese', oman: 'Omani', qatar: 'Qatari', 'saudi-arabia': 'Saudi', italy: 'Italian', turkey: 'Turkish',
  egypt: 'Egyptian', iraq: 'Iraqi', lebanon: 'Lebanese', syria: 'Syrian', pakistan: 'Pakistani', jordan: 'Jordanian',
  'united-arab-emirates': 'Emirati', canada: 'Canadian', ukraine: 'Ukrainian', 'european-union': 'EU',
};
/** How a possessive role phrase names its country: "Iran’s", "the US", "Britain’s". */
const ANCHORS: Record<string, string> = { 'united-states': 'US', 'united-kingdom': 'Britain', 'european-union': 'EU', 'united-nations': 'UN' };

export function demonym(id: string): string | undefined {
  return DEMONYMS[id];
}

export function registeredActor(rng: Rng, pools: Pools, person: Person, date: string, apos: string): Actor {
  const offices = officesOn(person, date);
  const office = offices.length > 0 ? rng.pick(offices) : undefined;
  let role: string | null = null;
  let intro = person.name;
  if (office) {
    const of = pools.byId.get(office.of);
    const anchor = ANCHORS[office.of] ?? shortestForm(of?.name ?? office.of, of?.aliases ?? []);
    const the = of?.type === 'organization' && anchor !== 'NATO' && !/^the /i.test(anchor) ? 'the ' : '';
    const title = rng.chance(0.8) || office.synonyms.length === 0 ? office.title : rng.pick(office.synonyms);
    role = anchor === 'US' || anchor === 'UN' || anchor === 'EU' ? `the ${anchor} ${title}` : `${the}${anchor}${apos}s ${title}`;
    const adjective = DEMONYMS[office.of] ?? anchor;
    const r = rng.next();
    if (r < 0.35) intro = `${adjective} ${titleCase(office.title)} ${person.name}`;
    else if (r < 0.5) intro = `${capitalise(role)}, ${person.name},`;
  }
  return { full: person.name, short: person.short, female: person.female, intro, role, introduced: false };
}

export function inventedActor(rng: Rng, pools: Pools): Actor {
  const female = rng.chance(0.35);
  let first = '';
  let last = '';
  // Names are drawn rank-biased, so a larger corpus meets new names ever more slowly, as real news does.
  do {
    first = rng.zipf(female ? UNREGISTERED_FIRST.female : UNREGISTERED_FIRST.male, 0.6);
    last = rng.zipf(UNREGISTERED_LAST, 0.6);
  } while (pools.surfaces.has(`${first} ${last}`.toLowerCase()) || pools.surfaces.has(last.toLowerCase()));
  const full = `${first} ${last}`;
  const descriptor = rng.pick(DESCRIPTORS).replace('{inst}', rng.zipf(INSTITUTES, 0.8));
  return { full, short: last, female, intro: `${full}, ${descriptor},`, role: null, introduced: false };
}

/** Names the actor, introducing them on first use. Trailing commas of an apposition are kept only mid-sentence. */
export function nameOf(rng: Rng, actor: Actor): string {
  if (!actor.introduced) {
    actor.introduced = true;
    return actor.intro;
  }
  if (actor.role && rng.chance(0.2)) return actor.role;
  return rng.chance(0.85) ? actor.short : actor.full;
}

export function countryForm(rng: Rng, country: Named): string {
  const form = rng.chance(0.75) ? country.name : rng.pick(country.forms);
  return /^(?:United States|Islamic Republic|United Kingdom|UK|U\.K\.|Holy See)/.test(form) ? `the ${form}` : form;
}

export function organisationForm(rng: Rng, org: Named): string {
  const form = rng.chance(0.6) ? org.name : rng.pick(org.forms);
  return org.article && !/^the /i.test(form) ? `the ${form}` : form;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SMALL = new Set(['of', 'the', 'and', 'to', 'for', 'in', 'on', 'a', 'an', 'with', 'at', 'by', 'as', 'over']);
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function shortestForm(name: string, aliases: string[]): string {
  const acronym = aliases.find((a) => /^[A-Z]{2,6}$/.test(a));
  return acronym ?? name;
}
