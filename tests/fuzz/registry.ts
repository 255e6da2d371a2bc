import { buildLexicon, type Lexicon } from '../../src/lib/annotate/lexicon.ts';
import { entitySchema, type Entity } from '../../src/lib/schema/entity.ts';

const e = (fields: Record<string, unknown>): Entity => entitySchema.parse({ description: 'fuzz entity', ...fields });

/**
 * A small registry for fuzzing the matcher: ordinary names, names that are
 * also Markdown or HTML ("Fish & <Chips>", "Star*Wars_"), names outside
 * ASCII, an office (for role phrases), a metonym and a contextual alias, so
 * every kind of mention the pipeline makes turns up in random text.
 */
export const FUZZ_ENTITIES: Entity[] = [
  e({ id: 'iran', name: 'Iran', type: 'country', aliases: ['Islamic Republic'] }),
  e({ id: 'united-states', name: 'United States', type: 'country', aliases: ['US', 'U.S.'] }),
  e({ id: 'canada', name: 'Canada', type: 'country' }),
  e({ id: 'tehran', name: 'Tehran', type: 'place', metonym_for: 'iran' }),
  e({ id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: ['Trump'] }),
  e({ id: 'abbas-araghchi', name: 'Abbas Araghchi', type: 'person', aliases: ['Araghchi'], offices: [{ title: 'foreign minister', synonyms: ['top diplomat'], of: 'iran', from: '2024-08-21' }] }),
  e({ id: 'parliament-of-canada', name: 'Parliament of Canada', type: 'organization', contextual_aliases: [{ text: 'Parliament', requires: ['canada'] }] }),
  e({ id: 'fish-and-chips', name: 'Fish & <Chips> "Ltd"', type: 'organization', aliases: ['F&C <b>', 'Fish &amp; Chips'] }),
  e({ id: 'star-wars', name: 'Star*Wars_ [Org](x)', type: 'organization', aliases: ['Back\\slash `Tick`'] }),
  e({ id: 'hamas', name: 'حماس', type: 'group', aliases: ['Hamas', 'Ḥamās'] }),
  e({ id: 'emoji-club', name: 'Emoji 😀 Club', type: 'group', aliases: ['Zero\u200bWidth'] }),
];

export const fuzzLexicon: Lexicon = buildLexicon(FUZZ_ENTITIES);

/** Every way the registry writes a name, to sprinkle through random text. */
export const REGISTERED_NAMES: string[] = FUZZ_ENTITIES.flatMap((x) => [x.name, ...x.aliases, ...x.contextual_aliases.map((c) => c.text)]);
