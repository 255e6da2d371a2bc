import { capitalise, countryForm, titleCase } from './cast.ts';
import type { Scene } from './sentences.ts';

/**
 * Headlines unique across the corpus: a slug is built from the date and the
 * headline, and two articles with one slug are refused, so a collision would
 * make the benchmark fail rather than measure. `taken` holds the folded
 * headlines already used (the first 80 slug characters, as slugs are cut).
 */
const VERBS = ['says', 'warns', 'rejects', 'signals', 'rules out', 'urges', 'vows', 'weighs', 'eyes', 'accuses', 'defends', 'backs', 'slams', 'welcomes', 'pushes for', 'calls for', 'dismisses', 'questions', 'doubles down on', 'opens door to'];
const OBJECTS = ['talks with {C2}', 'new push on {T}', '{T}', '{C2} proposal on {T}', 'deal on {T}', 'return of {T}', 'European move on {T}', '{C2} offer', 'limits on {T}', 'compromise over {T}', 'pressure over {T}', '{C2} demands on {T}', 'fresh round of talks', 'guarantees on {T}'];
const TAILS = ['', '', '', ' as talks stall', ' ahead of {city} meeting', ' amid row over {T}', ' after {city} talks', ' before deadline', ' in rare interview', ' as tensions rise', ' amid war fears', ' despite {T}', ' after strikes', ' as {city} hosts envoys'];
const CITIES = ['Muscat', 'Rome', 'Vienna', 'Geneva', 'Doha', 'Oslo', 'New York', 'Istanbul', 'Cairo'];

export function headline(scene: Scene, taken: Set<string>, titleCased: boolean): string {
  const { rng } = scene;
  for (let attempt = 0; attempt < 500; attempt++) {
    const subject = headlineSubject(scene);
    const text = `${subject} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}`.replace(/\{(\w+)\}/g, (_, key: string) => part(scene, key));
    if (text.length > 95) continue;
    const shaped = titleCased ? titleCase(text) : capitalise(text);
    const key = fold(shaped);
    if (taken.has(key)) continue;
    taken.add(key);
    return shaped;
  }
  throw new Error('could not find an unused headline: add more headline patterns');
}

function headlineSubject(scene: Scene): string {
  const { rng } = scene;
  const lead = scene.people[0]!;
  switch (rng.int(0, 5)) {
    case 0: return lead.short;
    case 1: return lead.role ?? lead.short;
    case 2: return scene.capitals[0]?.name ?? 'Tehran';
    case 3: return scene.people[1]?.short ?? lead.short;
    default: return countryForm(rng, scene.countries[0]!).replace(/^the /, '');
  }
}

function part(scene: Scene, key: string): string {
  const { rng } = scene;
  switch (key) {
    case 'C2': return countryForm(rng, scene.countries[1] ?? scene.countries[0]!).replace(/^the United States$/, 'US');
    case 'T': return rng.zipf(rng.weighted(scene.topics, (_, i) => 1 / (i + 1)).phrases, 0.7);
    case 'city': return rng.pick(CITIES);
    default: throw new Error(`unknown headline placeholder {${key}}`);
  }
}

/** The part of a headline its slug keeps: letters and digits, lowercased, cut where slugs are cut. */
function fold(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}
