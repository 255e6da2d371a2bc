import { resolve } from 'node:path';
import { annotateSeeds, type AnnotateResult } from '../../src/lib/pipeline/annotate.ts';
import { siteAddress } from './cli.ts';
import { ARTICLES_DIR, CACHE_DIR, ENTITIES_DIR, TOPICS_DIR } from './paths.ts';
import { progress } from './progress.ts';

/** The options `build` and `annotate` share, for node:util's parser. */
export const ANNOTATE_OPTIONS = {
  seeds: { type: 'string', default: 'seeds' },
  fresh: { type: 'boolean', default: false },
  articles: { type: 'string', default: ARTICLES_DIR },
  entities: { type: 'string', default: ENTITIES_DIR },
  topics: { type: 'string', default: TOPICS_DIR },
} as const;

/** The annotate stage as both commands run it: cache, progress display, warnings. */
export async function annotateStage(values: { seeds?: string | undefined; fresh?: boolean | undefined; entities?: string | undefined; topics?: string | undefined; articles?: string | undefined }, out: string): Promise<AnnotateResult> {
  const bar = progress('annotate');
  const result = await annotateSeeds({
    seeds: resolve(values.seeds ?? 'seeds'),
    out,
    entities: resolve(values.entities ?? ENTITIES_DIR),
    topics: resolve(values.topics ?? TOPICS_DIR),
    address: siteAddress(),
    cacheDir: values.fresh ? undefined : CACHE_DIR,
    previous: values.fresh ? undefined : resolve(values.articles ?? ARTICLES_DIR),
    onProgress: bar.update,
  });
  bar.end();
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  return result;
}
