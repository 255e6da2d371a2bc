import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { publicArticleSchema } from '../lib/schema/public.ts';
import { articlesFolder } from './articles-folder.ts';

export type Annotation = z.output<typeof publicArticleSchema>;

/**
 * The pipeline's per-article annotations (`<slug>.json` beside the Markdown),
 * read straight from the folder the pipeline wrote rather than through an
 * Astro collection. Astro compiles its whole content store into one
 * JavaScript module before it renders the first page, and the annotations
 * were half of it: at 3,000 articles V8 spent 16 s compiling that module, and
 * it grows faster than the corpus. Validated with the same schema as before;
 * sorted by file name, so every build reads them in the same order. Callers
 * cache the result (siteData), so a dev server rereads them when it reloads.
 */
export function readAnnotations(dir = articlesFolder()): Annotation[] {
  const folder = resolve(dir);
  const pool = new Map<string, string>();
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const parsed = publicArticleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: not the annotations the pipeline writes: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return shareStrings(parsed.data, pool);
    });
}

/** Strings up to this long are looked up in the pool; longer ones are rarely repeated. */
const SHARED_LENGTH = 256;

/**
 * `value` with each short string replaced by the first equal one read. The
 * same entity ids, block ids and kinds, names and sentences recur in every
 * article, and JSON.parse gives each occurrence a string of its own: at
 * 10,000 articles 3.5 million strings, and about 110 MB of the render's heap
 * went to copies, which every full garbage collection marks again.
 */
function shareStrings<T>(value: T, pool: Map<string, string>): T {
  if (typeof value === 'string') {
    if (value.length > SHARED_LENGTH) return value;
    const known = pool.get(value);
    if (known !== undefined) return known as T;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i], pool);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = shareStrings(record[key], pool);
  }
  return value;
}
