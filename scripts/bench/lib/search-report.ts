import type { QueryTiming } from './search-probe.ts';
import { median, table } from './report.ts';

/** What scripts/bench/search.ts records per query, its per-query medians, the goals, and the printed tables. */
export type Cold = QueryTiming & { query: string; queryBytes: number; firstResultBytes: number; queryRequests: number; bootstrapBytes: number; shellBytes: number; readyMs: number; loadByKind: Record<string, number>; queryByKind: Record<string, number> };
export type Warm = QueryTiming & { query: string; queryBytes: number; queryRequests: number };
/** Pagefind alone, called from the page without the UI: its search, then the fragments of the hits the UI shows. */
export type Engine = { query: string; mode: 'cold' | 'warm'; searchMs: number; fragmentsMs: number; results: number };

const GOAL_MS = 50;
const GOAL_BYTES = 150 * 1024;
const KINDS = ['page shell', 'pagefind JS', 'wasm', 'entry + meta', 'filters', 'index chunks', 'fragments'];
const kb = (n: number) => (n / 1024).toFixed(1);

export type SearchSummary = ReturnType<typeof summariseSearch>;

/** Per query, the median over runs; the goals are judged on the worst query's median. */
export function summariseSearch(queries: string[], cold: Cold[], warm: Warm[], engine: Engine[]) {
  const m = <T>(list: T[], key: keyof T) => median(list.map((x) => x[key] as number));
  const perQuery = queries.map((query) => {
    const c = cold.filter((x) => x.query === query);
    const w = warm.filter((x) => x.query === query);
    const e = (mode: Engine['mode']) => engine.filter((x) => x.query === query && x.mode === mode);
    return {
      query,
      results: c[0]?.results ?? w[0]?.results ?? 0,
      cold: { afterDebounceMs: m(c, 'afterDebounceMs'), afterKeystrokeMs: m(c, 'afterKeystrokeMs'), toFrameAfterDebounceMs: m(c, 'toFrameAfterDebounceMs'), queryBytes: m(c, 'queryBytes'), firstResultBytes: m(c, 'firstResultBytes'), queryRequests: m(c, 'queryRequests'), bootstrapBytes: m(c, 'bootstrapBytes'), shellBytes: m(c, 'shellBytes'), readyMs: m(c, 'readyMs') },
      warm: { afterDebounceMs: m(w, 'afterDebounceMs'), afterKeystrokeMs: m(w, 'afterKeystrokeMs'), toFrameAfterDebounceMs: m(w, 'toFrameAfterDebounceMs'), queryBytes: m(w, 'queryBytes'), queryRequests: m(w, 'queryRequests') },
      typingStalls: [...c, ...w].reduce((n, x) => n + x.debouncesWhileTyping, 0),
      engine: {
        cold: { searchMs: m(e('cold'), 'searchMs'), fragmentsMs: m(e('cold'), 'fragmentsMs') },
        warm: { searchMs: m(e('warm'), 'searchMs'), fragmentsMs: m(e('warm'), 'fragmentsMs') },
      },
    };
  });
  const coldWorstMs = Math.max(...perQuery.map((q) => q.cold.afterDebounceMs));
  const warmWorstMs = Math.max(...perQuery.map((q) => q.warm.afterDebounceMs));
  const coldWorstBytes = Math.max(...perQuery.map((q) => q.cold.bootstrapBytes + q.cold.queryBytes));
  const coldWorstFirst = Math.max(...perQuery.map((q) => q.cold.bootstrapBytes + q.cold.firstResultBytes));
  const goals = [
    { goal: `cold query: results ≤ ${GOAL_MS} ms after the debounce (worst query median)`, measured: `${coldWorstMs.toFixed(0)} ms`, verdict: coldWorstMs <= GOAL_MS ? 'pass' : 'FAIL' },
    { goal: `warm query: results ≤ ${GOAL_MS} ms after the debounce (worst query median)`, measured: `${warmWorstMs.toFixed(0)} ms`, verdict: warmWorstMs <= GOAL_MS ? 'pass' : 'FAIL' },
    { goal: 'cold query: ≤ 150 KB fetched (Pagefind start-up + the query)', measured: `${kb(coldWorstBytes)} KB`, verdict: coldWorstBytes <= GOAL_BYTES ? 'pass' : 'FAIL' },
    { goal: '(the same, counting only what is fetched until the first result shows)', measured: `${kb(coldWorstFirst)} KB`, verdict: coldWorstFirst <= GOAL_BYTES ? 'pass' : 'FAIL' },
  ];
  const bytesByKind = {
    load: Object.fromEntries(KINDS.map((k) => [k, median(cold.map((c) => c.loadByKind[k] ?? 0))])),
    firstQuery: Object.fromEntries(KINDS.map((k) => [k, median(cold.map((c) => c.queryByKind[k] ?? 0))])),
  };
  return { perQuery, goals, bytesByKind };
}

export function searchReport({ perQuery, goals, bytesByKind }: SearchSummary, cold: Cold[], pageSize: number): string {
  const lines = [
    `Search page ready (Pagefind loaded, empty search run) ${median(cold.map((c) => c.readyMs)).toFixed(0)} ms after navigation (median)`,
    '',
    table(['cold, KB by file kind (median)', ...KINDS], [['opening /search/', ...KINDS.map((k) => kb(bytesByKind.load[k]!))], ['first query', ...KINDS.map((k) => kb(bytesByKind.firstQuery[k]!))]]),
    '',
    table(
      ['query', 'results', 'cold: after debounce ms', 'after last key ms', 'query KB', 'of which to first result', 'start-up + query KB', 'warm: after debounce ms', 'after last key ms', 'query KB'],
      perQuery.map((q) => [q.query, q.results, q.cold.afterDebounceMs.toFixed(0), q.cold.afterKeystrokeMs.toFixed(0), kb(q.cold.queryBytes), kb(q.cold.firstResultBytes), kb(q.cold.bootstrapBytes + q.cold.queryBytes), q.warm.afterDebounceMs.toFixed(0), q.warm.afterKeystrokeMs.toFixed(0), kb(q.warm.queryBytes)]),
    ),
    '',
    `Pagefind alone (no UI), median ms: its search, then the ${pageSize} fragments the UI awaits`,
    table(['query', 'cold search', 'cold fragments', 'warm search', 'warm fragments'], perQuery.map((q) => [q.query, q.engine.cold.searchMs.toFixed(0), q.engine.cold.fragmentsMs.toFixed(0), q.engine.warm.searchMs.toFixed(0), q.engine.warm.fragmentsMs.toFixed(0)])),
    '',
    table(['goal', 'measured', 'verdict'], goals.map((g) => [g.goal, g.measured, g.verdict])),
  ];
  if (perQuery.some((q) => q.typingStalls > 0)) lines.push('', 'note: the debounce fired while typing in some runs (the machine was slow to deliver keys); those queries ran more than once.');
  return lines.join('\n');
}
