import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/lib/annotate/article.ts';
import { buildLexicon } from '../../src/lib/annotate/lexicon.ts';
import { longestFirst, matchNames } from '../../src/lib/annotate/match.ts';
import type { Article } from '../../src/lib/pipeline/load.ts';
import { entitySchema, type Entity } from '../../src/lib/schema/entity.ts';

const e = (fields: Record<string, unknown>): Entity => entitySchema.parse({ description: 'test entity', ...fields });

const REGISTRY: Entity[] = [
  e({ id: 'iran', name: 'Iran', type: 'country', aliases: ['Islamic Republic', 'Islamic republic'] }),
  e({ id: 'united-states', name: 'United States', type: 'country', aliases: ['US', 'U.S.', 'America'] }),
  e({ id: 'italy', name: 'Italy', type: 'country' }),
  e({ id: 'hamas', name: 'Hamas', type: 'group' }),
  e({ id: 'iaea', name: 'International Atomic Energy Agency', type: 'organization', aliases: ['IAEA'] }),
  e({ id: 'tehran', name: 'Tehran', type: 'place', metonym_for: 'iran' }),
  e({ id: 'rome', name: 'Rome', type: 'place', metonym_for: 'italy' }),
  e({ id: 'washington-dc', name: 'Washington, D.C.', type: 'place', aliases: ['Washington'], metonym_for: 'united-states' }),
  e({ id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: ['Trump'] }),
  e({ id: 'abbas-araghchi', name: 'Abbas Araghchi', type: 'person', aliases: ['Araghchi', 'Araqchi', 'Aragchi'], offices: [{ title: 'foreign minister', synonyms: ['top diplomat', 'FM'], of: 'iran', from: '2024-08-21' }] }),
  e({ id: 'hossein-amir-abdollahian', name: 'Hossein Amir-Abdollahian', type: 'person', offices: [{ title: 'foreign minister', of: 'iran', from: '2021-08-25', to: '2024-05-19' }] }),
  e({ id: 'ali-khamenei', name: 'Ali Khamenei', type: 'person', aliases: ['Khamenei', 'Ayatollah Ali Khamenei'], offices: [{ title: 'supreme leader', of: 'iran', from: '1989-06-04' }] }),
  e({ id: 'ismail-haniyeh', name: 'Ismail Haniyeh', type: 'person', offices: [{ title: 'political chief', of: 'hamas', from: '2017-05-06', to: '2024-07-31' }] }),
  e({ id: 'canada', name: 'Canada', type: 'country' }),
  e({ id: 'parliament-of-canada', name: 'Parliament of Canada', type: 'organization', contextual_aliases: [{ text: 'Parliament', requires: ['canada'] }] }),
  e({ id: 'the-west', name: 'the West', type: 'group' }),
  e({ id: 'amp', name: 'Fish & <Chips> "Ltd"', type: 'organization', aliases: ['F&C <b>'] }),
];
const lexicon = buildLexicon(REGISTRY);

function article(paragraphs: string[], published: string | null = '2025-06-01', headline = 'A headline about nothing much'): Article {
  return {
    file: 't.txt', path: 't.txt', slug: 't', headline, dek: null, paragraphs: paragraphs.map((text, i) => ({ text, line: i + 3 })),
    captions: [], byline: null, bylineName: null, bio: null, dateline: null, dropped: [],
    publisher: null, url: null, published, author: null, unlisted: false, formerSlugs: [],
  };
}
/** `entity:text` for every mention in the body, in order. */
function found(paragraphs: string[], published?: string | null): string[] {
  return annotateArticle(article(paragraphs, published), lexicon).blocks
    .filter((b) => b.kind === 'body')
    .flatMap((b) => b.mentions.map((m) => `${m.entity}:${m.text}`));
}

