import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateArticle, type AnnotatedBlock } from '../../src/lib/annotate/article.ts';
import { buildLexicon } from '../../src/lib/annotate/lexicon.ts';
import { findStatements, type Statement } from '../../src/lib/annotate/quotes.ts';
import { scoreQuotes } from '../../src/lib/eval/quotes.ts';
import type { Mention } from '../../src/lib/annotate/match.ts';
import type { Article } from '../../src/lib/pipeline/load.ts';
import { entitySchema, type Entity, type EntityType } from '../../src/lib/schema/entity.ts';

const e = (fields: Record<string, unknown>): Entity => entitySchema.parse({ description: 'test entity', ...fields });

const REGISTRY: Entity[] = [
  e({ id: 'iran', name: 'Iran', type: 'country', aliases: ['Islamic Republic'] }),
  e({ id: 'united-states', name: 'United States', type: 'country', aliases: ['US', 'America'] }),
  e({ id: 'germany', name: 'Germany', type: 'country' }),
  e({ id: 'tehran', name: 'Tehran', type: 'place', metonym_for: 'iran' }),
  e({ id: 'geneva', name: 'Geneva', type: 'place' }),
  e({ id: 'e3', name: 'E3', type: 'group' }),
  e({ id: 'iaea', name: 'International Atomic Energy Agency', type: 'organization', aliases: ['IAEA'] }),
  e({ id: 'nbc-news', name: 'NBC News', type: 'organization' }),
  e({ id: 'german-foreign-office', name: 'German Foreign Office', type: 'organization' }),
  e({ id: 'white-house', name: 'White House', type: 'place' }),
  e({ id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: ['Trump'] }),
  e({ id: 'steve-witkoff', name: 'Steve Witkoff', type: 'person', aliases: ['Witkoff'] }),
  e({ id: 'kaja-kallas', name: 'Kaja Kallas', type: 'person', aliases: ['Kallas'] }),
  e({ id: 'abbas-araghchi', name: 'Abbas Araghchi', type: 'person', aliases: ['Araghchi'], offices: [{ title: 'foreign minister', of: 'iran', from: '2024-08-21' }] }),
  e({ id: 'ali-khamenei', name: 'Ali Khamenei', type: 'person', aliases: ['Khamenei', 'Ayatollah Ali Khamenei'], offices: [{ title: 'supreme leader', of: 'iran', from: '1989-06-04' }] }),
  e({ id: 'masoud-pezeshkian', name: 'Masoud Pezeshkian', type: 'person', aliases: ['Pezeshkian'], offices: [{ title: 'president', of: 'iran', from: '2024-07-28' }] }),
];
const lexicon = buildLexicon(REGISTRY);

type Text = { paragraphs: string[]; headline?: string; dek?: string; captions?: string[] };

function annotate({ paragraphs, headline = 'A headline about the talks', dek, captions = [] }: Text): { blocks: AnnotatedBlock[]; statements: Statement[] } {
  // Annotation reads only the text and the date; the rest of an Article is the pipeline's business.
  const article: Pick<Article, 'headline' | 'dek' | 'paragraphs' | 'captions' | 'published'> = {
    headline,
    dek: dek ?? null,
    paragraphs: paragraphs.map((text, i) => ({ text, line: i + 3 })),
    captions: captions.map((text) => ({ text, credit: null })),
    published: '2025-06-01',
  };
  const { blocks, discovered } = annotateArticle(article as Article, lexicon);
  const types = new Map<string, { type: EntityType }>([...lexicon.entities, ...discovered.map((d) => [d.id, d] as const)]);
  const statements = findStatements(blocks, types);
  for (const s of statements) {
    for (const part of s.parts) expect(blocks.find((b) => b.id === part.block)!.text.slice(part.start, part.end)).toBe(part.text);
    expect(s.text).toBe(s.parts.map((p) => p.text).join(' … '));
  }
  return { blocks, statements };
}

/** `speaker: text` of every statement, parts joined as in `text`. */
function quotes(paragraphs: string[], more: Omit<Text, 'paragraphs'> = {}): string[] {
  return annotate({ paragraphs, ...more }).statements.map((s) => `${s.speaker}: ${s.text}`);
}

