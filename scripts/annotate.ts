// npm run annotate [-- --seeds <dir>]: seeds/ → content/articles/, atomically.
import { dirname, resolve } from 'node:path';
import { annotateSeeds } from '../src/lib/pipeline/annotate.ts';
import { createStaging, replaceDir } from '../src/lib/fs/staging.ts';
import { options, runCli, siteAddress } from './lib/cli.ts';
import { progress } from './lib/progress.ts';
import { ARTICLES_DIR, CACHE_DIR, ENTITIES_DIR, TOPICS_DIR } from './lib/paths.ts';

const USAGE = 'usage: npm run annotate -- [--seeds <dir>] [--articles <dir>] [--entities <dir>] [--fresh] [--verbose]';

await runCli(async () => {
  const { values } = options({ seeds: { type: 'string', default: 'seeds' }, fresh: { type: 'boolean', default: false }, articles: { type: 'string', default: ARTICLES_DIR }, entities: { type: 'string', default: ENTITIES_DIR } }, USAGE);
  const staging = createStaging(dirname(resolve(values.articles!)));
  try {
    const started = performance.now();
    const bar = progress('annotate');
    const { articles, warnings, cached } = await annotateSeeds({
      seeds: resolve(values.seeds!),
      out: staging.path('articles'),
      entities: resolve(values.entities!),
      topics: TOPICS_DIR,
      address: siteAddress(),
      cacheDir: values.fresh ? undefined : CACHE_DIR,
      onProgress: bar.update,
    });
    bar.end();
    for (const warning of warnings) console.warn(`warning: ${warning}`);
    replaceDir(resolve(values.articles!), staging.path('articles'));
    console.log(`annotate: ${articles.length} articles (${cached} from cache) → content/articles/ in ${Math.round(performance.now() - started)} ms`);
  } finally {
    staging.dispose();
  }
});