describe('matching names', () => {
  it('handles possessives with either apostrophe and keeps the text as written', () => {
    expect(found(['Iran’s envoy met Iran\'s allies.'])).toEqual(['iran:Iran', 'iran:Iran']);
  });
  it('lets the longest match win', () => {
    expect(found(['Ayatollah Ali Khamenei spoke.'])).toEqual(['ali-khamenei:Ayatollah Ali Khamenei']);
  });
  it('matches on word boundaries only', () => {
    expect(found(['Iranian and Irani officials met Americans.'])).toEqual([]);
  });
  it('respects case where it matters: "US" is not "us"', () => {
    expect(found(['Tell us what the US wants.'])).toEqual(['united-states:US']);
  });
  it('counts a name used as a modifier: "Trump administration"', () => {
    expect(found(['The Trump administration pressed on.'])).toEqual(['donald-trump:Trump']);
  });
  it('knows every alias and spelling variant', () => {
    expect(found(['Araghchi, Araqchi and Aragchi are one man, as is Abbas Araghchi.'])).toEqual([
      'abbas-araghchi:Araghchi', 'abbas-araghchi:Araqchi', 'abbas-araghchi:Aragchi', 'abbas-araghchi:Abbas Araghchi',
    ]);
  });
  it('drops a leading "the" from a name: "the West" is matched as "West"', () => {
    expect(found(['Tehran wants ties with the West.'])).toContain('the-west:West');
  });
  it('applies a contextual alias only when its context is in the article', () => {
    expect(found(['Parliament voted in Canada.'])).toEqual(['parliament-of-canada:Parliament', 'canada:Canada']);
    expect(found(['Parliament voted in London.'])).not.toContain('parliament-of-canada:Parliament');
  });
  it('matches names containing markup characters literally', () => {
    expect(found(['F&C <b> and Fish & <Chips> "Ltd" both.'])).toEqual(['amp:F&C <b>', 'amp:Fish & <Chips> "Ltd"']);
  });
  it('longestFirst keeps the longer of two overlapping mentions', () => {
    const ms = matchNames('Donald Trump', lexicon, () => true);
    expect(longestFirst([...ms, { entity: 'x', text: 'Trump', start: 7, end: 12, via: 'name' }]).map((m) => m.entity)).toEqual(['donald-trump']);
  });
});

// A role mention contains its anchor; the longer (outer) mention is listed first.
describe('role phrases resolve by date', () => {
  it('resolves "Iran’s foreign minister" to the holder on the article’s date', () => {
    expect(found(['Iran’s foreign minister said so.'], '2025-06-01')).toEqual(['abbas-araghchi:Iran’s foreign minister', 'iran:Iran']);
    expect(found(['Iran’s foreign minister said so.'], '2023-03-01')).toEqual(['hossein-amir-abdollahian:Iran’s foreign minister', 'iran:Iran']);
  });
  it('leaves a gap between office-holders unresolved rather than guessing', () => {
    expect(found(['Iran’s foreign minister said so.'], '2024-07-01')).toEqual(['iran:Iran']);
  });
  it('uses synonyms and metonym anchors: "Tehran\'s top diplomat", "Iran FM"', () => {
    expect(found(["Tehran's top diplomat and the Iran FM agreed."])).toEqual([
      "abbas-araghchi:Tehran's top diplomat", 'iran:Tehran', 'abbas-araghchi:Iran FM', 'iran:Iran',
    ]);
  });
  it('does not count a title written straight before a name', () => {
    expect(found(['Iran’s Supreme Leader Ayatollah Ali Khamenei spoke.'])).toEqual(['iran:Iran', 'ali-khamenei:Ayatollah Ali Khamenei']);
  });
  it('counts a role set off by commas next to the name, and lets the apposition decide', () => {
    expect(found(['the killing of Hamas’s political chief, Ismail Haniyeh, in July'], '2024-08-27')).toEqual([
      'ismail-haniyeh:Hamas’s political chief', 'hamas:Hamas', 'ismail-haniyeh:Ismail Haniyeh',
    ]);
  });
  it('does not resolve "former" holders', () => {
    expect(found(['Iran’s former foreign minister spoke.'])).toEqual(['iran:Iran']);
  });
});

