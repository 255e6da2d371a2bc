// Builds the baseline site in bench/baseline/ from a folder of Markdown, then
// indexes it with Pagefind's Node API, as src/integrations/pagefind.ts does
// for Dossier. Spawned by scripts/bench/build.ts; prints one line per stage.
import { resolve } from 'node:path';
import { commandLine } from '../lib/cli.ts';
import { BASELINE_ROOT } from './lib/paths.ts';

const USAGE = 'usage: node scripts/bench/baseline-build.ts --content <dir of .md> --out <dir> [--verbose]';
const { values } = commandLine({ options: { content: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } }, strict: true }, USAGE);
if (!values.content || !values.out) {
  console.error(`error: --content and --out are required\n${USAGE}`);
  process.exit(1);
}
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.BENCH_BASELINE_CONTENT = resolve(values.content);
const outDir = resolve(values.out);

let t = performance.now();
const lap = (label: string) => {
  const now = performance.now();
  console.log(`${label} in ${((now - t) / 1000).toFixed(2)} s`);
  t = now;
};

const { build } = await import('astro');
await build({ root: BASELINE_ROOT, outDir, logLevel: values.verbose ? 'info' : 'warn' });
lap('baseline astro: site built');

const { createIndex, close } = await import('pagefind');
try {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  lap(`baseline pagefind: indexed ${added.page_count} pages`);
} finally {
  await close();
}
