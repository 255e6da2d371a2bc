// npm run bench:incremental [-- --count 1000 --runs 3 --seed 1]: what adding or editing one article costs.
// A synthetic corpus is annotated once (filling the cache), then, in each run, one seed is edited and
// `npm run annotate` is timed; then one seed is added and it is timed again; then both again, timing
// `node scripts/annotate.ts` alone. Issue goal:
// under 1 s for one seed added or edited in 1,000. Runs on its own copy of the code (bench/.work/incremental-tree).
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { commandLine } from '../lib/cli.ts';
import { generateCorpus } from './generate.ts';
import { WORK } from './lib/paths.ts';
import { calibrate } from './lib/calibrate.ts';
import { machine, median, table } from './lib/report.ts';
import { runTimed } from './lib/run-timed.ts';
import { clearCaches, createSnapshot } from './lib/snapshot.ts';
import { discard, emptyTrash } from './lib/trash.ts';

const USAGE = 'usage: npm run bench:incremental -- [--count 1000] [--runs 3] [--seed 1] [--out <file.json>]';
const { values } = commandLine({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(WORK, 'incremental-results.json') },
  },
  strict: true,
}, USAGE);
const count = Number(values.count);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(`error: --count and --runs take whole numbers from 1\n${USAGE}`);
  process.exit(1);
}

const snapshot = createSnapshot('incremental-tree');
clearCaches(snapshot.root);
const corpus = join(WORK, 'incremental-corpus');
generateCorpus({ count, seed: values.seed!, out: corpus });
const articles = join(WORK, 'incremental-articles');
// Moved aside, not deleted, before the timed runs (see lib/trash.ts).
discard(articles);
mkdirSync(articles, { recursive: true });

type Timed = { wallMs: number; lapMs: number; cached: number };

/** One run of `command`, timed from outside (spawn to exit) and by its own lap. */
async function timed(command: string, args: string[]): Promise<Timed> {
  const run = await runTimed(command, [...args, '--seeds', corpus, '--articles', articles], { cwd: snapshot.root });
  const line = run.lines.map((l) => l.text).find((t) => /^annotate: \d+ articles/.test(t));
  if (run.exitCode !== 0 || !line) throw new Error(`npm run annotate failed:\n${run.lines.map((l) => l.text).join('\n')}`);
  const [, cached, ms] = /\((\d+) from cache\).* in (\d+) ms/.exec(line)!;
  return { wallMs: run.wallMs, lapMs: Number(ms), cached: Number(cached) };
}

const extra = join(WORK, 'incremental-extra');
generateCorpus({ count: 2 * runs, seed: `${values.seed!}-extra`, out: extra });
const extraEntries = parse(readFileSync(join(extra, 'sources.yaml'), 'utf8')) as { file: string }[];

/**
 * Each change is timed twice, on its own edit or addition: through `npm run annotate`, the command the
 * goal names, and as `node scripts/annotate.ts`, what npm runs, without npm's own start (npm runs on the
 * machine's Node and takes about 0.15 s before our code starts).
 */
// The options the npm script gives `node` (it loads Node's compile cache first), so that both ways run the same.
const script = (JSON.parse(readFileSync(join(snapshot.root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['annotate']!;
const nodeOptions = /^node (.*)scripts\/annotate\.ts$/.exec(script)![1]!.split(' ').filter(Boolean);
const WAYS = {
  npm: { command: 'npm', args: ['run', '--silent', 'annotate', '--'] },
  node: { command: process.execPath, args: [...nodeOptions, join(snapshot.root, 'scripts', 'annotate.ts')] },
} as const;
type Way = keyof typeof WAYS;
const run = (way: Way) => timed(WAYS[way].command, [...WAYS[way].args]);

const speedBefore = calibrate();
console.log(`incremental annotation: ${count} articles, code ${snapshot.fingerprint}, machine check ${speedBefore} ms`);
const cold = await run('node');
console.log(`  cold: ${(cold.wallMs / 1000).toFixed(1)} s`);
const seeds = readFileSync(join(corpus, 'sources.yaml'), 'utf8');
const first = /- file: (\S+)/.exec(seeds)![1]!;
const results = { none: { npm: [] as Timed[], node: [] as Timed[] }, edited: { npm: [] as Timed[], node: [] as Timed[] }, added: { npm: [] as Timed[], node: [] as Timed[] } };
let extras = 0;
for (let i = 1; i <= runs; i++) {
  for (const way of ['npm', 'node'] as const) {
    results.none[way].push(await run(way));
    appendFileSync(join(corpus, first), `\nA correction was appended to this article, number ${i} (${way}).\n`);
    results.edited[way].push(await run(way));
    // A new article of the same kind: from a corpus generated with another seed, so it is not a duplicate.
    const entry = extraEntries[extras++]!;
    const name = `added-${way}-${i}.txt`;
    copyFileSync(join(extra, entry.file), join(corpus, name));
    appendFileSync(join(corpus, 'sources.yaml'), stringify([{ ...entry, file: name }]));
    results.added[way].push(await run(way));
  }
  const last = (list: Timed[]) => `${list.at(-1)!.wallMs.toFixed(0)} ms`;
  console.log(`  run ${i}: npm run annotate: nothing changed ${last(results.none.npm)}, one edited ${last(results.edited.npm)}, one added ${last(results.added.npm)}; node alone: ${last(results.none.node)}, ${last(results.edited.node)}, ${last(results.added.node)}`);
}
const ms = (list: Timed[], pick: (r: Timed) => number) => median(list.map(pick));
const row = (name: string, r: { npm: Timed[]; node: Timed[] }) => [name, ms(r.npm, (x) => x.wallMs).toFixed(0), ms(r.node, (x) => x.wallMs).toFixed(0), ms(r.node, (x) => x.lapMs).toFixed(0), r.node[0]!.cached];
console.log(`\n${table(['change', 'npm run annotate, ms (median)', 'node scripts/annotate.ts, ms', 'of which its own lap, ms', 'articles from cache'], [row('none', results.none), row('one seed edited', results.edited), row('one seed added', results.added)])}`);
const speedAfter = calibrate();
console.log(`\nmachine check (a fixed CPU task; see lib/calibrate.ts): ${speedBefore} ms before, ${speedAfter} ms after${Math.abs(speedAfter - speedBefore) > 0.1 * speedBefore ? ': the machine changed speed during the benchmark, compare with care' : ''}`);
const worst = Math.max(ms(results.edited.npm, (x) => x.wallMs), ms(results.added.npm, (x) => x.wallMs));
console.log(`\ngoal: npm run annotate after one seed is added or edited in ${count}: under 1 s: ${worst < 1000 ? 'pass' : 'FAIL'} (${(worst / 1000).toFixed(2)} s)`);
writeFileSync(values.out!, `${JSON.stringify({ machine: machine(), machineCheck: { beforeMs: speedBefore, afterMs: speedAfter }, code: snapshot.fingerprint, count, cold, ...results }, null, 1)}\n`);
console.log(`Results: ${values.out}`);
// What this run replaced: the previous copy of the code, caches and annotated articles (see lib/trash.ts).
await emptyTrash();
