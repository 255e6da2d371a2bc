import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The lexicon tags discovery reads: a given name, a place, an organisation. */
export const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Person', 'City', 'Country', 'Region', 'Place', 'Organization'] as const;
export type NameTag = (typeof NAME_TAGS)[number];

/** Words by tag, each list sorted, with the compromise version they came from. */
export type NameLexicon = { compromise: string; tags: Record<NameTag, string[]> };

export const NAME_LEXICON_FILE = fileURLToPath(new URL('./data/name-lexicon.json', import.meta.url));

/** The name lexicon of the installed compromise: what scripts/name-lexicon.ts writes, and what the test compares with. */
export function nameLexiconOf(): NameLexicon {
  const require = createRequire(import.meta.url);
  const world = (require('compromise/two') as { world: () => unknown }).world() as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const version = (require('compromise/two') as { version: string }).version;
  const tags = Object.fromEntries(NAME_TAGS.map((tag) => [tag, [] as string[]])) as Record<NameTag, string[]>;
  for (const [word, tagged] of Object.entries(world.model.one.lexicon)) {
    for (const tag of Array.isArray(tagged) ? tagged : [tagged]) if (tag in tags) tags[tag as NameTag].push(word);
  }
  for (const list of Object.values(tags)) list.sort();
  return { compromise: version, tags };
}
