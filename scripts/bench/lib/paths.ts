import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The checkout, and the gitignored folder every benchmark writes into. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const WORK = join(REPO, 'bench', '.work');
export const BASELINE_ROOT = join(REPO, 'bench', 'baseline');
