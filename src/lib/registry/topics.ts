import { DossierError, DossierErrors } from '../errors.ts';
import { NO_MEMO, readThrough, type Memo } from '../memo.ts';
import { topicSchema, type Topic } from '../schema/topic.ts';
import { readRegistryFolder, readYamlList } from './yaml-list.ts';

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
export function loadTopics(dir: string, cwd = process.cwd(), memo: Memo = NO_MEMO): TopicRegistry {
  const errors: DossierError[] = [];
  const located: Located[] = [];
  const files: TopicRegistry['files'] = [];
  for (const { path, text } of readRegistryFolder(dir, cwd)) {
    files.push({ path, text });
    located.push(...readThrough(memo, ['topics', path, text], errors, (problems) => readTopicFile(text, path, problems)));
  }
  errors.push(...duplicateIds(located));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  const topics = located.map((l) => l.topic);
  return { topics, byId: new Map(topics.map((t) => [t.id, t])), files };
}

export function readTopicFile(text: string, file: string, errors: DossierError[]): Located[] {
  return readYamlList(text, file, { noun: 'topic', schema: topicSchema, hint: fieldHint }, errors).map(({ value, ...where }) => ({
    topic: value,
    ...where,
  }));
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
