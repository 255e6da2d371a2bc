// One thread of the pass over the built pages (see built-pages.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { passShare, type PassInput } from './built-pages.ts';

parentPort!.postMessage(passShare(workerData as PassInput));