function only(paragraphs: string[], more: Omit<Text, 'paragraphs'> = {}): Statement {
  const { statements } = annotate({ paragraphs, ...more });
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

describe('attribution patterns', () => {
  it('“…,” X said', () => {
    const s = only(['“We will not give up our rights,” Araghchi said on Friday.']);
    expect([s.speaker, s.cue, s.text]).toEqual(['abbas-araghchi', 'said', 'We will not give up our rights,']);
  });
  it('“…,” said X, with a role description as the subject', () => {
    expect(only(['“The door is open,” said Iran’s foreign minister.']).speaker).toBe('abbas-araghchi');
  });
  it('X says “…”', () => {
    expect(only(['Witkoff says “a deal is within reach” after the talks.']).speaker).toBe('steve-witkoff');
  });
  it('X said: “…”', () => {
    const s = only(['Khamenei said: “Negotiating with them is not wise.”']);
    expect([s.speaker, s.cue, s.text]).toEqual(['ali-khamenei', 'colon', 'Negotiating with them is not wise.']);
  });
  it('X said that … “…”: a fragment in reported speech, past a country named in between', () => {
    const s = only(['Araghchi said that Iran was “completely serious” about the talks.']);
    expect([s.speaker, s.text]).toEqual(['abbas-araghchi', 'completely serious']);
  });
  it('X told Y “…” and X told Y: “…” credit X, not the listener', () => {
    expect(quotes([
      'Khamenei told Pezeshkian “there is no harm in talking” during the meeting.',
      'Pezeshkian told Witkoff: “We want a fair deal.”',
    ])).toEqual(['ali-khamenei: there is no harm in talking', 'masoud-pezeshkian: We want a fair deal.']);
    expect(only(['“Do not trust them,” Khamenei told Pezeshkian.']).cue).toBe('told');
  });
  it('“…”, according to X', () => {
    const s = only(['“The inspectors will return next month”, according to the IAEA.']);
    expect([s.speaker, s.cue]).toEqual(['iaea', 'according-to']);
  });
  it('X, who …, said “…”', () => {
    expect(only(['Witkoff, who met the delegation in Geneva on Saturday, said “the talks were constructive and positive”.']).speaker).toBe('steve-witkoff');
  });
  it('X, an apposition with a country in it, told …', () => {
    expect(only(['Pezeshkian, the president of Iran, told reporters: “We seek peace for all.”']).speaker).toBe('masoud-pezeshkian');
  });
  it('“…?” X asked: a question mark does not end the sentence before its attribution', () => {
    expect(only(['“Why should we trust them again?” Araghchi asked.']).speaker).toBe('abbas-araghchi');
  });
  it('a headline credit: “… ‘meaningless’ …, says Iran”', () => {
    const { statements } = annotate({ headline: 'Talks with Washington are ‘meaningless’ now, says Iran', paragraphs: ['The talks stalled.'] });
    expect(statements.map((s) => [s.speaker, s.cue, s.text])).toEqual([['iran', 'headline', 'meaningless']]);
  });
  it('a headline that opens with the quotation: ‘…’: X …', () => {
    const { statements } = annotate({ headline: '‘No talks under fire’: Araghchi rejects the offer', paragraphs: ['The talks stalled.'] });
    expect(statements.map((s) => s.speaker)).toEqual(['abbas-araghchi']);
  });
  it('a standfirst whose subject is a title refers back to the person in the headline', () => {
    const { statements } = annotate({
      headline: 'Pezeshkian says Tehran ready to improve ties',
      dek: 'Iranian leader tells UN meeting his country is ‘ready to engage’ if all act ‘in good faith’.',
      paragraphs: ['The speech was short.'],
    });
    expect(statements.map((s) => `${s.speaker}: ${s.text}`)).toEqual(['masoud-pezeshkian: ready to engage', 'masoud-pezeshkian: in good faith']);
  });
});

describe('fragments embedded in a sentence', () => {
  it('take the subject of the sentence through a participle', () => {
    expect(quotes([
      'On Tuesday, Khamenei opened the door to talks with the US, telling the government there was “no harm” in engaging with the “enemy.”',
    ])).toEqual(['ali-khamenei: no harm', 'ali-khamenei: enemy.']);
  });
  it('“criticised … as”, “insisting that”', () => {
    expect(quotes(['Khamenei criticised politicians who want talks with Washington as “superficial”, insisting that “the nation will stand firm”.'])).toEqual([
      'ali-khamenei: superficial',
      'ali-khamenei: the nation will stand firm',
    ]);
  });
  it('“described as”, “what he called”', () => {
    expect(quotes([
      'The interview touched on threats against Khamenei, which Araghchi described as an "insult".',
      'Pezeshkian also criticised the US for what he called “its reckless escalation” and its “arrogance”.',
    ])).toEqual(['abbas-araghchi: insult', 'masoud-pezeshkian: its reckless escalation', 'masoud-pezeshkian: arrogance']);
  });
  it('single quotation marks, straight or curly, but never apostrophes', () => {
    expect(quotes(["Khamenei said enrichment was a 'red line' for Iran's leaders.", 'Araghchi called the offer ‘meaningless’, and Iran’s envoys didn’t disagree.'])).toEqual([
      'ali-khamenei: red line',
      'abbas-araghchi: meaningless',
    ]);
    expect(quotes(['Iran’s leaders don’t trust the Americans’ offer, and the ’90s are long gone.'])).toEqual([]);
  });
});

describe('pronouns and descriptions', () => {
  it('“he said” is the subject of the last sentence that names a person, skipping a country in between', () => {
    expect(only(['Araghchi flew to Germany on Monday to meet the E3.', '“We are ready for a fair deal,” he said.']).speaker).toBe('abbas-araghchi');
    expect(only(['Khamenei backed Pezeshkian, warning against internal strife.', '“Support the president,” he said.']).speaker).toBe('ali-khamenei');
  });
  it('“she said” and “he said” later in the same sentence', () => {
    expect(only(['Kallas met the E3 in Geneva. “Diplomacy must continue,” she said.']).cue).toBe('pronoun');
    expect(only(['Kallas met the E3 in Geneva. “Diplomacy must continue,” she said.']).speaker).toBe('kaja-kallas');
    expect(only(['But the next day he said that Iran “must stop and eliminate” its programme.'], { headline: 'Witkoff changes course on Iran' }).speaker).toBe('steve-witkoff');
  });
  it('“they said” is the last body named: a country, an organisation or a group', () => {
    expect(only(['The E3 met Araghchi in Geneva on Friday.', '“We will act if we must,” they said.']).speaker).toBe('e3');
  });
  it('“the minister said” refers back to a person named in this or the previous paragraph', () => {
    expect(only(['Araghchi arrived in Geneva on Friday.', '“We came in good faith,” the minister said.']).speaker).toBe('abbas-araghchi');
    expect(only(['Araghchi arrived in Geneva on Friday.', 'The talks lasted hours.', 'Nothing was agreed.', '“We came in good faith,” the minister said.']).speaker).toBeNull();
  });
  it('“an official said” credits nobody, but the words are still a statement', () => {
    const s = only(['Araghchi arrived in Geneva.', '“The talks will resume next week,” an official said.']);
    expect([s.speaker, s.cue]).toEqual([null, null]);
  });
  it('a body credits the body named with it, or its adjective', () => {
    expect(only(['Germany’s foreign ministry said “the attack must be condemned”.']).speaker).toBe('germany');
    expect(only(['Iran met the IAEA in Cairo.', 'Speaking afterwards, the Iranian foreign ministry said “the agreement sets out practical steps”.']).speaker).toBe('iran');
  });
  it('“the statement said” with no body named in the sentence credits nobody', () => {
    expect(only(['Talks ended late.', '“The meeting was useful,” the statement said.']).speaker).toBeNull();
  });
});

describe('sources, objects and names', () => {
  it('“quoted X as saying” credits X, not the agency', () => {
    expect(only(['The agency quoted Araghchi as saying the talks were “serious and useful”.']).speaker).toBe('abbas-araghchi');
    expect(only(['Araghchi spoke in Geneva.', '“The talks were useful,” the agency quoted him as saying.']).speaker).toBe('abbas-araghchi');
  });
  it('a passive “told by X” credits X', () => {
    expect(only(['Pezeshkian was told by Khamenei that “the enemy cannot be trusted”.']).speaker).toBe('ali-khamenei');
  });
  it('a name set off by commas after a title is the speaker', () => {
    expect(only(['“There will be no ceasefire,” the spokesperson, Kaja Kallas, said in a briefing.']).speaker).toBe('kaja-kallas');
  });
  it('somebody’s unnamed spokesperson is not the last person named', () => {
    const s = only(['Araghchi arrived in Geneva.', 'The president’s spokesperson said the remarks were “clearly unacceptable”.']);
    expect([s.speaker, s.text]).toEqual([null, 'clearly unacceptable']);
  });
  it('a place that is the subject of a speech verb speaks for its occupant; a place named after a preposition does not', () => {
    expect(only(['The White House said the talks were “very positive”.']).speaker).toBe('white-house');
    expect(quotes(['Reporters gathered outside the White House shouting “answers”.'])).toEqual([]);
  });
  it('a clause after “, and” is not attributed to the verb before it, but “, and that” is', () => {
    expect(quotes(['Araghchi said Tehran would respond, and the E3 discussed the “snapback”.'])).toEqual([]);
    expect(only(['Pezeshkian told the assembly that Iran wants peace, and that Tehran is “ready to engage”.']).speaker).toBe('masoud-pezeshkian');
  });
  it('a headline that opens with its speaker and a colon', () => {
    const { statements } = annotate({ headline: 'Trump: Iran ‘wants to talk’ after the strikes', paragraphs: ['The talks stalled.'] });
    expect(statements.map((s) => [s.speaker, s.cue, s.text])).toEqual([['donald-trump', 'headline', 'wants to talk']]);
    expect(annotate({ headline: 'Facilitated by Germany: Iran and IAEA sign ‘new framework’', paragraphs: ['The talks ended.'] }).statements).toEqual([]);
  });
});

describe('quotations in several parts', () => {
  it('a quotation interrupted by its attribution is one statement in two parts', () => {
    const { statements, blocks } = annotate({ paragraphs: ['“We are ready,” Araghchi said, “but not at any price.”'] });
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect([s!.speaker, s!.text, s!.parts.length]).toEqual(['abbas-araghchi', 'We are ready, … but not at any price.', 2]);
    expect(s!.parts.map((p) => blocks[1]!.text.slice(p.start - 1, p.end + 1))).toEqual(['“We are ready,”', '“but not at any price.”']);
  });
  it('a quotation over several paragraphs: one part per paragraph, one speaker', () => {
    const { statements } = annotate({
      paragraphs: ['Araghchi said: “We have been clear from the start.', '“We will not negotiate under fire.', '“Enrichment is our right,” he added.', 'Talks ended.'],
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]!.speaker).toBe('abbas-araghchi');
    expect(statements[0]!.parts.map((p) => [p.block, p.text])).toEqual([
      ['p-1', 'We have been clear from the start.'],
      ['p-2', 'We will not negotiate under fire.'],
      ['p-3', 'Enrichment is our right,'],
    ]);
  });
  it('single quotation marks can run over paragraphs too', () => {
    const { statements } = annotate({ paragraphs: ['Araghchi spoke in Geneva. He said: ‘We have been clear from the start.', '‘Our position has not changed.’'] });
    expect(statements.map((s) => [s.speaker, s.parts.length, s.text])).toEqual([['abbas-araghchi', 2, 'We have been clear from the start. … Our position has not changed.']]);
  });
  it('a quotation alone in the next paragraph continues the previous speaker', () => {
    const { statements } = annotate({
      paragraphs: ['“They planned this all along,” Araghchi said, suggesting the talks were a ruse.', '“We don’t know how we can trust them anymore.”'],
    });
    expect(statements.map((s) => [s.speaker, s.cue])).toEqual([['abbas-araghchi', 'said'], ['abbas-araghchi', 'continuation']]);
  });
  it('a quotation with nobody to credit keeps a null speaker', () => {
    expect(quotes(['The talks stalled in Geneva.', '“Nobody here believes a deal is close anymore.”'])).toEqual(['null: Nobody here believes a deal is close anymore.']);
  });
});

describe('scare quotes and quoted terms are not statements', () => {
  it('a term quoted in a sentence where nobody speaks', () => {
    expect(quotes([
      'The E3 reviewed the possibility of invoking a sanctions “snapback” mechanism before the deadline.',
      'Iranian state television complained about the "paparazzi" outside the embassy.',
      'Trump revived his so-called “maximum pressure” campaign.',
    ])).toEqual([]);
  });
  it('titles and names: a memoir, a programme, a slogan', () => {
    expect(quotes([
      'Araghchi signed copies of his memoir, "The Power of Negotiation," at the book fair.',
      'Pezeshkian appeared on "This Week" in New York.',
      'He campaigned from the “America First” playbook by adopting the slogan “Canada First”.',
    ])).toEqual([]);
  });
  it('a quoted noun qualifying the next noun, even in a sentence with a speaker', () => {
    expect(quotes(['Araghchi said the E3 had no right to trigger the “snapback” mechanism.'])).toEqual([]);
    expect(quotes(['Pezeshkian told the assembly he wants to open a “constructive” chapter.'])).toEqual(['masoud-pezeshkian: constructive']);
  });
  it('a name with a noun inside short quotation marks names a thing', () => {
    expect(quotes(['Iran rejected the “Trump plan” on Sunday.'])).toEqual([]);
    expect(quotes(['Pezeshkian condemned Israel’s “genocide in Gaza”.'])).toEqual(['masoud-pezeshkian: genocide in Gaza']);
  });
  it('a phrase the article also uses without quotation marks is a term', () => {
    expect(quotes(['Trump said he would restore “maximum pressure” on Iran.', 'The maximum pressure campaign failed before.'])).toEqual([]);
  });
  it('short quotations in a clause that credits them are statements', () => {
    expect(quotes(['Witkoff called the proposal “unacceptable” on Monday.'])).toEqual(['steve-witkoff: unacceptable']);
  });
});

describe('scope', () => {
  it('skips captions and reads the headline and standfirst', () => {
    const { statements } = annotate({
      headline: 'Khamenei says talks with the US are ‘not wise’',
      captions: ['Khamenei said “this caption is not annotated” at the ceremony.'],
      paragraphs: ['The speech was short.'],
    });
    expect(statements.map((s) => [s.speaker, s.parts[0]!.block, s.text])).toEqual([['ali-khamenei', 'title', 'not wise']]);
  });
  it('numbers statements in reading order', () => {
    const { statements } = annotate({ paragraphs: ['“First words here,” Araghchi said.', '“Second words here,” Witkoff said.'] });
    expect(statements.map((s) => s.id)).toEqual(['s-1', 's-2']);
  });
});

describe('scoring quotes against gold', () => {
  it('matches gold quotes by their first words and counts right speakers and extras', () => {
    const { statements, blocks } = annotate({ paragraphs: ['“We are ready to talk today,” Araghchi said.', 'Witkoff called it “a good start” and “progress”.'] });
    const score = scoreQuotes(
      { entities: [], quotes: [{ text_start: 'We are ready to talk', speaker: 'abbas-araghchi' }, { text_start: 'a good start', speaker: 'donald-trump' }, { text_start: 'missing words', speaker: null }] },
      statements,
      blocks,
    );
    expect([score.gold, score.found, score.matched, score.right]).toEqual([3, 3, 2, 1]);
    expect(score.extra).toEqual([{ text: 'progress', speaker: 'steve-witkoff' }]);
  });
  it('tells apart two quotations that start alike by the closing mark gold gives', () => {
    const { statements, blocks } = annotate({
      dek: 'Pezeshkian says Iran is ‘ready to engage’ with the West.',
      paragraphs: ['Pezeshkian said Iran is “ready to engage” now.'],
    });
    const score = scoreQuotes(
      { entities: [], quotes: [{ text_start: 'ready to engage’', speaker: 'masoud-pezeshkian' }, { text_start: 'ready to engage”', speaker: 'masoud-pezeshkian' }] },
      statements,
      blocks,
    );
    expect([score.matched, score.right, score.extra.length]).toEqual([2, 2, 0]);
    expect(score.checks.map((c) => c.matched)).toEqual([true, true]);
  });
});

describe('any text', () => {
  const NAMES: Record<string, string> = { Araghchi: 'abbas-araghchi', Iran: 'iran', Geneva: 'geneva' };
  const TOKENS = ['Araghchi', 'Iran', 'Geneva', 'said', 'told', 'he', 'the', 'minister', 'talks', '“', '”', '"', '‘', '’', "'", ',', '.', ':', '?', '—', 'Iran’s', 'don’t', '’90s', '\u00a0'];
  /** A paragraph of random tokens, with the names in it as mentions. */
  const paragraph = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((tokens) => {
    let text = '';
    const mentions: Mention[] = [];
    for (const token of tokens) {
      if (text && !/^[,.:?’”]/u.test(token)) text += ' ';
      const entity = NAMES[token];
      if (entity) mentions.push({ entity, text: token, start: text.length, end: text.length + token.length, via: 'name' });
      text += token;
    }
    return { text, mentions };
  });
  const types = new Map<string, { type: EntityType }>([['abbas-araghchi', { type: 'person' }], ['iran', { type: 'country' }], ['geneva', { type: 'place' }]]);

  it('never throws, numbers statements in order and points every part at its quoted words', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const blocks: AnnotatedBlock[] = paragraphs.map((p, i) => ({ id: i === 0 ? 'title' : `p-${i}`, kind: i === 0 ? 'title' : 'body', ...p }));
        const statements = findStatements(blocks, types);
        statements.forEach((s, i) => {
          expect(s.id).toBe(`s-${i + 1}`);
          expect(s.parts.length).toBeGreaterThan(0);
          for (const part of s.parts) {
            const text = blocks.find((b) => b.id === part.block)!.text;
            expect(part.start).toBeLessThan(part.end);
            expect(text.slice(part.start, part.end)).toBe(part.text);
          }
          if (s.speaker !== null) expect(types.has(s.speaker)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
