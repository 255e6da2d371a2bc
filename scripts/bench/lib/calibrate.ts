import { createHash } from 'node:crypto';
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
