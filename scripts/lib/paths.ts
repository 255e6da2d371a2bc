import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTICLES_DIR = join(ROOT, 'content', 'articles');
export const DIST_DIR = join(ROOT, 'dist');
export const ENTITIES_DIR = join(ROOT, 'content', 'entities');
export const TOPICS_DIR = join(ROOT, 'content', 'topics');
/** Annotation results kept between runs (see src/lib/pipeline/cache.ts). */
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'dossier', 'annotate');
