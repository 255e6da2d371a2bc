import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DossierError } from '../../../src/lib/errors.ts';
import { readEntityFile } from '../../../src/lib/registry/entities.ts';
import { loadTopics } from '../../../src/lib/registry/topics.ts';
import type { Entity, Office } from '../../../src/lib/schema/entity.ts';

/**
 * The names the synthetic articles are written with, read from the curated
 * registry so that the annotator meets the same names, aliases, offices and
 * metonyms it meets in real seeds (and so the corpus follows the registry as
 * editors extend it).
 */
export type Person = { id: string; name: string; short: string; female: boolean; offices: Office[]; weight: number };
export type Named = { id: string; name: string; forms: string[]; weight: number; article: boolean };
export type Capital = { id: string; name: string; of: string };
export type TopicPool = { id: string; name: string; phrases: string[] };

export type Pools = {
  people: Person[];
  countries: Named[];
  organisations: Named[];
  groups: Named[];
  media: Named[];
  capitals: Capital[];
  topics: TopicPool[];
  byId: Map<string, Entity>;
  /** Every registered surface form, lowercased, so invented names never collide with one. */
  surfaces: Set<string>;
};

// Weight of each people file: the corpus is about Iran and the United States.
const PEOPLE_FILES: Record<string, number> = {
  'people-iran': 3,
  'people-us': 3,
  'people-israel': 1.4,
  'people-europe': 1,
  'people-international': 0.8,
  'people-other': 0.6,
};

const COUNTRY_WEIGHTS: Record<string, number> = {
  iran: 12, 'united-states': 10, israel: 4, 'united-kingdom': 1.5, france: 1.5, germany: 1.5, russia: 1.6, china: 1.5,
  oman: 1.5, qatar: 1, 'saudi-arabia': 1.2, iraq: 1, lebanon: 1, syria: 0.7, yemen: 0.6, 'united-arab-emirates': 0.6, turkey: 0.5, pakistan: 0.4,
};

/** Outlets are cited as sources ("told Reuters"), not as actors in the story. */
const MEDIA = new Set(['irna', 'tasnim-news-agency', 'fars-news-agency', 'mehr-news-agency', 'isna', 'press-tv', 'tehran-times', 'kayhan', 'iran-international', 'reuters', 'associated-press', 'agence-france-presse', 'al-jazeera', 'financial-times', 'axios', 'new-york-times', 'wall-street-journal', 'washington-post', 'cnn', 'bbc', 'nbc-news', 'cbs-news']);
/** Armed groups, the subject of "{G}, which is backed by Tehran". */
const ARMED = new Set(['hamas', 'palestinian-islamic-jihad', 'hezbollah', 'houthis', 'kataib-hezbollah', 'islamic-resistance-in-iraq']);
/** Registry entries that would read oddly in a story about Iran and the US. */
const OFF_BEAT = new Set(['muscat-international-book-fair', 'conservative-party-of-canada', 'liberal-party-of-canada', 'parliament-of-canada', 'antiwar-com', 'canadian-broadcasting-corporation', 'fox-news', 'abc-news']);
/** Organisations written without "the" ("NATO said", not "the NATO said"). */
const NO_ARTICLE = new Set(['nato', 'mossad', 'knesset', 'ofac', 'reuters', 'irna', 'press-tv', 'axios', 'cnn', 'bbc', 'isna', 'kayhan']);
/** The registry has no gender; pronouns in quotes need one. */
const WOMEN = new Set(['kamala-harris', 'tulsi-gabbard', 'karoline-leavitt', 'morgan-ortagus', 'tammy-bruce', 'dorothy-shea', 'linda-thomas-greenfield', 'fatemeh-mohajerani', 'annalena-baerbock', 'kaja-kallas', 'ursula-von-der-leyen', 'giorgia-meloni', 'yvette-cooper', 'nikki-haley', 'hillary-clinton', 'narges-mohammadi', 'elise-stefanik']);

