// The thread of page-stream.ts: passes each page Astro hands over, then the rest of the site, then checks the links.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { brokenLinks, passPage, passPages, siteTree } from './built-pages.ts';
import { LinkRecorder } from './link-ledger.ts';

const { root, base } = workerData as { root: string; base: string };
const recorder = new LinkRecorder(base);
const passed = new Set<string>();
const decoder = new TextDecoder();

type Message = { type: 'page'; page: string; data: string | Uint8Array } | { type: 'finish' };

parentPort!.on('message', (message: Message) => {
  if (message.type === 'page') {
    const { page, data } = message;
    try {
      const html = typeof data === 'string' ? data : decoder.decode(data);
      // A page written twice is passed twice; its last version is the one on disk.
      passed.add(page);
      writeFileSync(join(root, page), passPage(page, html, recorder));
      parentPort!.postMessage({ type: 'written' });
    } catch (error) {
      parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const tree = siteTree(root);
  passPages(root, tree.pages.filter((page) => !passed.has(page)), recorder);
  const ledger = recorder.ledger();
  parentPort!.postMessage({ type: 'done', pages: tree.pages.length, rewritten: ledger.rewritten, streamed: passed.size, problems: brokenLinks(root, tree, ledger) });
});
