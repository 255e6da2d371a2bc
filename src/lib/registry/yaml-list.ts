import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { DossierError } from '../errors.ts';
import { quickParsed } from '../read/quick-yaml.ts';

/** An item read from a registry file, with where it stands for messages. */
export type Located<T> = { value: T; file: string; line: number | undefined };

export type ListSpec<T> = {
  /** The thing an item is, in messages: "entity", "topic". */
  noun: string;
  schema: z.ZodType<T>;
  /** A fix for a problem in this top-level field (undefined: an unknown field). */
  hint: (field: PropertyKey | undefined) => string | undefined;
};

/** Every `*.yaml` of a registry folder, in name order, with paths as the user would type them. */
export function readRegistryFolder(dir: string, cwd: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => ({ path: relative(cwd, join(dir, name)) || name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * One registry file: a YAML list whose items are validated by `spec.schema`.
 * Problems are pushed to `errors`, each naming the file, the line of the
 * offending value (or of its item) and the field, so that one run reports
 * them all.
 */
export function readYamlList<T>(text: string, file: string, spec: ListSpec<T>, errors: DossierError[]): Located<T>[] {
  // Read quickly when every item is valid (see quickParsed); otherwise by `yaml`, which says what is wrong.
  return quickParsed(text, spec.schema)?.map(({ value, line }) => ({ value, file, line })) ?? readYamlListFully(text, file, spec, errors);
}

function readYamlListFully<T>(text: string, file: string, spec: ListSpec<T>, errors: DossierError[]): Located<T>[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      errors.push(new DossierError(`malformed YAML: ${e.message.split('\n')[0]}`, { file, line: counter.linePos(e.pos[0]).line, hint: 'check the indentation on and above this line, and quote values that contain ": " or start with a special character' }));
    }
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    errors.push(new DossierError(`expected a YAML list of ${spec.noun === 'entity' ? 'entities' : `${spec.noun}s`} ("- id: …")`, { file, line: 1, hint: 'start each entry with "- id: <lowercase-id>" on a line of its own, as the other files in the folder do' }));
    return [];
  }
  const out: Located<T>[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item);
    const result = spec.schema.safeParse(isMap(item) ? item.toJSON() : item);
    if (result.success) {
      out.push({ value: result.data, file, line });
      continue;
    }
    const id = isMap(item) ? String(item.get('id') ?? '?') : '?';
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys.join(', ') : '');
      // The line of the offending value (a single pattern, say), not just of its item.
      const node = isMap(item) ? item.getIn(issue.path as (string | number)[], true) : undefined;
      const message =
        issue.code === 'unrecognized_keys' ? `${spec.noun} "${id}": unknown field ${field}` : `${spec.noun} "${id}", field "${field}": ${issue.message}`;
      errors.push(new DossierError(message, { file, line: lineOf(node) ?? line, hint: spec.hint(issue.path[0]) }));
    }
  }
  return out;
}