export function loadPools(entitiesDir: string, topicsDir: string): Pools {
  const errors: DossierError[] = [];
  const byFile = new Map<string, Entity[]>();
  for (const name of readdirSync(entitiesDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const located = readEntityFile(readFileSync(join(entitiesDir, name), 'utf8'), name, errors);
    byFile.set(basename(name).replace(/\.ya?ml$/, ''), located.map((l) => l.entity));
  }
  if (errors.length > 0) throw new Error(`the entity registry does not load: ${errors[0]!.message}`);
  const all = [...byFile.values()].flat();
  const byId = new Map(all.map((e) => [e.id, e]));
  const surfaces = new Set(all.flatMap((e) => [e.name, ...e.aliases, ...e.contextual_aliases.map((c) => c.text)]).map((s) => s.toLowerCase()));

  const people: Person[] = [];
  for (const [file, weight] of Object.entries(PEOPLE_FILES)) {
    (byFile.get(file) ?? []).forEach((e, rank) => {
      people.push({ id: e.id, name: e.name, short: shortName(e), female: WOMEN.has(e.id), offices: e.offices, weight: weight / (rank + 1) ** 0.7 });
    });
  }
  const named = (e: Entity, weight: number): Named => ({
    id: e.id,
    name: e.name,
    forms: [e.name, ...e.aliases.filter((a) => a.length <= 16 && !/^the /i.test(a))],
    weight,
    article: e.type === 'organization' && !NO_ARTICLE.has(e.id) && !/^the /i.test(e.name),
  });
  const countries = (byFile.get('countries') ?? []).map((e) => named(e, COUNTRY_WEIGHTS[e.id] ?? 0.15));
  const organisations = (byFile.get('organizations') ?? [])
    .filter((e) => !MEDIA.has(e.id) && !OFF_BEAT.has(e.id))
    .map((e, rank) => named(e, 1 / (rank + 1) ** 0.6));
  const media = (byFile.get('organizations') ?? []).filter((e) => MEDIA.has(e.id)).map((e) => ({ ...named(e, 1), article: false }));
  const groups = (byFile.get('groups') ?? []).filter((e) => ARMED.has(e.id)).map((e, rank) => ({ ...named(e, 1 / (rank + 1) ** 0.5), article: e.id === 'houthis' }));
  const capitals = (byFile.get('places') ?? []).filter((e) => e.metonym_for).map((e) => ({ id: e.id, name: e.name.replace(/, D\.C\.$/, ''), of: e.metonym_for! }));

  const topics = loadTopics(topicsDir).topics.map((t) => ({ id: t.id, name: t.name, phrases: t.phrases.filter((p) => nounPhrase(p) && !surfaces.has(p.toLowerCase())) }));
  return { people, countries, organisations, groups, media, capitals, topics: topics.filter((t) => t.phrases.length > 0), byId, surfaces };
}

/** "Araghchi" for Abbas Araghchi: the one-word alias that ends the name, as papers write it after the first mention. */
function shortName(e: Entity): string {
  const tokens = e.name.split(/\s+/);
  const last = tokens[tokens.length - 1]!;
  if (e.aliases.includes(last)) return last;
  const single = e.aliases.find((a) => !a.includes(' ') && tokens.includes(a));
  return single ?? e.name;
}

/** Topic phrases that read as a noun phrase in "talks on …" (not "mediated", "negotiate directly"). */
function nounPhrase(p: string): boolean {
  if (/^(?:negotiate|talk|talks directly|enrich |passed|exchanged|sanctions lifted|snap back|lifting|war with)/i.test(p)) return false;
  return !(!p.includes(' ') && /(?:ed|ing)$/i.test(p));
}

/** The offices a person holds on a date (YYYY-MM-DD). */
export function officesOn(person: Person, date: string): Office[] {
  return person.offices.filter((o) => (!o.from || o.from <= date) && (!o.to || date <= o.to));
}
