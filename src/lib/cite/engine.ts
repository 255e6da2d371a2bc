import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cite, plugins, type Register } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * citation-js with Dossier's styles registered: our own CSL files in
 * ./styles/, each written for web news articles alone. plugin-csl bundles no
 * MLA or Chicago, and its APA (a style for every kind of source) took citeproc
 * 0.7 s to build, which every run that cites a new article paid; ours gives
 * the same text for news articles (tests/unit/cite-apa.test.ts compares them)
 * and builds in about 40 ms.
 */
export const STYLES = { apa: 'dossier-apa-7', mla: 'dossier-mla-9', chicago: 'dossier-chicago-author-date' } as const;

const SOURCE = join('src', 'lib', 'cite', 'styles');
const FILES: Record<string, string> = {
  [STYLES.apa]: 'apa-7.csl',
  [STYLES.mla]: 'mla-9.csl',
  [STYLES.chicago]: 'chicago-author-date.csl',
};

const styles = plugins.config.get('@csl')['styles'] as Register<string>;
const dir = stylesDir();
for (const [name, file] of Object.entries(FILES)) {
  if (!styles.has(name)) styles.add(name, readFileSync(join(dir, file), 'utf8'));
}

export { Cite };

/**
 * Next to this module when it runs from source (Node, Vitest). Astro bundles it
 * into a chunk inside the project (dist/, node_modules/.astro/) and does not
 * copy the .csl files, so the source folder is looked for in the chunk's
 * ancestors, and last in the working directory that `npm run` sets.
 */
function stylesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, 'styles')];
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dirname(dir), SOURCE));
  candidates.push(join(process.cwd(), SOURCE));
  const found = candidates.find((dir) => existsSync(join(dir, FILES[STYLES.mla]!)));
  if (!found) throw new Error(`Dossier's CSL styles are missing: looked for ${SOURCE} above ${here} and in ${process.cwd()}`);
  return found;
}
