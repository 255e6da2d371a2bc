// npm run bench [-- --sizes 100,1000,10000 --runs 3 --seed 1 --annotate-sizes 100,1000
//                   --rebuild-sizes 100,1000 --in-place | --reuse-tree --no-baseline --heap-mb N]
// Generates synthetic corpora, builds each with the real Dossier build (as a
// child process, as a user runs it) and with a minimal Astro + Pagefind
// baseline, and reports wall and CPU time, peak memory and the time of each
// stage, as medians of --runs runs. Writes bench/.work/results.json.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCacheFlags } from '../lib/child-stage.ts';
import { commandLine } from '../lib/cli.ts';
import { generateCorpus } from './generate.ts';
import { writeBaselineContent } from './lib/baseline-content.ts';
import { baselineStages, buildProgress, buildStages, type BaselineStages, type BuildStages } from './lib/build-stages.ts';
import { checkGoals } from './lib/goals.ts';
import { report, sizeSummary, type AnnotateOnly, type Run, type SizeResult } from './lib/build-report.ts';
import { folderSize } from './lib/disk.ts';
import { REPO, WORK } from './lib/paths.ts';
import { calibrate, fileCheck } from './lib/calibrate.ts';
import { machine, medianOf, mib, seconds } from './lib/report.ts';
import { runTimed, type TimedRun } from './lib/run-timed.ts';
import { clearCaches, createSnapshot, existingSnapshot, inPlace, type Snapshot } from './lib/snapshot.ts';
import { discard, emptyAbandoned, emptyTrash, scratchDir } from './lib/trash.ts';

const USAGE = 'usage: npm run bench -- [--sizes 100,1000,10000] [--runs 3] [--seed 1] [--annotate-sizes 100,1000] [--rebuild-sizes 100,1000] [--in-place | --reuse-tree] [--no-baseline] [--heap-mb N] [--out <file.json>]';

const { values } = commandLine({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'in-place': { type: 'boolean', default: false },
    // Measure the copy made by the previous run again (same code), e.g. to add sizes to earlier results.
    'reuse-tree': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    // Annotation alone runs annotateSeeds twice in one process: worth it where the goal is stated (1,000), slow at 10,000.
    'annotate-sizes': { type: 'string', default: '100,1000' },
    // One more build after the cold runs, keeping the caches they left (annotation, Astro's store).
    'rebuild-sizes': { type: 'string', default: '100,1000' },
    out: { type: 'string', default: join(WORK, 'results.json') },
    // Diagnosis only: a larger V8 heap for the Dossier build (NODE_OPTIONS=--max-old-space-size), to see
    // what a build that runs out of memory with the default would cost. Recorded in the results.
    'heap-mb': { type: 'string' },
  },
  strict: true,
}, USAGE);
const sizes = values.sizes!.split(',').map((s) => Number(s.replace(/_/g, '')));
const runs = Number(values.runs);
const sizeSet = (list: string) => new Set(list.split(',').map((s) => Number(s.replace(/_/g, ''))));
const annotateSizes = sizeSet(values['annotate-sizes']!);
const rebuildSizes = sizeSet(values['rebuild-sizes']!);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
  console.error(`error: --sizes takes whole numbers, and --runs at least 1\n${USAGE}`);
  process.exit(1);
}

// Left by an interrupted benchmark. Deleting it slows the disk for a few minutes (see lib/trash.ts), so say so.
const leftover = await emptyAbandoned();
if (leftover > 0) console.log(`removed what ${leftover} interrupted benchmark${leftover === 1 ? '' : 's'} left in ${join(WORK, 'trash')}; creating files may be slow for a few minutes`);
const snapshot: Snapshot = values['in-place'] ? inPlace() : values['reuse-tree'] ? existingSnapshot() : createSnapshot();
const results = { machine: machine(), machineCheck: { beforeMs: calibrate(), afterMs: null as number | null, filesBeforeMs: fileCheck(scratchDir('file-check')), filesAfterMs: null as number | null }, options: { sizes, runs, seed: values.seed, inPlace: values['in-place'], heapMb: values['heap-mb'] ?? null, code: snapshot.fingerprint }, sizes: [] as SizeResult[], goals: [] as ReturnType<typeof checkGoals> };
console.log(`benchmarking code ${snapshot.fingerprint} in ${snapshot.root} on ${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; machine check ${results.machineCheck.beforeMs} ms; 1,000 files created in ${results.machineCheck.filesBeforeMs} ms`);

