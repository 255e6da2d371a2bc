/**
 * Test-only fault injection: `DOSSIER_FAILPOINT=<stage>` makes that stage of a
 * build fail, so tests can prove that a failure at any stage leaves the
 * previous site untouched. Unset, it does nothing.
 */
export type Stage = 'parse' | 'annotate' | 'astro' | 'pages' | 'pagefind';

export function failpoint(stage: Stage): void {
  if (process.env.DOSSIER_FAILPOINT === stage) throw new Error(`failpoint: the ${stage} stage was made to fail (DOSSIER_FAILPOINT)`);
}

/**
 * Test-only: `DOSSIER_PAUSE=<point>:<ms>` holds the process at that point, so
 * that a test can make two processes overlap where a race would do harm.
 */
export function pausepoint(point: 'manifest-append'): void {
  const [name, ms] = (process.env.DOSSIER_PAUSE ?? '').split(':');
  if (name === point && Number(ms) > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
}
