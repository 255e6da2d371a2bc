// One thread of the benchmark's "annotation in memory" measurement (see
// ../annotate-only.ts): the build's own annotation code, loaded from the
// project copy under test, run on the articles it is sent, with nothing
// written. Replies with how long the work took and how many bytes of Markdown
// and JSON it made, so the caller can check it made what the build writes.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

type Input = { root: string; context: import('../../../src/lib/pipeline/context.ts').ContextInput };
type Article = import('../../../src/lib/pipeline/load.ts').Article;

const { root, context: contextInput } = workerData as Input;
const load = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
const { buildContext } = await load<typeof import('../../../src/lib/pipeline/context.ts')>('src/lib/pipeline/context.ts');
const { prepareCitations } = await load<typeof import('../../../src/lib/pipeline/citations.ts')>('src/lib/pipeline/citations.ts');
const { annotateOne } = await load<typeof import('../../../src/lib/pipeline/annotate-article.ts')>('src/lib/pipeline/annotate-article.ts');
const context = await buildContext(contextInput);
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (articles: Article[]) => {
  const started = performance.now();
  let bytes = 0;
  await prepareCitations(articles, context.address, context.citations);
  for (const article of articles) {
    const output = annotateOne(article, context);
    bytes += Buffer.byteLength(output.markdown) + Buffer.byteLength(output.json);
  }
  parentPort!.postMessage({ ms: performance.now() - started, bytes });
});