for (const size of sizes) {
  const corpus = join(WORK, 'corpora', String(size));
  const summary = generateCorpus({ count: size, seed: values.seed!, out: corpus });
  const baselineContent = join(WORK, 'baseline-content', String(size));
  if (!values['no-baseline']) writeBaselineContent(corpus, baselineContent);
  const outDir = join(WORK, 'out', String(size));
  mkdirSync(outDir, { recursive: true });
  console.log(`\n${size} articles: ${(summary.bytes / 1e6).toFixed(1)} MB of seeds, ${summary.words.toLocaleString('en')} words`);

  const ours: SizeResult['dossier']['runs'] = [];
  const base: NonNullable<SizeResult['baseline']>['runs'] = [];
  const annotate: AnnotateOnly[] = [];
  let astroStoreBytes: number | null = null;
  const build = async (label: string): Promise<SizeResult['dossier']['runs'][number]> => {
    const env = values['heap-mb'] ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${values['heap-mb']}`.trim() } : process.env;
    const disk = fileCheck(scratchDir('file-check'));
    const run = await runTimed(process.execPath, [join(snapshot.root, 'scripts', 'build.ts'), '--seeds', corpus, '--out', join(outDir, 'dist'), '--articles', join(outDir, 'articles'), '--verbose'], { cwd: snapshot.root, env });
    saveLog(run, `dossier-${size}-${label}`);
    // A failed build (out of memory, say) is a result too: it is recorded, not thrown.
    const error = run.exitCode === 0 ? null : run.lines.slice(-15).map((l) => l.text).join('\n');
    if (error) {
      console.error(`  Dossier build failed (exit ${run.exitCode}):\n${error}`);
      // A build killed by V8 (out of memory) cannot clean up its staging folder; at 10,000 it holds gigabytes.
      for (const name of readdirSync(outDir)) if (name.startsWith('.dossier-tmp-')) discard(join(outDir, name));
    }
    const stages = error ? null : buildStages(run.lines, run.wallMs);
    const store = join(snapshot.root, 'node_modules', '.astro', 'data-store.json');
    if (existsSync(store)) astroStoreBytes = statSync(store).size;
    console.log(`  ${label}: dossier ${seconds(run.wallMs)} s wall, ${run.userS !== null ? (run.userS + run.systemS!).toFixed(1) : '–'} s CPU, ${mib(peak(run))} MiB peak (load ${run.loadBefore.toFixed(1)}, disk check ${disk} ms)${stages || error ? '' : ' — stage lines not found'}`);
    return { ...summarise(run, disk), stages, ...(error ? { error, progress: buildProgress(run.lines) } : {}) };
  };
  for (let r = 1; r <= runs; r++) {
    // Each measured build starts cold, like a first build: no annotation
    // cache, no previous annotated output (whose unchanged files a build
    // reuses through its index), no Astro content store (a staging folder with
    // a new name changes Astro's config digest anyway, so the store would be
    // read, then dropped).
    // What the previous run left is moved aside, not deleted (see lib/trash.ts).
    if (!values['in-place']) clearCaches(snapshot.root);
    discard(join(outDir, 'articles'));
    discard(join(outDir, 'dist'));
    ours.push(await build(`run${r}`));

    if (!values['no-baseline']) {
      discard(join(WORK, 'baseline-cache'));
      discard(join(outDir, 'baseline'));
      const disk = fileCheck(scratchDir('file-check'));
      const b = await runTimed(process.execPath, [join(REPO, 'scripts', 'bench', 'baseline-build.ts'), '--content', baselineContent, '--out', join(outDir, 'baseline'), '--verbose'], { cwd: REPO });
      saveLog(b, `baseline-${size}-run${r}`);
      failed(b, 'baseline build');
      base.push({ ...summarise(b, disk), stages: baselineStages(b.lines, b.wallMs) });
      console.log(`  run ${r}: baseline ${seconds(b.wallMs)} s wall, ${b.userS !== null ? (b.userS + b.systemS!).toFixed(1) : '–'} s CPU, ${mib(peak(b))} MiB peak (load ${b.loadBefore.toFixed(1)}, disk check ${disk} ms)`);
    }

    if (!annotateSizes.has(size)) continue;
    // With Node's compile cache, as the build's annotation stage runs; the builds above have filled it.
    const a = await runTimed(process.execPath, [...compileCacheFlags(snapshot.root), join(REPO, 'scripts', 'bench', 'annotate-only.ts'), '--seeds', corpus, '--root', snapshot.root, '--scratch', scratchDir('annotate-only')], { cwd: snapshot.root });
    failed(a, 'annotate-only');
    const parsed = JSON.parse(a.lines.filter((l) => l.text.startsWith('{')).pop()!.text) as AnnotateOnly;
    annotate.push(parsed);
    console.log(`  run ${r}: annotate alone ${seconds(parsed.coldMs)} s (${(parsed.articles / (parsed.coldMs / 1000)).toFixed(0)} articles/s), warm ${seconds(parsed.warmMs)} s`);
  }
  // Then once more with the caches the last build left: a rebuild after a small change.
  const rebuild = rebuildSizes.has(size) && !values['in-place'] ? await build('rebuild') : null;
  const stagesOk = ours.map((o) => o.stages).filter((s): s is BuildStages => s !== null);
  const baseStagesOk = base.map((o) => o.stages).filter((s): s is BaselineStages => s !== null);
  results.sizes.push({
    size,
    corpus: summary,
    dossier: { runs: ours, median: medianOf(ours.map(strip)), stages: stagesOk.length ? medianOf(stagesOk) : null, output: folderSize(join(outDir, 'dist')), astroStoreBytes, rebuild },
    baseline: values['no-baseline'] ? null : { runs: base, median: medianOf(base.map(strip)), stages: baseStagesOk.length ? medianOf(baseStagesOk) : null, output: folderSize(join(outDir, 'baseline')) },
    annotateOnly: annotate.length ? { runs: annotate, median: medianOf(annotate) } : null,
  });
  results.goals = checkGoals(results.sizes.map(sizeSummary));
  // Written after every size, so a long 10,000 run leaves the smaller results behind if interrupted.
  writeFileSync(values.out!, `${JSON.stringify(results, null, 1)}\n`);
}

const check = results.machineCheck;
check.afterMs = calibrate();
check.filesAfterMs = fileCheck(scratchDir('file-check'));
writeFileSync(values.out!, `${JSON.stringify(results, null, 1)}\n`);
await emptyTrash();
const drift = Math.abs(check.afterMs - check.beforeMs) > 0.1 * check.beforeMs;
console.log(`\n${report(results.sizes, runs)}\n\nmachine check (a fixed CPU task; see lib/calibrate.ts): ${check.beforeMs} ms before, ${check.afterMs} ms after${drift ? ': the machine changed speed during the benchmark, compare with care' : ''}\ndisk check (1,000 empty files created; see lib/calibrate.ts): ${check.filesBeforeMs} ms before, ${check.filesAfterMs} ms after\nResults: ${values.out}`);

function summarise(run: TimedRun, diskCheckMs: number): Run {
  return { wallMs: run.wallMs, cpuS: run.userS !== null && run.systemS !== null ? run.userS + run.systemS : null, peakRss: peak(run), loadBefore: run.loadBefore, diskCheckMs };
}
function strip<T extends Run>(run: T): Run {
  return { wallMs: run.wallMs, cpuS: run.cpuS, peakRss: run.peakRss, loadBefore: run.loadBefore, ...(run.diskCheckMs === undefined ? {} : { diskCheckMs: run.diskCheckMs }) };
}
/** The larger of GNU time's per-process peak and the sampled peak of the whole tree. */
function peak(run: TimedRun): number {
  return Math.max(run.maxProcessRss ?? 0, run.peakTreeRss);
}
/** Every output line with its arrival time, for a post-mortem of a slow or failed build. */
function saveLog(run: TimedRun, name: string): void {
  mkdirSync(join(WORK, 'logs'), { recursive: true });
  writeFileSync(join(WORK, 'logs', `${name}.log`), `${run.command}\n${run.lines.map((l) => `${(l.ms / 1000).toFixed(3)}\t${l.text}`).join('\n')}\n`);
}
function failed(run: TimedRun, what: string): void {
  if (run.exitCode === 0) return;
  console.error(run.lines.slice(-30).map((l) => l.text).join('\n'));
  throw new Error(`${what} failed (exit ${run.exitCode}): ${run.command}`);
}

