import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './report.ts';

/**
 * How fast the machine is right now: the median time of a fixed CPU-bound task
 * of the kinds annotation does (JSON, regular expressions, hashing), run a
 * few times in this process. This machine is a virtual one whose speed drifts
 * by a third within minutes; timed before and after a benchmark, the task says
 * whether two results can be compared.
 */
export function calibrate(repeats = 5): number {
  const items = Array.from({ length: 15000 }, (_, i) => ({ id: `item-${i}`, text: `Iran’s foreign minister said on day ${i} that talks would resume.`, n: i }));
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    let text = '';
    for (let k = 0; k < 5; k++) text = JSON.stringify(JSON.parse(JSON.stringify(items)));
    const words = text.replace(/[’']/g, "'").match(/\p{L}+/gu)!.length;
    createHash('sha256').update(text.repeat(4)).update(String(words)).digest('hex');
    times.push(performance.now() - started);
  }
  return Math.round(median(times));
}

/**
 * How fast the machine's disk creates files right now: milliseconds to create
 * (and close) 1,000 empty files in `dir`, a new folder the caller discards
 * (see trash.ts: deleting them here would slow whatever comes next). A build
 * creates thousands of files, and on this machine creating one took from 0.03
 * to 0.9 ms depending on how many files had been deleted in the last few
 * minutes, which moves build times by seconds whatever the code does.
 */
export function fileCheck(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  for (let i = 0; i < 1000; i++) closeSync(openSync(join(dir, `${i}.html`), 'w'));
  return Math.round(performance.now() - started);
}
