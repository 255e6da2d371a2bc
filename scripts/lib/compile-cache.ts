import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Keeps V8's compiled code for the modules a command loads after it starts
 * (Astro and Vite, compromise, citeproc) on disk, so the next command skips
 * compiling them: 0.1–0.2 s off every build and annotate run on this machine.
 * Node keys the cache by each module's source and its own version, so a
 * changed file or another Node is simply compiled afresh. The environment
 * variable carries it to worker threads and child processes.
 */
export function useCompileCache(): void {
  const dir = join(ROOT, 'node_modules', '.cache', 'dossier', 'compile');
  process.env.NODE_COMPILE_CACHE ??= dir;
  enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
