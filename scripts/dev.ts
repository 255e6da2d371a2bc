// npm run dev: the site with live reload. Annotates seeds/ into content/articles/,
// starts Astro's dev server, and re-annotates whenever a seed, sources.yaml or a
// registry file changes; Astro sees the changed files and the page reloads.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { annotateSeeds } from '../src/lib/pipeline/annotate.ts';
import { isUserError } from '../src/lib/errors.ts';
import { options, runCli, siteAddress } from './lib/cli.ts';
import { ARTICLES_DIR, CACHE_DIR, ENTITIES_DIR, ROOT, TOPICS_DIR } from './lib/paths.ts';

await runCli(async () => {
  const { values } = options({ seeds: { type: 'string', default: 'seeds' }, port: { type: 'string', default: '4321' }, articles: { type: 'string' } }, 'usage: npm run dev -- [--seeds <dir>] [--articles <dir>] [--port 4321]');
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // As in build.ts: names a parent tool (Vitest) leaves in the environment
  // would reach import.meta.env and change the site's base path.
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'NODE_ENV']) delete process.env[reserved];
  const seeds = resolve(values.seeds!);
  // Where the annotated articles go; src/content.config.ts reads the same variable.
  const articlesDir = values.articles ? resolve(values.articles) : ARTICLES_DIR;
  if (values.articles) process.env.DOSSIER_ARTICLES = articlesDir;

  const annotate = async () => {
    const started = performance.now();
    const staging = mkdtempSync(join(tmpdir(), 'dossier-dev-'));
    try {
      const { articles, warnings } = await annotateSeeds({ seeds, out: staging, entities: ENTITIES_DIR, topics: TOPICS_DIR, address: siteAddress(), cacheDir: CACHE_DIR });
      for (const w of warnings) console.warn(`warning: ${w}`);
      const changed = sync(staging, articlesDir);
      console.log(`annotate: ${articles.length} articles, ${changed} files changed, ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      // Keep serving the last good content; say what is wrong and wait for a fix.
      if (isUserError(error)) console.error(`\nerror: ${error instanceof Error ? error.message : error}\n(the site keeps showing the last good build)`);
      else throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  };
  await annotate();

  let timer: NodeJS.Timeout | undefined;
  const again = (what: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`changed: ${what}`);
      void annotate();
    }, 150);
  };
  for (const dir of [seeds, ENTITIES_DIR, TOPICS_DIR]) watch(dir, { recursive: true }, (_event, name) => again(join(dir, String(name ?? ''))));

  const { dev } = await import('astro');
  await dev({ root: ROOT, server: { port: Number(values.port), host: '127.0.0.1' } });
});

/**
 * Writes into `target` only the files that differ and removes the ones that
 * went away, so Astro's watcher sees individual edits (a swapped folder would
 * leave it watching the old one).
 */
function sync(from: string, target: string): number {
  mkdirSync(target, { recursive: true });
  let changed = 0;
  const fresh = new Set(readdirSync(from));
  for (const name of fresh) {
    const source = join(from, name);
    const path = join(target, name);
    if (statSync(source).isDirectory()) {
      changed += sync(source, path);
      continue;
    }
    const next = readFileSync(source);
    if (existsSync(path) && readFileSync(path).equals(next)) continue;
    writeFileSync(path, next);
    changed++;
  }
  for (const name of readdirSync(target)) {
    if (!fresh.has(name)) {
      rmSync(join(target, name), { recursive: true, force: true });
      changed++;
    }
  }
  return changed;
}
