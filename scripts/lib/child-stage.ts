import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stagingWriter } from '../../src/lib/fs/staging.ts';
import { ReportedError } from './cli.ts';
import { ROOT } from './paths.ts';

/**
 * Runs one stage of the build (a script in scripts/lib/) in a process of its
 * own, with this process's terminal and environment, and resolves with the
 * message it sends back, if any. A stage that fails has printed its own
 * error. Each stage's memory is freed when it exits: at 10,000 articles,
 * Astro's render and Pagefind's index together were the build's peak.
 * The child leads its own process group, so that an interrupted build can
 * stop it, and whatever it started, before removing the staging folder.
 */
/** The options that make `node` load Node's compile cache (compile-cache.mjs) of the code in `root` first. */
export function compileCacheFlags(root = ROOT): string[] {
  return ['--import', pathToFileURL(join(root, 'scripts', 'lib', 'compile-cache.mjs')).href];
}

export function runStage<T = undefined>(script: string, args: string[], what: string): Promise<T | undefined> {
  // With Node's compile cache (see compile-cache.mjs), which worker threads
  // share: a later build does not compile Astro's modules, or each annotation
  // thread's, again.
  const child = spawn(process.execPath, [...compileCacheFlags(), join(ROOT, 'scripts', 'lib', script), ...args], {
    // The build's own folder, so that paths given on the command line mean the same in the stage.
    cwd: process.cwd(),
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  // No pid: the process could not be started, and 'error' says why.
  const done = child.pid === undefined ? () => {} : stagingWriter(child.pid);
  let message: T | undefined;
  child.on('message', (m: T) => (message = m));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      done();
      if (code === 0) resolve(message);
      // Exit 1 is a failure the stage has reported itself; anything else (a crash, a signal) is not.
      else if (code === 1) reject(new ReportedError(`${what} failed`));
      else reject(new Error(`${what} stopped (${signal ?? `exit ${code}`})`));
    });
  });
}
