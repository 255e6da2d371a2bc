import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from /proc
 * (Linux only). A build is Node plus Pagefind's own binary, which runs as a
 * child process: a per-process peak would miss that they overlap.
 */
const PAGE_BYTES = 4096;

export function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of descendants(root)) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += resident * PAGE_BYTES;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function descendants(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    out.push(pid);
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // Gone already.
    }
  }
  return out;
}

/** Samples the tree's RSS every `everyMs` until stopped; returns the peak seen. */
export function sampleTreeRss(root: number, everyMs = 100): { stop(): number } {
  let peak = 0;
  const take = () => {
    peak = Math.max(peak, treeRssBytes(root));
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
