import { createRequire } from 'node:module';
import type compromise from 'compromise';

let loaded: typeof compromise | undefined;

/**
 * compromise, loaded on first use and from its one-file build. The rules
 * place every name in many articles (4 of the 7 corpus articles, a sixth of
 * the benchmark's), and a run that annotates only such an article then never
 * pays compromise's load. The package gives that build to require() and its
 * source tree, some hundreds of modules, to import: 145 ms to load instead of
 * 255. Same version, same tagger.
 */
export function nlp(text: string): ReturnType<typeof compromise> {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof compromise;
  return loaded(text);
}
