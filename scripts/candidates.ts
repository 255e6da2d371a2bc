// npm run candidates [-- --seeds <dir> --json --limit N]: what the registries do not know yet, so an
// editor can promote it: names found in the text (for content/entities/), and recurring key phrases of
// paragraphs that no topic tags (for content/topics/, as a new topic or a new phrase of one).
import { resolve } from 'node:path';
import { annotateArticle } from '../src/lib/annotate/article.ts';
import { buildLexicon } from '../src/lib/annotate/lexicon.ts';
import { loadSeeds } from '../src/lib/pipeline/load.ts';
import { loadEntities } from '../src/lib/registry/entities.ts';
import { sentenceOf } from '../src/lib/annotate/sentences.ts';
import { candidatePhrases } from '../src/lib/annotate/key-phrases.ts';
import { buildTopicMatcher } from '../src/lib/annotate/topics.ts';
import { loadTopics } from '../src/lib/registry/topics.ts';
import { DossierError } from '../src/lib/errors.ts';
import { options, runCli } from './lib/cli.ts';
import { ENTITIES_DIR, TOPICS_DIR } from './lib/paths.ts';

type Candidate = { id: string; name: string; type: string; mentions: number; articles: Set<string>; contexts: string[] };

await runCli(() => {
  const { values } = options(
    {
      seeds: { type: 'string', default: 'seeds' },
      entities: { type: 'string', default: ENTITIES_DIR },
      topics: { type: 'string', default: TOPICS_DIR },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '50' },
    },
    'usage: npm run candidates -- [--seeds <dir>] [--entities <dir>] [--topics <dir>] [--json] [--limit 50]',
  );
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new DossierError(`--limit must be a whole number above 0, not "${values.limit}"`);
  const lexicon = buildLexicon(loadEntities(resolve(values.entities!)).entities);
  const { articles } = loadSeeds(resolve(values.seeds!));
  const found = new Map<string, Candidate>();
  const paragraphs: string[] = [];
  const paragraphArticles: string[] = [];
  for (const article of articles) {
    for (const p of article.paragraphs) {
      paragraphs.push(p.text);
      paragraphArticles.push(article.slug);
    }
    const { blocks, discovered } = annotateArticle(article, lexicon);
    const types = new Map(discovered.map((d) => [d.id, d]));
    for (const block of blocks) {
      for (const m of block.mentions) {
        const d = types.get(m.entity);
        if (!d) continue;
        const c = found.get(d.id) ?? { id: d.id, name: d.name, type: d.type, mentions: 0, articles: new Set(), contexts: [] };
        c.mentions += 1;
        c.articles.add(article.slug);
        if (c.contexts.length < 3) c.contexts.push(`${sentenceOf(block.text, m.start)} (${article.path}, ${block.id})`);
        found.set(d.id, c);
      }
    }
  }
  const ranked = [...found.values()]
    .sort((a, b) => b.articles.size - a.articles.size || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit);
  // Ranked by how many articles use a phrase, so one article's own wording sinks below shared subjects.
  const phrases = candidatePhrases(paragraphs, buildTopicMatcher(loadTopics(resolve(values.topics!)).topics), {
    articleIds: paragraphArticles,
    limit,
    minArticles: 1,
  });
  if (values.json) {
    console.log(JSON.stringify({ names: ranked.map((c) => ({ ...c, articles: [...c.articles] })), topics: phrases }, null, 2));
    return;
  }
  console.log(`Names not in the registry (${found.size} found in ${articles.length} articles; most widespread first):\n`);
  for (const c of ranked) {
    console.log(`${c.name}  [${c.type}, id ${c.id}]  ${c.mentions} mentions in ${c.articles.size} ${c.articles.size === 1 ? 'article' : 'articles'}`);
    for (const context of c.contexts) console.log(`    “${context}”`);
  }
  console.log('\nTo promote one, add it to a file in content/entities/ with the same id (its page keeps its URL).');
  console.log(`\nKey phrases of paragraphs that no topic tags (${phrases.length}; in the most articles first):\n`);
  for (const p of phrases) {
    console.log(`${p.phrase}  ${p.occurrences} times in ${p.articles} ${p.articles === 1 ? 'article' : 'articles'}`);
    console.log(`    “${p.example}”`);
  }
  console.log('\nTo promote one, add it to the phrases of a topic in content/topics/, or make it a topic of its own.');
});
