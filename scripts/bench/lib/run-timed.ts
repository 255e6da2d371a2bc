import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreeRss } from './proc-tree.ts';

/** One line of a child's output and when it arrived, in ms after the spawn. */
export type TimedLine = { ms: number; text: string };

export type TimedRun = {
  command: string;
  exitCode: number;
  wallMs: number;
  /** CPU time of the child and its descendants: steadier than wall time on a busy machine. */
  userS: number | null;
  systemS: number | null;
  /** Peak RSS of the largest single process (GNU time's %M), bytes. */
  maxProcessRss: number | null;
  /** Peak of the summed RSS of the whole process tree, sampled every 100 ms, bytes. */
  peakTreeRss: number;
  /** 1-minute load average before the run: how busy the machine was. */
  loadBefore: number;
  lines: TimedLine[];
};

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command the way a user would and times it from outside: every output
 * line is stamped on arrival (pipes from a Node child are written
 * synchronously on Linux, so arrival is emission), CPU time and the peak RSS
 * come from GNU time when it is installed, and the tree's RSS from /proc.
 */
export async function runTimed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void }): Promise<TimedRun> {
  const timeFile = join(tmpdir(), `dossier-bench-time-${process.pid}-${Date.now()}.txt`);
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeRss(child.pid!);
  const lines: TimedLine[] = [];
  const reader = (stream: NodeJS.ReadableStream) => {
    let carry = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (carry + chunk).split('\n');
      carry = parts.pop()!;
      for (const text of parts) {
        const clean = text.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push({ ms, text: clean });
        options.echo?.(clean);
      }
    });
    stream.on('end', () => {
      if (carry) lines.push({ ms: performance.now() - started, text: carry });
    });
  };
  reader(child.stdout!);
  reader(child.stderr!);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  const peakTreeRss = sampler.stop();
  let userS: number | null = null;
  let systemS: number | null = null;
  let maxProcessRss: number | null = null;
  if (withTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    [, userS = null, systemS = null] = last;
    maxProcessRss = last[3] !== undefined ? last[3] * 1024 : null;
    rmSync(timeFile, { force: true });
  }
  return { command: [command, ...args].join(' '), exitCode, wallMs, userS, systemS, maxProcessRss, peakTreeRss, loadBefore, lines };
}
