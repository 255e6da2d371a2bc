// npm run annotate [-- --seeds <dir>]: seeds/ → content/articles/, atomically.
import { dirname, relative, resolve } from 'node:path';
import { createStaging, replaceDir } from '../src/lib/fs/staging.ts';
import { options, runCli } from './lib/cli.ts';
import { ANNOTATE_OPTIONS, annotateStage } from './lib/annotate-stage.ts';

/** A folder as the user would type it: relative inside the working directory, absolute outside it. */
const shown = (dir: string) => {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
};

const USAGE = 'usage: npm run annotate -- [--seeds <dir>] [--articles <dir>] [--entities <dir>] [--topics <dir>] [--fresh] [--verbose]';

await runCli(async () => {
  const { values } = options(ANNOTATE_OPTIONS, USAGE);
  const staging = createStaging(dirname(resolve(values.articles!)));
  try {
    const started = performance.now();
    const { articles, cached } = await annotateStage(values, staging.path('articles'));
    replaceDir(resolve(values.articles!), staging.path('articles'));
    console.log(`annotate: ${articles.length} articles (${cached} from cache) → ${shown(resolve(values.articles!))}/ in ${Math.round(performance.now() - started)} ms`);
  } finally {
    staging.dispose();
  }
});
