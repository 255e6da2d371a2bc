// npm run bench:search [-- --count 1000 --runs 3 --seed 1 --dist <built site>]
// Builds a synthetic corpus with the real build, serves it with
// scripts/serve.ts and measures /search/ in Chromium: how long after the
// last keystroke (and after the UI's debounce) results are rendered, and how
// many bytes each query fetches, for cold queries (new browser context, empty
// cache) and warm ones (same page, further queries). Writes
// bench/.work/search-results.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { commandLine } from '../lib/cli.ts';
import { generateCorpus } from './generate.ts';
import { WORK } from './lib/paths.ts';
import { machine } from './lib/report.ts';
import { runTimed } from './lib/run-timed.ts';
import { bytesByKind, initScript, lastQueryTiming, NetworkLog, probeLog, waitForFreshResults, type QueryTiming } from './lib/search-probe.ts';
import { searchReport, summariseSearch, type Cold, type Engine, type Warm } from './lib/search-report.ts';
import { createSnapshot, inPlace } from './lib/snapshot.ts';
import { emptyTrash } from './lib/trash.ts';
import { startServer } from './lib/static-server.ts';

const USAGE = 'usage: npm run bench:search -- [--count 1000] [--seed 1] [--runs 3] [--port 4480] [--dist <built site>] [--in-place] [--debounce MS] [--page-size N] [--key-delay 40] [--out <file.json>]';

const { values } = commandLine({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4480' },
    dist: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    // Read from src/client/search.ts (DEBOUNCE_MS, PAGE_SIZE) unless given: the probe recognises the
    // debounce timer by its delay, and the Pagefind-alone pass loads as many fragments as the UI shows.
    debounce: { type: 'string' },
    'page-size': { type: 'string' },
    'key-delay': { type: 'string', default: '40' },
    out: { type: 'string', default: join(WORK, 'search-results.json') },
  },
  strict: true,
}, USAGE);
const runs = Number(values.runs);
const keyDelay = Number(values['key-delay']);

/** Names, aliases, phrases, an unregistered name and a query with no results. */
const QUERIES = ['Araghchi', 'Abbas Araghchi', 'Khamenei', 'Islamic Republic', 'Witkoff', 'snapback', 'uranium enrichment', 'IAEA inspectors', 'sanctions relief', 'Karimi', 'zebrafish quantum'];
/** Warm runs start with this query so that the first measured one is not cold. */
const PRIMER = 'Iran';

const snapshot = values['in-place'] ? inPlace() : createSnapshot('tree-search');
const ui = readFileSync(join(snapshot.root, 'src', 'client', 'search.ts'), 'utf8');
const fromUi = (name: string, fallback: number) => Number(new RegExp(`const ${name} = (\\d+)`).exec(ui)?.[1] ?? fallback);
const debounceMs = Number(values.debounce ?? fromUi('DEBOUNCE_MS', 150));
const pageSize = Number(values['page-size'] ?? fromUi('PAGE_SIZE', 10));
let dist = values.dist ? resolve(values.dist) : '';
let build: { wallMs: number } | null = null;
if (!dist) {
  const corpus = join(WORK, 'search', 'corpus');
  generateCorpus({ count: Number(values.count), seed: values.seed!, out: corpus });
  dist = join(WORK, 'search', 'dist');
  mkdirSync(join(WORK, 'search'), { recursive: true });
  console.log(`building ${values.count} articles…`);
  const run = await runTimed(process.execPath, [join(snapshot.root, 'scripts', 'build.ts'), '--seeds', corpus, '--out', dist, '--articles', join(WORK, 'search', 'articles')], { cwd: snapshot.root });
  if (run.exitCode !== 0) throw new Error(`build failed:\n${run.lines.slice(-20).map((l) => l.text).join('\n')}`);
  build = { wallMs: run.wallMs };
  console.log(`built in ${(run.wallMs / 1000).toFixed(1)} s`);
}

const server = await startServer(snapshot.root, dist, Number(values.port));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const isPagefind = (url: string) => url.includes('/pagefind/');

const cold: Cold[] = [];
const warm: Warm[] = [];
const engine: Engine[] = [];

try {
  for (let r = 1; r <= runs; r++) {
    for (const query of QUERIES) cold.push(await coldQuery(browser, query));
    warm.push(...(await warmQueries(browser)));
    engine.push(...(await engineQueries(browser)));
    console.log(`run ${r}/${runs} done`);
  }
} finally {
  await browser.close();
  await server.stop();
}

