// The thread of article-bodies.ts: renders article bodies as their pages ask for them.
import { parentPort } from 'node:worker_threads';
import { renderArticleBody } from '../site/article-files.ts';

type Request = { id: number; file: string };

parentPort!.on('message', ({ id, file }: Request) => {
  renderArticleBody(file).then(
    (html) => parentPort!.postMessage({ id, html }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
