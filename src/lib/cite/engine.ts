import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cite, plugins, type Register } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * citation-js with Dossier's styles registered. plugin-csl bundles APA but not
 * MLA or Chicago, so those two are our own CSL files in ./styles/.
 */
export const STYLES = { apa: 'apa', mla: 'dossier-mla-9', chicago: 'dossier-chicago-author-date' } as const;

const FILES: Record<string, string> = {
  [STYLES.mla]: 'mla-9.csl',
  [STYLES.chicago]: 'chicago-author-date.csl',
};

const styles = plugins.config.get('@csl')['styles'] as Register<string>;
for (const [name, file] of Object.entries(FILES)) {
  if (!styles.has(name)) styles.add(name, readFileSync(join(stylesDir(), file), 'utf8'));
}

export { Cite };

/**
 * Next to this module when it runs from source (Node, Vitest). Astro bundles it
 * into a chunk elsewhere and does not copy the .csl files, but builds from the
 * project root, so the source folder is found from there.
 */
function stylesDir(): string {
  const candidates = [fileURLToPath(new URL('./styles/', import.meta.url)), join(process.cwd(), 'src', 'lib', 'cite', 'styles')];
  const found = candidates.find((dir) => existsSync(join(dir, FILES[STYLES.mla]!)));
  if (!found) throw new Error(`Dossier's CSL styles are missing: looked in ${candidates.join(' and ')}`);
  return found;
}
