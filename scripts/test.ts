// npm test: every test, unit and browser, then one plain closing line
// "N passed, N failed" that CI reads (it does not parse runner summaries).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine } from './lib/cli.ts';
import { ROOT } from './lib/paths.ts';

commandLine({ options: {}, strict: true }, 'usage: npm test (no options): builds seeds/, type-checks, runs the unit tests (Vitest) and the browser tests (Playwright), and ends with "N passed, N failed"; npm run test:unit or test:e2e runs one kind');

const RESULTS = join(ROOT, 'test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name: string) => join(ROOT, 'node_modules', name);

let passed = 0;
let failed = 0;

function run(label: string, args: string[]): number {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  return result.status ?? 1;
}

// 0. The site the browser tests read, built from seeds/ exactly as a user would.
// It comes first because it also writes Astro's generated types (.astro/),
// which the type check needs and a fresh checkout does not have.
const build = run('build the site from seeds/', [join(ROOT, 'scripts', 'build.ts')]);
if (build !== 0) failed += 1;

// 1. Types: strict TypeScript over the pipeline, pages' helpers, scripts and tests.
if (run('type check (tsc --noEmit)', [bin('typescript/bin/tsc'), '--noEmit']) === 0) passed += 1;
else failed += 1;

// 2. Unit tests.
const unit = run('unit tests (vitest)', [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(RESULTS, 'vitest.json')}`]);
const vitest = readJson(join(RESULTS, 'vitest.json')) as { numPassedTests?: number; numFailedTests?: number } | null;
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
if (unit !== 0 && (!vitest || !vitest.numFailedTests)) failed += 1; // the runner itself failed

// 3. Browser tests in Debian's Chromium, against the site built in step 0.
if (build === 0) {
  const e2e = run('browser tests (playwright)', [bin('@playwright/test/cli.js'), 'test']);
  const report = readJson(join(RESULTS, 'playwright.json')) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  if (report?.stats) {
    passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected ?? 0;
  }
  if (e2e !== 0 && !report?.stats?.unexpected) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
