// npm run eval [-- --seeds <dir> --gold <dir> --details]: scores annotations against gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { annotateArticle } from '../src/lib/annotate/article.ts';
import { buildLexicon } from '../src/lib/annotate/lexicon.ts';
import { findStatements } from '../src/lib/annotate/quotes.ts';
import { DossierError } from '../src/lib/errors.ts';
import { scoreQuotes, sumQuoteScores, type QuoteScore } from '../src/lib/eval/quotes.ts';
import { scoreMentions, type Found, type GoldFile } from '../src/lib/eval/score.ts';
import { loadSeeds } from '../src/lib/pipeline/load.ts';
import { loadEntities } from '../src/lib/registry/entities.ts';
import type { Entity, EntityType } from '../src/lib/schema/entity.ts';
import { options, runCli } from './lib/cli.ts';
import { ROOT } from './lib/paths.ts';

await runCli(() => {
  const { values } = options(
    {
      seeds: { type: 'string', default: 'seeds' },
      gold: { type: 'string', default: join(ROOT, '..', 'shared', 'gold') },
      details: { type: 'boolean', default: false },
      blind: { type: 'boolean', default: false },
    },
    'usage: npm run eval -- [--seeds <dir>] [--gold <dir>] [--details] [--blind]',
  );
  const goldDir = resolve(values.gold!);
  if (!existsSync(goldDir)) throw new DossierError('gold annotations not found', { file: goldDir, hint: 'pass --gold <dir>' });
  const { articles } = loadSeeds(resolve(values.seeds!));
  let entities = loadEntities(join(ROOT, 'content', 'entities')).entities;
  if (values.blind) entities = blindRegistry(entities, goldDir, articles.map((a) => a.file));
  const lexicon = buildLexicon(entities);

  const all: Found[] = [];
  const allGold: GoldFile = { entities: [], quotes: [] };
  const rows: string[] = [];
  const quoteScores: QuoteScore[] = [];
  const quoteRows: string[] = [];
  for (const article of articles) {
    const goldPath = join(goldDir, `${basename(article.file, '.txt')}.json`);
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    const annotated = annotateArticle(article, lexicon);
    const blocks = annotated.blocks.filter((b) => b.kind !== 'caption');
    const found = blocks.flatMap((b) => b.mentions.map((m) => ({ entity: m.entity, text: m.text })));
    const types = new Map<string, { type: EntityType }>([...lexicon.entities, ...annotated.discovered.map((d) => [d.id, d] as const)]);
    const quotes = scoreQuotes(gold, findStatements(blocks, types), blocks);
    quoteScores.push(quotes);
    quoteRows.push(
      `${article.file.padEnd(46)} right speaker ${quotes.right}/${quotes.gold}  found ${quotes.matched}/${quotes.gold}  parts ${quotes.found}  not in gold ${quotes.extra.length}`,
    );
    if (values.details) {
      for (const c of quotes.checks.filter((c) => !c.matched || c.found !== c.gold)) {
        quoteRows.push(`    ${c.matched ? 'wrong ' : 'missed'} “${c.textStart}” gold ${c.gold ?? 'null'}${c.matched ? `, found ${c.found ?? 'null'}` : ''}`);
      }
      for (const e of quotes.extra) quoteRows.push(`    extra  “${e.text}” (${e.speaker ?? 'null'})`);
    }
    const score = scoreMentions(gold, found);
    all.push(...found);
    allGold.entities.push(...gold.entities);
    rows.push(`${article.file.padEnd(46)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  entity ${pct(score.linkAccuracy)}`);
    if (values.details) {
      for (const m of score.missed) rows.push(`    missed ${m.entity}: ${m.text}`);
      for (const m of score.extra) rows.push(`    extra  ${m.entity}: ${m.text}`);
    }
  }
  if (rows.length === 0) throw new DossierError('no article in this folder has a gold file', { file: values.seeds!, hint: `gold files are looked up in ${goldDir}` });
  const total = scoreMentions(allGold, all);
  console.log(rows.join('\n'));
  console.log(`\nmentions: precision ${pct(total.precision)}, recall ${pct(total.recall)}, F1 ${pct(total.f1)} (${total.detected} of ${total.gold} gold, ${total.found} found)`);
  console.log(`entities: ${pct(total.linkAccuracy)} of detected mentions assigned to the right entity (${total.linked}/${total.detected})`);
  const q = sumQuoteScores(quoteScores);
  if (values.details) console.log(`\n${quoteRows.join('\n')}`);
  console.log(
    `quotes: right speaker for ${pct(q.gold ? q.right / q.gold : 1).trim()} of gold quotes (${q.right}/${q.gold}); ${q.matched} of ${q.gold} found; ${q.extra.length} statements not in gold`,
  );
});

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(6);
}

/**
 * --blind hides the registry entries that only these articles need (every
 * non-country actor in their gold that the seeds' gold does not have), to
 * measure how discovery copes with actors nobody has registered yet.
 */
function blindRegistry(entities: Entity[], goldDir: string, files: string[]): Entity[] {
  const ids = (names: string[]) =>
    new Set(
      names.flatMap((f) => {
        const path = join(goldDir, `${basename(f, '.txt')}.json`);
        return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GoldFile).entities.map((e) => e.id) : [];
      }),
    );
  const seedIds = ids(readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')));
  const hidden = [...ids(files)].filter((id) => !seedIds.has(id));
  return entities.filter((e) => e.type === 'country' || !hidden.includes(e.id));
}
