import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleOutput } from './annotate-article.ts';
import { openCache, type Cache } from './cache.ts';

/** What the whole-set indexes need of an article. */
export type Summary = Pick<ArticleOutput, 'discovered' | 'counts' | 'articleTopics' | 'paragraphTopics'>;
/** An article's summary and the byte lengths of its two files, in the order of FILES. */
export type Kept = { summary: Summary; bytes: [markdown: number, json: number] };
/** The two files written for each article. */
export const FILES = ['.md', '.json'] as const;

/** Where annotated articles go: the output folder and, when there is one, the cache (the versioned folder, see cacheFor). */
export type Destination = { out: string; cacheDir?: string | undefined };

export type Store = {
  /** An article's whole output, under its key. */
  outputs: Cache<ArticleOutput> | undefined;
  /** Writes an article's two files. Returns what the indexes need. */
  write(slug: string, output: ArticleOutput): Kept;
  /** Writes an article annotated now: its two files and its cache entry. Returns what the indexes need. */
  put(slug: string, key: string, output: ArticleOutput): Kept;
};

/**
 * An article's files and cache entries are written by whichever thread
 * annotated it, so that two threads write at once and the main thread,
 * which hands out the work, is not kept from doing so.
 */
export function openStore({ out, cacheDir }: Destination): Store {
  const outputs = cacheDir ? openCache<ArticleOutput>(join(cacheDir, 'articles')) : undefined;
  const write = (slug: string, output: ArticleOutput): Kept => {
    writeFileSync(join(out, `${slug}${FILES[0]}`), output.markdown);
    writeFileSync(join(out, `${slug}${FILES[1]}`), output.json);
    return keptOf(output);
  };
  return {
    outputs,
    write,
    put(slug, key, output) {
      const kept = write(slug, output);
      outputs?.set(key, output);
      return kept;
    },
  };
}

function keptOf(output: ArticleOutput): Kept {
  return {
    summary: { discovered: output.discovered, counts: output.counts, articleTopics: output.articleTopics, paragraphTopics: output.paragraphTopics },
    bytes: [Buffer.byteLength(output.markdown), Buffer.byteLength(output.json)],
  };
}
