// Astro's build alone, in a process of its own: scripts/build.ts runs it as a
// child and indexes the site for search once it has exited (see there).
// usage: node scripts/lib/astro-build.ts <outDir> [--verbose]
import { failpoint } from '../../src/lib/failpoint.ts';
import { runCli } from './cli.ts';
import { ROOT } from './paths.ts';

await runCli(async (verbose) => {
  const outDir = process.argv[2];
  if (!outDir || outDir.startsWith('--')) throw new Error('usage: node scripts/lib/astro-build.ts <outDir> [--verbose]');
  failpoint('astro');
  const { build } = await import('astro');
  await build({ root: ROOT, outDir, logLevel: verbose ? 'info' : 'warn' });
});
