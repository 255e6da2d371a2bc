import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SiteData } from './data.ts';
import { searchDocuments, SEARCH_OPTIONS } from './search-documents.ts';

/**
 * The offline and terminal search index: a MiniSearch index of the search
 * documents, as the UTF-8 bytes of its JSON (at 10,000 articles 330 MB, twice
 * that as a JavaScript string of non-Latin text).
 *
 * It is built on a worker thread, started as soon as the site data is loaded
 * (data.ts), and its two routes take the finished bytes. Built on the render
 * thread, when its routes came near the end of the render, its working memory
 * (MiniSearch's maps, the JSON as a string) came on top of the render's heap
 * at its largest: a 10,000-article build peaked at 4,075 MiB, now 3,406.
 */
let built: Promise<Uint8Array<ArrayBuffer>> | undefined;

export function startSearchIndex(data: SiteData): void {
  if (built) return;
  built = inWorker(searchDocuments(data));
  // A failure is reported where the index is awaited, by its route, not as an unhandled rejection before it.
  built.catch(() => {});
}

/** The index's bytes; the site data must have been loaded (siteData() starts the build). */
export function searchIndexBytes(): Promise<Uint8Array<ArrayBuffer>> {
  if (!built) throw new Error('the search index is built once the site data is loaded: await siteData() first');
  return built;
}

// The worker runs from source text, not a file: this module is bundled by
// Vite into Astro's build, where a worker file beside it would not be.
// MiniSearch is resolved here and handed over as a path.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = require(workerData.minisearch);
const MiniSearch = loaded.default ?? loaded.MiniSearch ?? loaded;
const index = new MiniSearch(workerData.options);
index.addAll(workerData.docs);
const bytes = Buffer.from(JSON.stringify(index));
// A large Buffer owns its memory, which can then be handed over without a copy.
const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : Uint8Array.from(bytes);
parentPort.postMessage(own, [own.buffer]);
`;

function inWorker(docs: unknown[]): Promise<Uint8Array<ArrayBuffer>> {
  const minisearch = createRequire(import.meta.url).resolve('minisearch');
  const options = { fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields };
  const worker = new Worker(WORKER, { eval: true, workerData: { minisearch, options, docs } });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array<ArrayBuffer>) => resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`building the search index stopped (exit ${code})`)));
  });
}
