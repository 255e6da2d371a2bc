import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTICLES_DIR = join(ROOT, 'content', 'articles');
export const DIST_DIR = join(ROOT, 'dist');
export const ENTITIES_DIR = join(ROOT, 'content', 'entities');
export const TOPICS_DIR = join(ROOT, 'content', 'topics');