describe('metonyms', () => {
  it('reads a capital as its government where the article speaks of that state', () => {
    expect(found(['Iran said Tehran would talk to Washington and the US.'])).toEqual([
      'iran:Iran', 'iran:Tehran', 'united-states:Washington', 'united-states:US',
    ]);
  });
  it('reads it as the place after a locative or before ", Country"', () => {
    expect(found(['Iran has officers in Tehran.', 'They prayed in Tehran, Iran, on Friday.'])).toEqual([
      'iran:Iran', 'tehran:Tehran', 'tehran:Tehran', 'iran:Iran',
    ]);
  });
  it('reads it as the place when the state is never mentioned', () => {
    expect(found(['Rome remains in mourning.'])).toEqual(['rome:Rome']);
  });
  it('skips it inside a longer name: "Tehran University"', () => {
    expect(found(['Iran reopened Tehran University.'])).toEqual(['iran:Iran']);
  });
});

describe('short forms and discovery', () => {
  it('resolves later short forms to the full name already seen', () => {
    const out = found(['Prime Minister Mark Carney spoke in Canada.', 'Mr Carney said Carney would stay.']);
    expect(out).toEqual(['mark-carney:Mark Carney', 'canada:Canada', 'mark-carney:Carney', 'mark-carney:Carney']);
  });
  it('finds unregistered organisations and places, not demonyms or treaties', () => {
    const out = found(['Iranian officials spoke to NBC News near the Hajar Mountains about the Non-Proliferation Treaty.']);
    expect(out).toEqual(['nbc-news:NBC News', 'hajar-mountains:Hajar Mountains']);
  });
  it('takes a capitalised job title before a name for an office, not an actor', () => {
    const out = found(['French President Emmanuel Macron met Government Spokeswoman Fatemeh Mohajerani and the Strategic Affairs Minister.']);
    expect(out).toEqual(['emmanuel-macron:Emmanuel Macron', 'fatemeh-mohajerani:Fatemeh Mohajerani']);
  });
  it('reads a known given name as the start of a person’s name, and a known city after “in” as a place', () => {
    const { discovered } = annotateArticle(article(['Sarah Morrow, an analyst, spoke to reporters in Oslo and near Kirkuk.']), lexicon);
    expect(discovered).toEqual([
      { id: 'kirkuk', name: 'Kirkuk', type: 'place' },
      { id: 'oslo', name: 'Oslo', type: 'place' },
      { id: 'sarah-morrow', name: 'Sarah Morrow', type: 'person' },
    ]);
  });
  it('reads an institution or place headed by its kind as such, wherever the head stands', () => {
    const { discovered } = annotateArticle(article(['Analysts at the Institute for Regional Affairs, the Assembly of Experts and the Strait of Bandar spoke.', 'Amnesty International wrote to the Department of Trade and Industry.']), lexicon);
    expect(discovered).toEqual([
      { id: 'amnesty-international', name: 'Amnesty International', type: 'organization' },
      { id: 'assembly-of-experts', name: 'Assembly of Experts', type: 'organization' },
      { id: 'department-of-trade-and-industry', name: 'Department of Trade and Industry', type: 'organization' },
      { id: 'institute-for-regional-affairs', name: 'Institute for Regional Affairs', type: 'organization' },
      { id: 'strait-of-bandar', name: 'Strait of Bandar', type: 'place' },
    ]);
  });
  it('reads two institutions joined by “and” as two names', () => {
    expect(found(['He met the Assembly of Experts and Amnesty International.'])).toEqual(['assembly-of-experts:Assembly of Experts', 'amnesty-international:Amnesty International']);
    const { discovered } = annotateArticle(article(['Analysts at the Washington Institute and the Carnegie Endowment disagreed.']), lexicon);
    expect(discovered).toEqual([
      { id: 'carnegie-endowment', name: 'Carnegie Endowment', type: 'organization' },
      { id: 'washington-institute', name: 'Washington Institute', type: 'organization' },
    ]);
  });
  it('reads an unknown two-word name as a person unless it follows a word of place', () => {
    const { discovered } = annotateArticle(article(['Omid Caldwell, a former diplomat, said talks had stalled.']), lexicon);
    expect(discovered).toEqual([{ id: 'omid-caldwell', name: 'Omid Caldwell', type: 'person' }]);
  });
  it('keeps an institution named after an office', () => {
    expect(found(['A statement from the Office of the President followed.'])).toEqual(['office-of-the-president:Office of the President']);
  });
  it('ignores titles and slogans in quotation marks', () => {
    expect(found(['He signed copies of “The Power of Negotiation,” his memoir.'])).toEqual([]);
  });
});
