// npm run bench:incremental [-- --count 1000 --runs 3 --seed 1]: what adding or editing one article costs.
// A synthetic corpus is annotated once with `npm run annotate` (filling the cache), then, in each run, one
// seed is edited and `npm run annotate` is timed; then one seed is added and it is timed again. Issue goal:
// under 1 s for one seed added or edited in 1,000. Runs on its own copy of the code (bench/.work/incremental-tree).
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { generateCorpus } from './generate.ts';
import { WORK } from './lib/paths.ts';
import { machine, median, table } from './lib/report.ts';
import { runTimed } from './lib/run-timed.ts';
import { clearCaches, createSnapshot } from './lib/snapshot.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(WORK, 'incremental-results.json') },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);

const snapshot = createSnapshot('incremental-tree');
clearCaches(snapshot.root);
const corpus = join(WORK, 'incremental-corpus');
rmSync(corpus, { recursive: true, force: true });
generateCorpus({ count, seed: values.seed!, out: corpus });
const articles = join(WORK, 'incremental-articles');
rmSync(articles, { recursive: true, force: true });
mkdirSync(articles, { recursive: true });

/**
 * One `node scripts/annotate.ts` (what `npm run annotate` runs, without npm's own start, about 0.15 s),
 * timed from outside (spawn to exit) and by its own lap.
 */
async function annotate(): Promise<{ wallMs: number; lapMs: number; cached: number }> {
  const run = await runTimed(process.execPath, [join(snapshot.root, 'scripts', 'annotate.ts'), '--seeds', corpus, '--articles', articles], { cwd: snapshot.root });
  const line = run.lines.map((l) => l.text).find((t) => /^annotate: \d+ articles/.test(t));
  if (run.exitCode !== 0 || !line) throw new Error(`npm run annotate failed:\n${run.lines.map((l) => l.text).join('\n')}`);
  const [, cached, ms] = /\((\d+) from cache\).* in (\d+) ms/.exec(line)!;
  return { wallMs: run.wallMs, lapMs: Number(ms), cached: Number(cached) };
}

const extra = join(WORK, 'incremental-extra');
rmSync(extra, { recursive: true, force: true });
generateCorpus({ count: runs, seed: `${values.seed!}-extra`, out: extra });
const extraEntries = parse(readFileSync(join(extra, 'sources.yaml'), 'utf8')) as { file: string }[];

console.log(`incremental annotation: ${count} articles, code ${snapshot.fingerprint}`);
const cold = await annotate();
console.log(`  cold: ${(cold.wallMs / 1000).toFixed(1)} s`);
const seeds = readFileSync(join(corpus, 'sources.yaml'), 'utf8');
const first = /- file: (\S+)/.exec(seeds)![1]!;
const edited: Awaited<ReturnType<typeof annotate>>[] = [];
const added: Awaited<ReturnType<typeof annotate>>[] = [];
const unchanged: Awaited<ReturnType<typeof annotate>>[] = [];
for (let i = 1; i <= runs; i++) {
  unchanged.push(await annotate());
  appendFileSync(join(corpus, first), `\nA correction was appended to this article, number ${i}.\n`);
  edited.push(await annotate());
  // A new article of the same kind: from a corpus generated with another seed, so it is not a duplicate.
  const name = `added-${i}.txt`;
  copyFileSync(join(extra, extraEntries[i - 1]!.file), join(corpus, name));
  appendFileSync(join(corpus, 'sources.yaml'), stringify([{ ...extraEntries[i - 1]!, file: name }]));
  added.push(await annotate());
  const last = edited[edited.length - 1]!;
  console.log(`  run ${i}: nothing changed ${unchanged.at(-1)!.wallMs.toFixed(0)} ms, one edited ${last.wallMs.toFixed(0)} ms (${last.cached} from cache), one added ${added.at(-1)!.wallMs.toFixed(0)} ms`);
}
const row = (name: string, list: typeof edited) => [name, median(list.map((r) => r.wallMs)).toFixed(0), median(list.map((r) => r.lapMs)).toFixed(0), list[0]!.cached];
console.log(`\n${table(['change', 'node scripts/annotate.ts, ms (median)', 'of which its own lap, ms', 'articles from cache'], [row('none', unchanged), row('one seed edited', edited), row('one seed added', added)])}`);
const worst = Math.max(median(edited.map((r) => r.wallMs)), median(added.map((r) => r.wallMs)));
console.log(`\ngoal: one seed added or edited in ${count}: under 1 s: ${worst < 1000 ? 'pass' : 'FAIL'} (${(worst / 1000).toFixed(2)} s)`);
writeFileSync(values.out!, `${JSON.stringify({ machine: machine(), code: snapshot.fingerprint, count, cold, unchanged, edited, added }, null, 1)}\n`);
console.log(`Results: ${values.out}`);
