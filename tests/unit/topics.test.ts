import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatePhrases } from '../../src/lib/annotate/key-phrases.ts';
import { buildTopicMatcher, matchTopics, tagTopics, type TopicBlock } from '../../src/lib/annotate/topics.ts';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { loadTopics } from '../../src/lib/registry/topics.ts';
import { topicSchema, type Topic } from '../../src/lib/schema/topic.ts';
import { ROOT } from './helpers.ts';

function problems(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-topics-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadTopics(dir, dir);
    return [];
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.format());
    if (error instanceof DossierError) return [error.format()];
    throw error;
  }
}

const T = '- id: sanctions\n  name: Sanctions\n  description: Economic sanctions.\n  phrases: [sanctions]\n';
const topic = (fields: Record<string, unknown>): Topic => topicSchema.parse({ name: 'A topic', description: 'Test topic.', phrases: [], ...fields });
const body = (...texts: string[]): TopicBlock[] => texts.map((text, i) => ({ id: `p-${i + 1}`, kind: 'body', text }));

describe('the topic registry', () => {
  it('the project registry is valid', () => {
    const registry = loadTopics(join(ROOT, 'content', 'topics'));
    expect(registry.topics.length).toBeGreaterThanOrEqual(10);
    expect(registry.byId.get('direct-talks')?.weight).toBe(1);
  });
  it('names file, line and field for a bad value, a missing field and an unknown one', () => {
    const yaml = '- id: Direct Talks\n  name: Direct talks\n  phrases: [direct talks]\n  weight: -1\n  colour: red\n';
    expect(problems({ 'a.yaml': yaml })).toEqual([
      expect.stringMatching(/^a\.yaml:1: topic "Direct Talks", field "id": must be lowercase.*\n {2}fix: ids are lowercase/),
      expect.stringMatching(/^a\.yaml:1: topic "Direct Talks", field "description": /),
      expect.stringMatching(/^a\.yaml:4: topic "Direct Talks", field "weight": .*\n {2}fix: a positive number/),
      expect.stringMatching(/^a\.yaml:1: topic "Direct Talks": unknown field colour/),
    ]);
  });
  it('names the line of an invalid regex pattern', () => {
    const yaml = `${T}  patterns:\n    - '\\bsanction(?:s|ed)?\\b'\n    - '(unclosed'\n`;
    expect(problems({ 'a.yaml': yaml })).toEqual([
      expect.stringMatching(/^a\.yaml:7: topic "sanctions", field "patterns\.1": is not a valid regular expression: .*\n {2}fix: write a JavaScript regex/),
    ]);
  });
  it('refuses a pattern that is only valid without the u flag, or that can match nothing at all', () => {
    const yaml = `${T}  patterns:\n    - '\\-sanction'\n    - '(?:embargo)?'\n`;
    expect(problems({ 'a.yaml': yaml })).toEqual([
      expect.stringMatching(/^a\.yaml:6: .*"patterns\.0": is not a valid regular expression/),
      expect.stringMatching(/^a\.yaml:7: .*"patterns\.1": can match empty text/),
    ]);
  });
  it('refuses a topic with neither phrases nor patterns', () => {
    expect(problems({ 'a.yaml': T.replace('[sanctions]', '[]') })).toEqual([expect.stringMatching(/^a\.yaml:4: .*"phrases": needs at least one phrase or pattern/)]);
  });
  it('refuses the same id in two files, and a former id that is another topic', () => {
    expect(problems({ 'a.yaml': T, 'b.yaml': `# more\n${T}` })).toEqual([expect.stringMatching(/^b\.yaml:2: duplicate topic id "sanctions" \(also at a\.yaml:1\)/)]);
    const renamed = '- id: embargoes\n  name: Embargoes\n  description: d.\n  phrases: [embargo]\n  former_ids: [sanctions]\n';
    expect(problems({ 'a.yaml': T + renamed })).toEqual([expect.stringMatching(/^a\.yaml:5: duplicate topic id "sanctions" \(also at a\.yaml:1\)/)]);
  });
  it('reports malformed YAML and a file that is not a list', () => {
    expect(problems({ 'a.yaml': '- id: [unclosed\n' })).toEqual([expect.stringMatching(/^a\.yaml:\d+: malformed YAML/)]);
    expect(problems({ 'a.yaml': 'id: sanctions\n' })).toEqual([expect.stringMatching(/^a\.yaml:1: expected a YAML list of topics/)]);
  });
});

