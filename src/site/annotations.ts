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
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const parsed = publicArticleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: not the annotations the pipeline writes: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
