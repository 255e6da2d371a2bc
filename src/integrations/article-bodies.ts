import { Worker } from 'node:worker_threads';
import { BODY_RENDERER, type BodyRenderer } from '../site/article-files.ts';

/**
 * Renders the articles' bodies on a thread of their own while Astro builds.
 * Astro renders every page on one thread, and at 10,000 articles turning the
 * bodies' Markdown into HTML took 6.5 s of it, while the machine's other core
 * had room. The article page asks for its body (articleBodyHtml) and Astro
 * goes on with the other pages in flight until it comes. Astro's page code is
 * bundled where no worker file lies beside it, so the renderer is handed over
 * through `globalThis`; without it (the dev server) pages render their bodies
 * themselves, with the same function.
 */
export type ArticleBodies = { close(): Promise<void> };

type Reply = { id: number; html: string } | { id: number; error: string };

export function renderBodiesInThread(): ArticleBodies {
  const worker = new Worker(new URL('./article-bodies-worker.ts', import.meta.url));
  // The thread keeps the process alive only while a page waits for it.
  worker.unref();
  const waiting = new Map<number, { done: (html: string) => void; fail: (error: Error) => void }>();
  let next = 0;
  let ended: Error | null = null;
  const stop = (error: Error) => {
    ended ??= error;
    for (const { fail } of waiting.values()) fail(ended);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const asked = waiting.get(reply.id);
    if (!asked) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if ('error' in reply) asked.fail(new Error(reply.error));
    else asked.done(reply.html);
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`rendering the article bodies stopped (exit ${code})`)));

  const renderer: BodyRenderer = (file) =>
    new Promise((done, fail) => {
      if (ended) return fail(ended);
      const id = next++;
      if (waiting.size === 0) worker.ref();
      waiting.set(id, { done, fail });
      worker.postMessage({ id, file });
    });
  const global = globalThis as { [BODY_RENDERER]?: BodyRenderer };
  global[BODY_RENDERER] = renderer;
  return {
    async close() {
      if (global[BODY_RENDERER] === renderer) delete global[BODY_RENDERER];
      await worker.terminate();
    },
  };
}