describe('tagging paragraphs', () => {
  const matcher = buildTopicMatcher([
    topic({ id: 'oman-talks', phrases: ['Oman', 'indirect talks', "Iran's mediators"], patterns: ['\\bvia\\s+Muscat\\b'] }),
    topic({ id: 'war', phrases: ['Israel-Iran war', 'ceasefire'], patterns: ["\\bIsrael['’]s\\s+strikes\\b"] }),
    topic({ id: 'rights', phrases: ['women’s rights'] }),
  ]);

  it('tags each body paragraph with the topics it carries and the text that carried them', () => {
    const tags = tagTopics(body('Envoys held indirect talks in Oman, then more talks via Muscat.', 'The ceasefire held.', 'Football scores.'), matcher);
    expect(tags.paragraphs).toEqual([
      { block: 'p-1', topics: [{ id: 'oman-talks', hits: ['indirect talks', 'Oman', 'via Muscat'] }] },
      { block: 'p-2', topics: [{ id: 'war', hits: ['ceasefire'] }] },
      { block: 'p-3', topics: [] },
    ]);
  });
  it('treats curly and straight apostrophes alike and keeps the text as written', () => {
    expect(matchTopics('Iran’s mediators met. Israel’s strikes and women\'s rights.', matcher)).toEqual([
      { id: 'oman-talks', hits: ['Iran’s mediators'] },
      { id: 'war', hits: ['Israel’s strikes'] },
      { id: 'rights', hits: ["women's rights"] },
    ]);
  });
  it('matches whole words in any case, across line breaks and dashes', () => {
    expect(matchTopics('A woman from Romania.', matcher)).toEqual([]);
    expect(matchTopics('OMAN hosted. The Israel–Iran\nwar ended.', matcher)).toEqual([
      { id: 'oman-talks', hits: ['OMAN'] },
      { id: 'war', hits: ['Israel–Iran\nwar'] },
    ]);
  });
  it('counts overlapping phrase and pattern hits once', () => {
    const m = buildTopicMatcher([topic({ id: 's', phrases: ['sanctions relief', 'sanctions'], patterns: ['\\bsanction(?:s|ed)?\\b'] })]);
    expect(matchTopics('Sanctions relief, not new sanctions.', m)).toEqual([{ id: 's', hits: ['Sanctions relief', 'sanctions'] }]);
  });
  it('gives an off-beat paragraph no topic', () => {
    const project = buildTopicMatcher(loadTopics(join(ROOT, 'content', 'topics')).topics);
    const offbeat = 'Conservative leader Pierre Poilievre lost his own seat in Parliament as the Liberal Party won the federal election, the broadcaster projected.';
    expect(matchTopics(offbeat, project)).toEqual([]);
    expect(matchTopics('Iran’s foreign minister rejected direct negotiations over uranium enrichment.', project).map((t) => t.id)).toEqual(['direct-talks', 'uranium-enrichment']);
  });
  it('tags 2,000 paragraphs a second with the project registry', () => {
    const project = buildTopicMatcher(loadTopics(join(ROOT, 'content', 'topics')).topics);
    const paragraph = 'Khamenei said on Sunday that talks with Washington over the nuclear programme would be pointless while sanctions remain, and reformists in parliament disagreed.';
    const started = performance.now();
    for (let i = 0; i < 2000; i++) matchTopics(`${paragraph} ${i}`, project);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('weighing the article’s topics', () => {
  const matcher = buildTopicMatcher([
    topic({ id: 'sanctions', phrases: ['sanctions'] }),
    topic({ id: 'nuclear', phrases: ['nuclear programme'], weight: 0.5 }),
    topic({ id: 'oman', phrases: ['Oman'] }),
  ]);
  const article = (paragraphs: string[], title = 'A headline') => tagTopics([{ id: 'title', kind: 'title', text: title }, ...body(...paragraphs)], matcher);

  it('sums weight × (1 + log2 hits) per paragraph over the paragraph count, plus a bonus for the headline', () => {
    const tags = article(['Sanctions and more sanctions.', 'The sanctions bite.', 'Nothing here.', 'The nuclear programme grew.'], 'Talks in Oman');
    // sanctions: (2 + 1) / 4; oman: headline only, 0.25; nuclear: 0.5 / 4 = 0.125 is under the threshold.
    expect(tags.article).toEqual([
      { id: 'sanctions', weight: 0.75 },
      { id: 'oman', weight: 0.25 },
    ]);
  });
  it('drops a single passing hit in a long article but keeps it in a short one', () => {
    const filler = 'An unrelated paragraph.';
    expect(article(['New sanctions.', ...Array(6).fill(filler)]).article).toEqual([]);
    expect(article(['New sanctions.', ...Array(5).fill(filler)]).article).toEqual([{ id: 'sanctions', weight: 0.167 }]);
    expect(article(['New sanctions.', ...Array(6).fill(filler)], 'Sanctions bite').article).toEqual([{ id: 'sanctions', weight: 0.393 }]);
  });
  it('ignores captions', () => {
    const tags = tagTopics([...body('Nothing.'), { id: 'caption-1', kind: 'caption', text: 'Sanctions protest in Oman' }], matcher);
    expect(tags).toEqual({ paragraphs: [{ block: 'p-1', topics: [] }], article: [] });
  });
});

describe('candidate key phrases', () => {
  const matcher = buildTopicMatcher([topic({ id: 'sanctions', phrases: ['sanctions'] })]);
  const paragraphs = [
    'The water shortage worsened in the capital as severe drought conditions spread.',
    'Officials blamed the water shortage on severe drought conditions, Energy Minister Ali Rezaei said.',
    'Sanctions made the water shortage worse.',
    'A severe water shortage hit farms in 2024, and 2024 was dry.',
  ];
  const articleIds = ['a', 'a', 'a', 'b'];

  it('proposes recurring lowercase phrases from untagged paragraphs, by article count then occurrences', () => {
    expect(candidatePhrases(paragraphs, matcher, { articleIds })).toEqual([
      { phrase: 'water shortage', articles: 2, occurrences: 3, example: 'The water shortage worsened in the capital as severe drought conditions spread.' },
      { phrase: 'severe drought conditions', articles: 1, occurrences: 2, example: 'The water shortage worsened in the capital as severe drought conditions spread.' },
    ]);
  });
  it('keeps names, numbers and function words at the edges out, and is deterministic', () => {
    const all = candidatePhrases(paragraphs, matcher, { articleIds, minOccurrences: 1, limit: 100 });
    expect(all.map((c) => c.phrase)).not.toContain('minister ali');
    for (const c of all) {
      expect(c.phrase).toMatch(/^\p{Ll}/u);
      expect(c.phrase).not.toMatch(/\d{4}|^(?:the|a|in|and|as|on) | (?:the|a|in|and|as|on|said)$/);
    }
    expect(candidatePhrases(paragraphs, matcher, { articleIds, minOccurrences: 1 })).toEqual(candidatePhrases(paragraphs, matcher, { articleIds, minOccurrences: 1 }));
  });
  it('counts every paragraph as its own document without article ids', () => {
    expect(candidatePhrases(paragraphs, matcher)[0]).toMatchObject({ phrase: 'water shortage', articles: 3, occurrences: 3 });
  });
});
