import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DossierError, DossierErrors } from '../errors.ts';
import { NO_MEMO, type Memo } from '../memo.ts';
import { sourceEntrySchema, type SourceEntry } from '../schema/source.ts';
import { quickParsed, topLevelItems } from './quick-yaml.ts';

/** An entry together with the line it starts on, for messages about it later. */
export type ManifestEntry = SourceEntry & { line: number | undefined };

/**
 * Reads `sources.yaml`: a YAML list of `{file, publisher, url, published, author}`.
 * Every problem is reported with its line, and all problems come out at once.
 * With a memo, each entry is remembered by its own text, so adding one entry
 * to a manifest of thousands reads only that entry (YAML costs about 0.1 ms an
 * entry). Any problem, and any text that cannot safely be read entry by entry,
 * is left to reading the whole file, which gives the messages.
 */
export function parseManifest(text: string, file: string, memo: Memo = NO_MEMO): ManifestEntry[] {
  const items = memo === NO_MEMO ? null : topLevelItems(text);
  if (!items) return readManifest(text, file);
  try {
    const entries = items.flatMap((item) =>
      memo(['manifest entry', item.text], () => ({ value: readManifest(item.text, file), keep: true })).map((entry) => ({
        ...entry,
        line: entry.line === undefined ? undefined : entry.line + item.line - 1,
      })),
    );
    if (new Set(entries.map((e) => e.file)).size === entries.length) return entries;
  } catch {
    // An entry with a problem: the whole file is read below, for messages with the right lines.
  }
  return readManifest(text, file);
}

/** The manifest's entries: read quickly when nothing is wrong with it, else by `yaml`, which gives the messages. */
function readManifest(text: string, file: string): ManifestEntry[] {
  return quickManifest(text) ?? readManifestFully(text, file);
}

/** Every entry valid and no file listed twice, or null (see quickList). */
function quickManifest(text: string): ManifestEntry[] | null {
  const entries = quickParsed(text, sourceEntrySchema);
  if (!entries || new Set(entries.map((e) => e.value.file)).size !== entries.length) return null;
  return entries.map(({ value, line }) => ({ ...value, line }));
}

function readManifestFully(text: string, file: string): ManifestEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);

  if (doc.errors.length > 0) {
    throw new DossierErrors(
      doc.errors.map(
        (e) =>
          new DossierError(`malformed YAML: ${e.message.split('\n')[0]}`, {
            file,
            line: lineOf(e.pos[0]),
            hint: 'each entry is "- file: name.txt" followed by indented "key: value" lines',
          }),
      ),
    );
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new DossierError('expected a YAML list of entries ("- file: …")', { file, line: 1, hint: 'start each entry with "- file: <name>.txt" on a line of its own; the README shows an entry' });
  }

  const errors: DossierError[] = [];
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number | undefined>();
  for (const item of doc.contents.items) {
    const line = lineOf(item.range?.[0]);
    if (!isMap(item)) {
      errors.push(new DossierError('entry must be a mapping with at least a "file" key', { file, line, hint: 'write the entry as "- file: <name>.txt", then "publisher:", "url:", "published:" and "author:" indented under it' }));
      continue;
    }
    // The schema refuses any address that is not http(s): the page links to it.
    const result = sourceEntrySchema.safeParse(item.toJSON());
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const node = key ? item.items.find((pair) => String((pair.key as { value?: unknown })?.value) === key) : undefined;
        const at = lineOf((node?.value as { range?: [number] } | undefined)?.range?.[0]) ?? line;
        const message = key === 'file' && issue.code === 'invalid_type' ? 'entry has no "file"' : `"${key}" ${issue.message}`;
        errors.push(new DossierError(message, { file, line: at, hint: hintFor(key) }));
      }
      continue;
    }
    const previous = seen.get(result.data.file);
    if (seen.has(result.data.file)) {
      errors.push(new DossierError(`"${result.data.file}" is listed twice (first on line ${previous})`, { file, line, hint: 'keep one entry per file: merge the two, or delete this one' }));
      continue;
    }
    seen.set(result.data.file, line);
    entries.push({ ...result.data, line });
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  return entries;
}

function hintFor(key: string): string | undefined {
  switch (key) {
    case 'published':
      return 'write the date as "YYYY-MM-DD" in quotes, or null if it is not known';
    case 'url':
      return 'give the full address starting with https://, or null';
    case 'slug':
      return 'use lowercase words joined by hyphens, e.g. "iran-talks-resume"';
    default:
      return undefined;
  }
}
