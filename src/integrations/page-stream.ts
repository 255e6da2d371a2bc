import fs from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assertNoBrokenLinks } from './built-pages.ts';
import { PAGE_PASS } from '../site/cite-paragraphs.ts';

/**
 * The pass over the built pages (built-pages.ts), run while Astro renders.
 * Astro renders on one thread, so on a two-core machine the other core has
 * room during the build's longest stage, while the pass after it took 20 s at
 * 10,000 articles, most of it writing every page a second time. Here each page Astro
 * writes is handed to a thread of its own, which makes its links relative and
 * writes it once, in Astro's place; its links are checked when the whole site
 * is written (link-ledger.ts).
 *
 * Astro has no hook for a written page, so this stands in for
 * `fs.promises.writeFile` while Astro's build runs and takes the HTML files
 * under the site's folder. A write returns once the page is queued for the
 * thread (up to MAX_QUEUED pages); a page the thread cannot write fails the
 * next write, or the end.
 * Whatever is not handed over this way (a page Astro copies, or writes by
 * other means) is read and passed at the end, so the outcome never depends on
 * how Astro writes.
 */
export type PageStream = {
  /** Stops taking pages, passes any page the site has that was not handed over, and checks every link; throws on broken links. */
  finish(): Promise<{ pages: number; rewritten: number; streamed: number }>;
  /** Stops taking pages and ends the thread, as after a failed build. */
  close(): Promise<void>;
};

type Reply =
  | { type: 'written' }
  | { type: 'failed'; message: string }
  | { type: 'done'; pages: number; rewritten: number; streamed: number; problems: string[] };

/**
 * Pages handed over and not yet written. Astro goes on rendering while the
 * thread catches up, up to this many; waiting for each page to be written
 * left Astro's thread idle for 4 s more at 10,000 articles.
 */
const MAX_QUEUED = 64;

export function streamPages(site: string, base: string): PageStream {
  const root = resolve(site);
  const worker = new Worker(new URL('./page-stream-worker.ts', import.meta.url), { workerData: { root, base } });
  let queued = 0;
  const room: (() => void)[] = [];
  /** The first page the thread could not write, reported by the next write or by finish(). */
  let failure: Error | null = null;
  let ended: Error | null = null;
  let finished: ((reply: Extract<Reply, { type: 'done' }>) => void) | null = null;
  const stop = (error: Error) => {
    ended ??= error;
    for (const wake of room.splice(0)) wake();
  };
  worker.on('message', (reply: Reply) => {
    if (reply.type === 'done') return finished?.(reply);
    queued--;
    if (reply.type === 'failed') failure ??= new Error(reply.message);
    room.shift()?.();
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the pass over the built pages stopped (exit ${code})`)));

  const promises = fs.promises;
  const original = promises.writeFile;
  // Pages may leave parts for the pass to write (cite-paragraphs.ts).
  const pass = globalThis as { [PAGE_PASS]?: true };
  pass[PAGE_PASS] = true;
  const restore = () => {
    promises.writeFile = original;
    delete pass[PAGE_PASS];
  };
  promises.writeFile = async function (file, data, options) {
    const path = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : null;
    const ours = path !== null && path.endsWith('.html') && path.startsWith(root + sep) && options === undefined && (typeof data === 'string' || data instanceof Uint8Array);
    if (!ours) return original.call(promises, file, data, options);
    while (queued >= MAX_QUEUED && !ended && !failure) await new Promise<void>((wake) => room.push(wake));
    if (ended) throw ended;
    if (failure) throw failure;
    queued++;
    worker.postMessage({ type: 'page', page: relative(root, path).split(sep).join('/'), data });
  } as typeof promises.writeFile;

  return {
    async finish() {
      restore();
      if (ended) throw ended;
      const reply = await new Promise<Extract<Reply, { type: 'done' }>>((done, fail) => {
        finished = done;
        worker.once('error', fail);
        worker.once('exit', () => fail(ended ?? new Error('the pass over the built pages stopped')));
        worker.postMessage({ type: 'finish' });
      });
      await worker.terminate();
      if (failure) throw failure;
      assertNoBrokenLinks(reply.problems);
      return { pages: reply.pages, rewritten: reply.rewritten, streamed: reply.streamed };
    },
    async close() {
      restore();
      await worker.terminate();
    },
  };
}