/** A first visit: new context (empty cache), open /search/, wait until it is ready, type one query. */
async function coldQuery(b: Browser, query: string): Promise<Cold> {
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript(debounceMs));
    const net = NetworkLog.attach(context);
    // Requests that start after the first result is on screen (the other excerpts, the filter index) are counted apart.
    await page.exposeFunction('__benchFirstResult', () => {
      if (net.phase === 'query') net.phase = 'query-rest';
    });
    await page.goto(`${server.url}search/`);
    // On opening, the page loads and initialises Pagefind, then says it is ready.
    await page.waitForFunction(() => (window as unknown as { __bench: { results: unknown[] } }).__bench.results.length > 0);
    await net.idle();
    const readyMs = (await probeLog(page)).results[0]!.t;
    net.phase = 'query';
    const timing = await typeQuery(page, query);
    await net.idle();
    const first = net.bytes('query');
    const rest = net.bytes('query-rest');
    return { query, ...timing, queryBytes: first.bytes + rest.bytes, firstResultBytes: first.bytes, queryRequests: first.requests + rest.requests, bootstrapBytes: net.bytes('load', isPagefind).bytes, shellBytes: net.bytes('load', (u) => !isPagefind(u)).bytes, readyMs, loadByKind: bytesByKind(net.fetches, 'load'), queryByKind: bytesByKind(net.fetches, 'query', 'query-rest') };
  } finally {
    await context.close();
  }
}

/** One page, a primer query, then every query in turn: what a reader refining a search sees. */
async function warmQueries(b: Browser): Promise<Warm[]> {
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript(debounceMs));
    const net = NetworkLog.attach(context);
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => (window as unknown as { __bench: { results: unknown[] } }).__bench.results.length > 0);
    await typeQuery(page, PRIMER);
    await net.idle();
    const out: Warm[] = [];
    for (const [i, query] of QUERIES.entries()) {
      net.phase = `warm-${i}`;
      const timing = await typeQuery(page, query);
      await net.idle();
      const q = net.bytes(net.phase);
      out.push({ query, ...timing, queryBytes: q.bytes, queryRequests: q.requests });
    }
    return out;
  } finally {
    await context.close();
  }
}

/**
 * Where a query's time goes: Pagefind's search (index chunks, WebAssembly, the
 * filter counts) and then loading the result fragments the UI awaits
 * before it renders. Cold: a fresh context per query; warm: one page, queries in turn.
 */
async function engineQueries(b: Browser): Promise<Engine[]> {
  const out: Engine[] = [];
  const open = async () => {
    const context = await b.newContext();
    const page = await context.newPage();
    await page.addInitScript(initScript(debounceMs));
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => (window as unknown as { __bench: { results: unknown[] } }).__bench.results.length > 0);
    return { context, page };
  };
  const time = (page: Page, query: string) =>
    page.evaluate(async ({ q, n }) => {
      type Pagefind = { search(q: string, o: object): Promise<{ results: { data(): Promise<unknown> }[] }> };
      // The same module instance the UI loaded (same URL), with its options and filters already set up.
      const pf = (await import(new URL('../pagefind/pagefind.js', location.href).href)) as Pagefind;
      const t0 = performance.now();
      const found = await pf.search(q, { filters: {} });
      const t1 = performance.now();
      await Promise.all(found.results.slice(0, n).map((r) => r.data()));
      return { searchMs: t1 - t0, fragmentsMs: performance.now() - t1, results: found.results.length };
    }, { q: query, n: pageSize });
  for (const query of QUERIES) {
    const { context, page } = await open();
    try {
      out.push({ query, mode: 'cold', ...(await time(page, query)) });
    } finally {
      await context.close();
    }
  }
  const { context, page } = await open();
  try {
    await time(page, PRIMER);
    for (const query of QUERIES) out.push({ query, mode: 'warm', ...(await time(page, query)) });
  } finally {
    await context.close();
  }
  return out;
}

/** Replaces the box's text by typing, key by key, then waits for the results that follow the debounce. */
async function typeQuery(page: Page, query: string): Promise<QueryTiming> {
  const before = (await probeLog(page)).inputs.length;
  const box = page.locator('#search-q');
  await box.selectText();
  await box.pressSequentially(query, { delay: keyDelay });
  await waitForFreshResults(page);
  return lastQueryTiming(await probeLog(page), before);
}

const summary = summariseSearch(QUERIES, cold, warm, engine);
const results = { machine: machine(), options: { count: Number(values.count), seed: values.seed, runs, debounceMs, pageSize, keyDelayMs: keyDelay, dist, code: snapshot.fingerprint }, build, ...summary, raw: { cold, warm, engine } };
writeFileSync(values.out!, `${JSON.stringify(results, null, 1)}\n`);
console.log(`${searchReport(summary, cold, pageSize)}\n\nResults: ${values.out}`);
// The previous copy of the code, moved aside by createSnapshot.
await emptyTrash();
