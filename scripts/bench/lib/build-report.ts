import type { CorpusSummary } from '../generate.ts';
import type { BaselineStages, BuildProgress, BuildStages, PageKind } from './build-stages.ts';
import { checkGoals, type SizeSummary } from './goals.ts';
import { mib, seconds, table } from './report.ts';

/** What scripts/bench/build.ts records per corpus size, and the tables it prints from it. */
export type Run = {
  wallMs: number;
  cpuS: number | null;
  peakRss: number;
  loadBefore: number;
  /** Milliseconds to create 1,000 empty files just before the run (lib/calibrate.ts; absent before 5 December 2026). */
  diskCheckMs?: number;
};
export type DossierRun = Run & { stages: BuildStages | null; error?: string; progress?: BuildProgress };
export type AnnotateOnly = {
  articles: number;
  parseMs: number;
  coldMs: number;
  warmMs: number;
  maxRss: number;
  /** Annotation proper, in memory, on the build's threads (absent from results before 5 December 2026). */
  threads?: number;
  threadStartMs?: number;
  inMemoryMs?: number;
};
export type SizeResult = {
  size: number;
  corpus: CorpusSummary;
  dossier: { runs: DossierRun[]; median: Run; stages: BuildStages | null; output: { files: number; bytes: number }; astroStoreBytes: number | null; rebuild?: DossierRun | null };
  baseline: { runs: (Run & { stages: BaselineStages | null })[]; median: Run; stages: BaselineStages | null; output: { files: number; bytes: number } } | null;
  annotateOnly: { runs: AnnotateOnly[]; median: AnnotateOnly } | null;
};

export function sizeSummary(s: SizeResult): SizeSummary {
  return {
    size: s.size,
    wallMs: s.dossier.median.wallMs,
    baselineWallMs: s.baseline?.median.wallMs ?? null,
    peakRss: s.dossier.median.peakRss,
    annotateArticlesPerSecond: s.annotateOnly ? s.annotateOnly.median.articles / (s.annotateOnly.median.coldMs / 1000) : null,
    inMemoryArticlesPerSecond: s.annotateOnly?.median.inMemoryMs ? s.annotateOnly.median.articles / (s.annotateOnly.median.inMemoryMs / 1000) : null,
    buildAnnotateArticlesPerSecond: s.dossier.stages ? s.size / (s.dossier.stages.annotate / 1000) : null,
    failed: s.dossier.runs.every((r) => r.error),
  };
}

export function report(all: SizeResult[], runs: number): string {
  const whole = table(
    ['articles', 'status', 'pages', 'Dossier wall s', 'CPU s', 'peak RSS MiB', 'ms/article', 'baseline wall s', 'CPU s', 'peak RSS MiB', 'wall ratio', 'CPU ratio'],
    all.map((s) => {
      const d = s.dossier.median;
      const b = s.baseline?.median;
      const pages = s.dossier.stages ? Object.values(s.dossier.stages.pages).reduce((n, p) => n + p.count, 0) : '–';
      const failures = s.dossier.runs.filter((r) => r.error).length;
      const status = failures === 0 ? 'ok' : `${failures}/${s.dossier.runs.length} failed`;
      return [s.size, status, pages, seconds(d.wallMs), d.cpuS?.toFixed(1) ?? '–', mib(d.peakRss), (d.wallMs / s.size).toFixed(1), b ? seconds(b.wallMs) : '–', b?.cpuS?.toFixed(1) ?? '–', b ? mib(b.peakRss) : '–', b ? (d.wallMs / b.wallMs).toFixed(2) : '–', b?.cpuS && d.cpuS ? (d.cpuS / b.cpuS).toFixed(2) : '–'];
    }),
  );
  const stageTable = table(
    ['articles', 'startup', 'annotate', 'Astro content', 'Astro bundle', 'render', 'scripts + links', 'Pagefind', 'finish'],
    all.filter((s) => s.dossier.stages).map((s) => {
      const st = s.dossier.stages!;
      return [s.size, seconds(st.startup), seconds(st.annotate), seconds(st.astroContent), seconds(st.astroBundle), seconds(st.astroRender), seconds(st.clientAndLinks), seconds(st.pagefind), seconds(st.finish)];
    }),
  );
  const kinds: [PageKind, string][] = [['article', 'articles'], ['actor', 'actors'], ['topic', 'topics'], ['articleJson', 'article JSON'], ['offlineIndex', 'offline index'], ['listing', 'listings']];
  const renderTable = table(
    ['articles', ...kinds.map(([, label]) => `${label} (n / s)`)],
    all.filter((s) => s.dossier.stages).map((s) => [s.size, ...kinds.map(([k]) => `${s.dossier.stages!.pages[k].count} / ${seconds(s.dossier.stages!.pages[k].ms)}`)]),
  );
  const baseTable = table(
    ['articles', 'startup + Astro', 'of which Astro', 'Pagefind', 'output MiB (ours / baseline)'],
    all.filter((s) => s.baseline?.stages).map((s) => [s.size, seconds(s.baseline!.stages!.startupAndAstro), seconds(s.baseline!.stages!.astro), seconds(s.baseline!.stages!.pagefind), `${mib(s.dossier.output.bytes)} / ${mib(s.baseline!.output.bytes)}`]),
  );
  const annotateTable = table(
    ['articles', 'parse + clean s', 'annotateSeeds (first call) s', 'articles/s', 'second call s', 'articles/s', 'in memory s (threads; their start s)', 'articles/s'],
    all.filter((s) => s.annotateOnly).map((s) => {
      const a = s.annotateOnly!.median;
      const memory = a.inMemoryMs ? [`${seconds(a.inMemoryMs)} (${a.threads}; ${seconds(a.threadStartMs ?? 0)})`, (a.articles / (a.inMemoryMs / 1000)).toFixed(0)] : ['–', '–'];
      return [s.size, seconds(a.parseMs), seconds(a.coldMs), (a.articles / (a.coldMs / 1000)).toFixed(0), seconds(a.warmMs), (a.articles / (a.warmMs / 1000)).toFixed(0), ...memory];
    }),
  );
  const rebuilds = all.filter((s) => s.dossier.rebuild);
  const rebuildTable = table(
    ['articles', 'rebuild wall s', 'CPU s', 'annotate s', 'from cache', 'cold build wall s'],
    rebuilds.map((s) => {
      const r = s.dossier.rebuild!;
      return [s.size, seconds(r.wallMs), r.cpuS?.toFixed(1) ?? '–', r.stages ? seconds(r.stages.annotate) : '–', r.stages?.annotateFromCache ?? '–', seconds(s.dossier.median.wallMs)];
    }),
  );
  const goals = table(['goal', 'measured', 'verdict'], checkGoals(all.map(sizeSummary)).map((g) => [g.goal, g.measured, g.verdict]));
  return [`Whole build (median of ${runs})`, whole, '', 'Dossier stages, seconds (median)', stageTable, '', 'Pages rendered by kind: count / seconds', renderTable, '', 'Baseline stages, seconds', baseTable, '', 'Annotation alone, in process', annotateTable, '', ...(rebuilds.length ? ['Rebuild with the caches of the previous build', rebuildTable, ''] : []), 'Goals', goals].join('\n');
}

