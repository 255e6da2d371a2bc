// Long stages show progress in a terminal and stay quiet elsewhere (issue:
// "Fast at any size", point 4). The build's own summary lines are in cli.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../../scripts/lib/progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('progress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('in a terminal redraws one line with the stage, the counts and, after a second, the time left', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const out = stream(true);
    const bar = progress('annotate', out.stream);
    bar.update(0, 400);
    vi.advanceTimersByTime(2_000);
    bar.update(100, 400);
    // 100 articles in 2 s: 300 more take about 6 s.
    expect(out.written.at(-1)).toBe('\rannotate: 100/400 (25%) · about 6 s left\u001b[K');
    const drawn = out.written.length;
    vi.advanceTimersByTime(10);
    bar.update(101, 400);
    expect(out.written).toHaveLength(drawn); // redrawn at most every 100 ms
    vi.advanceTimersByTime(6_000);
    bar.update(400, 400);
    expect(out.written.at(-1)).toBe('\rannotate: 400/400 (100%)\u001b[K');
    bar.end();
    expect(out.written.at(-1)).toBe('\r\u001b[K');
    expect(out.written.every((line) => line.startsWith('\r') && !line.includes('\n'))).toBe(true);
  });

  it('writes nothing when not in a terminal (CI, pipes)', () => {
    const out = stream(false);
    const bar = progress('annotate', out.stream);
    for (let i = 0; i <= 50; i++) bar.update(i, 50);
    bar.end();
    expect(out.written).toEqual([]);
  });
});
