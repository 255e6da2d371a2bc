/**
 * Progress for long stages. In a terminal it redraws one line with counts and
 * an estimate of the time left; elsewhere (CI, pipes) it stays quiet and the
 * caller prints one summary line when the stage ends.
 */
export type Progress = { update(done: number, total: number): void; end(): void };

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, end() {} };
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : 0;
      const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
      stream.write(`\r${label}: ${done}/${total} (${pct}%)${done < total && elapsed > 1 ? ` · about ${formatSeconds(left)} left` : ''}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

function formatSeconds(s: number): string {
  return s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
