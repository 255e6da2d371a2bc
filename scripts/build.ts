// npm run build [-- --seeds <dir>]: annotate, then Astro, then the search index.
// Everything is built in a staging folder and swapped in only when all of it
// succeeded, so a failed build leaves content/articles/ and dist/ untouched.
import { dirname, join, resolve } from 'node:path';
import { createStaging, removeTree, swapIn } from '../src/lib/fs/staging.ts';
import { addCspHeaders } from '../src/integrations/csp-headers.ts';
import { basePath } from '../src/lib/base-path.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { failpoint } from '../src/lib/failpoint.ts';
import { withLock } from './lib/lock.ts';
import { options, runCli } from './lib/cli.ts';
import { ANNOTATE_OPTIONS } from './lib/annotate-stage.ts';
import type { AnnotateSummary } from './lib/annotate-build.ts';
import { runStage } from './lib/child-stage.ts';
import { DIST_DIR, ROOT } from './lib/paths.ts';

const USAGE = 'usage: npm run build -- [--seeds <dir>] [--out <dir>] [--articles <dir>] [--entities <dir>] [--topics <dir>] [--fresh] [--site <url>] [--base </path/>] [--verbose]';

await runCli(async (verbose) => {
  const { values } = options(
    { ...ANNOTATE_OPTIONS, out: { type: 'string', default: DIST_DIR }, site: { type: 'string' }, base: { type: 'string' } },
    USAGE,
  );
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Vite reads these names from the environment into import.meta.env; one left
  // over from a parent tool (Vitest sets BASE_URL=/) would override --base.
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[reserved];
  if (values.site) process.env.DOSSIER_SITE = values.site;
  if (values.base) process.env.DOSSIER_BASE = values.base;

  // Staging sits beside the output so the final rename stays on one file system.
  const staging = createStaging(dirname(resolve(values.out!)));
  try {
    let t = performance.now();
    const lap = (label: string) => {
      const now = performance.now();
      console.log(`${label} in ${((now - t) / 1000).toFixed(1)} s`);
      t = now;
    };
    failpoint('parse');
    const flags = verbose ? ['--verbose'] : [];
    const annotated = await runStage<AnnotateSummary>('annotate-build.ts', [JSON.stringify([values, staging.path('articles')]), ...flags], 'annotation');
    if (!annotated) throw new Error('annotation ended without saying what it did');
    const { articles, cached, threads } = annotated;
    lap(`annotate: ${articles} articles (${cached} from cache${threads > 1 ? `, ${threads} threads` : ''})`);
    failpoint('annotate');

    process.env.DOSSIER_ARTICLES = staging.path('articles');
    process.env.DOSSIER_CACHE_DIR = staging.path('cache');
    const dist = staging.path('dist');
    // Links are made relative and checked as Astro writes the pages, in its
    // process (see astro-build.ts), so that Pagefind indexes the pages as they
    // will be served. Pagefind runs once Astro's process has exited, so that its
    // memory is free: at 10,000 articles the two at once were the build's peak
    // (4.1 and 2.8 GB). The security headers come last, since they cover
    // pagefind/ too.
    const info = (line: string) => verbose && console.log(line);
    await withLock(join(ROOT, '.astro', 'build.lock'), () => runStage('astro-build.ts', [dist, staging.path('articles'), basePath(process.env.DOSSIER_BASE || '/'), ...flags], 'the Astro build'));
    failpoint('pagefind');
    info(`[dossier:pagefind] indexed ${await indexSite(dist)} pages`);
    addCspHeaders(dist);
    lap('astro + search index: site built');

    const replaced = [swapIn(resolve(values.articles!), staging.path('articles')), swapIn(resolve(values.out!), staging.path('dist'))];
    // The new site is in place; the previous one is deleted before the build ends.
    await Promise.all(replaced.filter((old) => old !== null).map(removeTree));
    console.log('build: dist/ is ready (npm run preview to read it)');
  } finally {
    staging.dispose();
  }
});
