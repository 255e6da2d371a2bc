/**
 * Test-only fault injection: `DOSSIER_FAILPOINT=<stage>` makes that stage of a
 * build fail, so tests can prove that a failure at any stage leaves the
 * previous site untouched. Unset, it does nothing.
 */
export type Stage = 'parse' | 'annotate' | 'astro' | 'pagefind';

export function failpoint(stage: Stage): void {
  if (process.env.DOSSIER_FAILPOINT === stage) throw new Error(`failpoint: the ${stage} stage was made to fail (DOSSIER_FAILPOINT)`);
}
