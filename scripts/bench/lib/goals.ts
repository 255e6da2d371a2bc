/** The performance goals of issue 9, checked and reported, never asserted. */
export type Goal = { goal: string; measured: string; verdict: 'pass' | 'FAIL' | 'not measured' };

export type SizeSummary = {
  size: number;
  wallMs: number;
  baselineWallMs: number | null;
  peakRss: number;
  annotateArticlesPerSecond: number | null;
  /** Annotation proper: parsed articles to Markdown and JSON in memory, on the build's threads. */
  inMemoryArticlesPerSecond?: number | null;
  buildAnnotateArticlesPerSecond: number | null;
  /** Every Dossier build at this size failed (ran out of memory, say). */
  failed: boolean;
};

const GIB = 2 ** 30;

export function checkGoals(sizes: SizeSummary[]): Goal[] {
  const at = (n: number) => sizes.find((s) => s.size === n);
  const k1 = at(1000);
  const k10 = at(10000);
  const goals: Goal[] = [];
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL') as Goal['verdict'];

  if (k1?.baselineWallMs) {
    const ratio = k1.wallMs / k1.baselineWallMs;
    goals.push({ goal: '1,000 articles: full build ≤ 1.3 × baseline', measured: `${ratio.toFixed(2)} × (${(k1.wallMs / 1000).toFixed(1)} s vs ${(k1.baselineWallMs / 1000).toFixed(1)} s)`, verdict: verdict(ratio <= 1.3) });
  } else goals.push({ goal: '1,000 articles: full build ≤ 1.3 × baseline', measured: '–', verdict: 'not measured' });

  if (k10) {
    const failed = k10.failed ? ' until it failed' : '';
    goals.push({ goal: '10,000 articles: build < 2 min', measured: `${(k10.wallMs / 1000).toFixed(0)} s${failed}`, verdict: k10.failed ? 'FAIL' : verdict(k10.wallMs < 120_000) });
    goals.push({ goal: '10,000 articles: peak RSS < 4 GB', measured: `${(k10.peakRss / GIB).toFixed(2)} GiB`, verdict: verdict(k10.peakRss < 4 * GIB) });
  } else {
    goals.push({ goal: '10,000 articles: build < 2 min', measured: '–', verdict: 'not measured' });
    goals.push({ goal: '10,000 articles: peak RSS < 4 GB', measured: '–', verdict: 'not measured' });
  }
  if (k1 && k10 && !k10.failed) {
    const ratio = k10.wallMs / 10000 / (k1.wallMs / 1000);
    goals.push({ goal: 'time per article at 10,000 ≤ 1.2 × at 1,000', measured: `${ratio.toFixed(2)} × (${(k10.wallMs / 10000).toFixed(1)} ms vs ${(k1.wallMs / 1000).toFixed(1)} ms)`, verdict: verdict(ratio <= 1.2) });
  } else goals.push({ goal: 'time per article at 10,000 ≤ 1.2 × at 1,000', measured: '–', verdict: 'not measured' });

  const rate = k1?.annotateArticlesPerSecond ?? null;
  if (rate !== null) {
    const lap = k1?.buildAnnotateArticlesPerSecond;
    const memory = k1?.inMemoryArticlesPerSecond;
    // Judged on the whole stage (files read and written); annotation proper alone is shown beside it.
    const measured = [`${rate.toFixed(0)} articles/s in process`, memory ? `${memory.toFixed(0)}/s in memory, no files` : '', lap ? `${lap.toFixed(0)}/s in the build's annotate lap` : ''].filter(Boolean).join('; ');
    goals.push({ goal: 'annotation alone ≥ 500 articles/s (1,000 corpus)', measured, verdict: verdict(rate >= 500 && (memory ?? rate) >= 500) });
  } else goals.push({ goal: 'annotation alone ≥ 500 articles/s (1,000 corpus)', measured: '–', verdict: 'not measured' });
  return goals;
}
