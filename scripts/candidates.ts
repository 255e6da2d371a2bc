// npm run candidates [-- --seeds <dir> --json --limit N]: names the registry does not know yet, with
// counts and contexts, so an editor can promote them into content/entities/.
import { resolve } from 'node:path';
import { annotateArticle } from '../src/lib/annotate/article.ts';
import { buildLexicon } from '../src/lib/annotate/lexicon.ts';
import { loadSeeds } from '../src/lib/pipeline/load.ts';
import { loadEntities } from '../src/lib/registry/entities.ts';
import { sentenceOf } from '../src/lib/annotate/sentences.ts';
import { options, runCli } from './lib/cli.ts';
import { ENTITIES_DIR } from './lib/paths.ts';

type Candidate = { id: string; name: string; type: string; mentions: number; articles: Set<string>; contexts: string[] };

await runCli(() => {
  const { values } = options(
    {
      seeds: { type: 'string', default: 'seeds' },
      entities: { type: 'string', default: ENTITIES_DIR },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '50' },
    },
    'usage: npm run candidates -- [--seeds <dir>] [--json] [--limit 50]',
  );
  const lexicon = buildLexicon(loadEntities(resolve(values.entities!)).entities);
  const { articles } = loadSeeds(resolve(values.seeds!));
  const found = new Map<string, Candidate>();
  for (const article of articles) {
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
    .slice(0, Number(values.limit));
  if (values.json) {
    console.log(JSON.stringify(ranked.map((c) => ({ ...c, articles: [...c.articles] })), null, 2));
    return;
  }
  console.log(`Names not in the registry (${found.size} found in ${articles.length} articles; most widespread first):\n`);
  for (const c of ranked) {
    console.log(`${c.name}  [${c.type}, id ${c.id}]  ${c.mentions} mentions in ${c.articles.size} ${c.articles.size === 1 ? 'article' : 'articles'}`);
    for (const context of c.contexts) console.log(`    “${context}”`);
  }
  console.log('\nTo promote one, add it to a file in content/entities/ with the same id (its page keeps its URL).');
});
