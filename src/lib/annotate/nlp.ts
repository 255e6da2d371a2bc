import { createRequire } from 'node:module';
import type compromise from 'compromise/two';

let loaded: typeof compromise | undefined;

/**
 * compromise, loaded on first use and from its one-file build. The rules
 * place every name in many articles (4 of the 7 corpus articles, a sixth of
 * the benchmark's), and a run that annotates only such an article then never
 * pays compromise's load. The package gives that build to require() and its
 * source tree, some hundreds of modules, to import: 145 ms to load instead of
 * 255. Same version, same tagger.
 *
 * The "two" build: the tagger without the phrase chunker and the plugins
 * that "three" adds on top. Dossier reads only tags (#Person, #Place, #Noun),
 * which the chunker does not change, and chunking was an eighth of the time
 * compromise took over the benchmark's sentences (1,780 spans: 1,639 ms
 * against 1,414 without it, the same tag for every span).
 */
export function nlp(text: string): ReturnType<typeof compromise> {
  loaded ??= createRequire(import.meta.url)('compromise/two') as typeof compromise;
  return loaded(text);
}
