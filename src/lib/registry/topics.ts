import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DossierError, DossierErrors } from '../errors.ts';
import { topicSchema, type Topic } from '../schema/topic.ts';

export type { Topic };

export type TopicRegistry = {
  topics: Topic[];
  byId: Map<string, Topic>;
  /** The files read, for cache keys and messages. */
  files: { path: string; text: string }[];
};

type Located = { topic: Topic; file: string; line: number | undefined };

/**
 * Reads and checks every `*.yaml` in the topics folder, as loadEntities does
 * for actors: each problem names its file, line and field, and all of them are
 * reported together.
 */
export function loadTopics(dir: string, cwd = process.cwd()): TopicRegistry {
  const errors: DossierError[] = [];
  const located: Located[] = [];
  const files: TopicRegistry['files'] = [];
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const path = relative(cwd, join(dir, name)) || name;
    const text = readFileSync(join(dir, name), 'utf8');
    files.push({ path, text });
    located.push(...readTopicFile(text, path, errors));
  }
  errors.push(...duplicateIds(located));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  const topics = located.map((l) => l.topic);
  return { topics, byId: new Map(topics.map((t) => [t.id, t])), files };
}

export function readTopicFile(text: string, file: string, errors: DossierError[]): Located[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      errors.push(new DossierError(`malformed YAML: ${e.message.split('\n')[0]}`, { file, line: counter.linePos(e.pos[0]).line }));
    }
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    errors.push(new DossierError('expected a YAML list of topics ("- id: …")', { file, line: 1 }));
    return [];
  }
  const out: Located[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item);
    const result = topicSchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (result.success) {
      out.push({ topic: result.data, file, line });
      continue;
    }
    const id = isMap(item) ? String(item.get('id') ?? '?') : '?';
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys.join(', ') : '');
      // The line of the offending list item (a single pattern), not just of its topic.
      const node = isMap(item) ? item.getIn(issue.path as (string | number)[], true) : undefined;
      const message =
        issue.code === 'unrecognized_keys' ? `topic "${id}": unknown field ${field}` : `topic "${id}", field "${field}": ${issue.message}`;
      errors.push(new DossierError(message, { file, line: lineOf(node) ?? line, hint: fieldHint(issue.path[0]) }));
    }
  }
  return out;
}

function fieldHint(field: PropertyKey | undefined): string | undefined {
  switch (field) {
    case 'id':
      return 'ids are lowercase words joined by hyphens, e.g. direct-talks';
    case 'patterns':
      return "write a JavaScript regex source in single quotes ('\\bsanction(?:s|ed)?\\b'); it is compiled with the flags giu, so escape only characters that need it";
    case 'weight':
      return 'a positive number; 1 is ordinary, 0.5 counts half';
    case undefined:
      return 'known fields: id, name, description, phrases, patterns, weight, former_ids';
    default:
      return undefined;
  }
}

/** An id, current or former, belongs to one topic across all files. */
function duplicateIds(located: Located[]): DossierError[] {
  const errors: DossierError[] = [];
  const ids = new Map<string, Located>();
  for (const l of located) {
    for (const id of new Set([l.topic.id, ...l.topic.former_ids])) {
      const first = ids.get(id);
      if (first) {
        errors.push(
          new DossierError(`duplicate topic id "${id}" (also at ${first.file}:${first.line})`, {
            file: l.file,
            line: l.line,
            hint: 'give each topic its own id; to merge two, keep one and list the other under former_ids',
          }),
        );
      } else ids.set(id, l);
    }
  }
  return errors;
}
