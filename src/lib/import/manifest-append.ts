import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq, type YAMLMap } from 'yaml';
import { DossierError } from '../errors.ts';
import { parseManifest, type ManifestEntry } from '../read/manifest.ts';
import { sourceEntrySchema } from '../schema/source.ts';
import { pausepoint } from '../failpoint.ts';
import { replaceFile } from './atomic-file.ts';

/** What the importer records about one article; keys in the order README shows them. */
export type NewEntry = {
  file: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  /** Only when the article's natural slug is taken by another article. */
  slug?: string;
};

/**
 * Adds one entry at the end of `sources.yaml`, creating the file if needed,
 * and writes the result beside the old file before renaming it over, so a
 * crash leaves the old file whole.
 */
export function appendManifestEntry(path: string, shown: string, entry: NewEntry): void {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  pausepoint('manifest-append');
  replaceFile(path, withEntry(before, shown, entry));
}

/**
 * The manifest text with `entry` appended. The file is edited as a YAML
 * document (parseDocument, a new map node pushed onto its list), so editors'
 * comments and the order of entries survive. When the new item can simply
 * follow the old text, the old bytes are kept exactly as they were — the
 * document's own printer would re-space comments the editor aligned — and
 * either way the result is parsed back and checked before it is returned.
 */
export function withEntry(text: string, shown: string, entry: NewEntry): string {
  // Refuse to touch a manifest the build would refuse, with the build's own messages.
  const existing = parseManifest(text, shown);
  const doc: Document = parseDocument(text, { uniqueKeys: true });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    doc.contents = new YAMLSeq(doc.schema);
  }
  const seq = doc.contents;
  if (!isSeq(seq)) throw new DossierError('expected a YAML list of entries ("- file: …")', { file: shown, line: 1 });
  const item = entryNode(doc, entry);
  seq.items.push(item);
  seq.flow = false;

  const expected = [...existing.map(facts), sourceEntrySchema.parse(entry)];
  const fits = (out: string) => {
    try {
      return isDeepStrictEqual(parseManifest(out, shown).map(facts), expected);
    } catch {
      return false;
    }
  };

  const single = new Document(new YAMLSeq(doc.schema));
  (single.contents as YAMLSeq).items.push(item);
  const appended = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${single.toString({ lineWidth: 0 })}`;
  if (text.trim() !== '' && fits(appended)) return appended;

  const printed = doc.toString({ lineWidth: 0 });
  if (fits(printed)) return printed;
  throw new Error(`adding "${entry.file}" to ${shown} did not give the expected list; nothing was written`);
}

function entryNode(doc: Document, entry: NewEntry): YAMLMap {
  const node = doc.createNode({ ...entry });
  if (!isMap(node)) throw new Error('a manifest entry must be a YAML map');
  // Quoted, as README shows it: a plain 2025-06-21 is a timestamp to YAML 1.1 readers.
  const published = node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'published');
  if (published && isScalar(published.value) && published.value.value !== null) published.value.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** An entry without its line number, for comparing lists. */
function facts({ line: _line, ...rest }: ManifestEntry) {
  return rest;
}
