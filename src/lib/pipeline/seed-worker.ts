// One thread of seed-threads.ts: reads and parses its share of the seeds, through annotate's memo.
import { parentPort, workerData } from 'node:worker_threads';
import { memoAt } from './cache.ts';
import { readSafely } from './load.ts';
import { sendable, type SeedJob } from './seed-threads.ts';

const { dir, memoDir, seeds } = workerData as SeedJob;
const memo = memoAt(memoDir);
parentPort!.postMessage(seeds.map(({ name, path }) => sendable(readSafely(dir, name, path, memo))));
