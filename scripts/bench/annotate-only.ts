// Times Dossier's annotation stage alone, in process, with no Astro: the
// seeds are read, parsed, cleaned, annotated and written as Markdown + JSON
// by annotateSeeds, exactly as scripts/build.ts calls it. Process start and
// module loading are excluded. Prints one JSON line for scripts/bench/build.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { WORK } from './lib/paths.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, root: { type: 'string' } }, strict: true });
if (!values.seeds || !values.root) {
  console.error('usage: node scripts/bench/annotate-only.ts --seeds <dir> --root <project copy>');
  process.exit(1);
}
const root = resolve(values.root);
const seeds = resolve(values.seeds);
type Annotate = typeof import('../../src/lib/pipeline/annotate.ts');
type Load = typeof import('../../src/lib/pipeline/load.ts');
const { annotateSeeds } = (await import(pathToFileURL(join(root, 'src/lib/pipeline/annotate.ts')).href)) as Annotate;
const { loadSeeds } = (await import(pathToFileURL(join(root, 'src/lib/pipeline/load.ts')).href)) as Load;

const address = { site: 'https://dossier.example.org', base: '/', title: 'Dossier: Iran–US relations' };
const options = (out: string) => ({ seeds, out, entities: join(root, 'content/entities'), topics: join(root, 'content/topics'), address });

// Parse + clean only, to separate it from annotation proper.
let t = performance.now();
const loaded = loadSeeds(seeds);
const parseMs = performance.now() - t;

const scratch = mkdtempSync(join(WORK, 'annotate-'));
try {
  // First call: what a build pays (registry, lexicon and NLP models built, code not yet optimised).
  t = performance.now();
  // Awaited: annotateSeeds has been synchronous and asynchronous in turn.
  const first = await annotateSeeds(options(join(scratch, 'a')));
  const coldMs = performance.now() - t;
  // Second call in the same process: the steady-state cost per article.
  t = performance.now();
  await annotateSeeds(options(join(scratch, 'b')));
  const warmMs = performance.now() - t;
  console.log(JSON.stringify({ articles: first.articles.length, parsed: loaded.articles.length, parseMs, coldMs, warmMs, entities: first.entities.length, maxRss: process.resourceUsage().maxRSS * 1024 }));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
