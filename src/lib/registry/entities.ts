import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DossierError, DossierErrors } from '../errors.ts';
import { entitySchema, type Entity } from '../schema/entity.ts';

export type Registry = {
  entities: Entity[];
  byId: Map<string, Entity>;
  /** The files read, for cache keys and messages. */
  files: { path: string; text: string }[];
};

type Located = { entity: Entity; file: string; line: number | undefined };

/**
 * Reads and checks every `*.yaml` in the entities folder. Each problem names
 * its file, line and field; all of them are reported together.
 */
export function loadEntities(dir: string, cwd = process.cwd()): Registry {
  const errors: DossierError[] = [];
  const located: Located[] = [];
  const files: Registry['files'] = [];
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const path = relative(cwd, join(dir, name)) || name;
    const text = readFileSync(join(dir, name), 'utf8');
    files.push({ path, text });
    located.push(...readEntityFile(text, path, errors));
  }
  errors.push(...crossCheck(located));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  const entities = located.map((l) => l.entity);
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), files };
}

export function readEntityFile(text: string, file: string, errors: DossierError[]): Located[] {
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
    errors.push(new DossierError('expected a YAML list of entities ("- id: …")', { file, line: 1 }));
    return [];
  }
  const out: Located[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item);
    const result = entitySchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (result.success) {
      out.push({ entity: result.data, file, line });
      continue;
    }
    const id = isMap(item) ? String(item.get('id') ?? '?') : '?';
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys.join(', ') : '');
      const node = isMap(item) ? item.getIn(issue.path as (string | number)[], true) : undefined;
      const message =
        issue.code === 'unrecognized_keys'
          ? `entity "${id}": unknown field ${field}`
          : `entity "${id}", field "${field}": ${issue.message}`;
      errors.push(new DossierError(message, { file, line: lineOf(node) ?? line, hint: fieldHint(issue.path[0]) }));
    }
  }
  return out;
}

function fieldHint(field: PropertyKey | undefined): string | undefined {
  switch (field) {
    case 'type':
      return 'use one of: person, country, organization, group, place';
    case 'id':
      return 'ids are lowercase words joined by hyphens, e.g. abbas-araghchi';
    case undefined:
      return 'known fields: id, name, type, aliases, description, wikidata, links, offices, metonym_for, contextual_aliases, former_ids';
    default:
      return undefined;
  }
}

/** Rules that span entities: unique ids, one owner per alias, references that exist. */
function crossCheck(located: Located[]): DossierError[] {
  const errors: DossierError[] = [];
  const ids = new Map<string, Located>();
  for (const l of located) {
    for (const id of [l.entity.id, ...l.entity.former_ids]) {
      const first = ids.get(id);
      if (first) {
        errors.push(
          new DossierError(`duplicate id "${id}" (also at ${first.file}:${first.line})`, {
            file: l.file,
            line: l.line,
            hint: 'give each entity its own id; to merge two, keep one and list the other under former_ids',
          }),
        );
      } else ids.set(id, l);
    }
  }
  const owners = new Map<string, Located>();
  for (const l of located) {
    for (const surface of new Set([l.entity.name, ...l.entity.aliases])) {
      const first = owners.get(surface);
      if (first && first.entity.id !== l.entity.id) {
        errors.push(
          new DossierError(`alias "${surface}" of "${l.entity.id}" is also claimed by "${first.entity.id}" (${first.file}:${first.line})`, {
            file: l.file,
            line: l.line,
            hint: 'keep the alias on one entity, or make both contextual_aliases with different "requires"',
          }),
        );
      } else owners.set(surface, l);
    }
  }
  const known = new Set(ids.keys());
  for (const l of located) {
    const refs: [string, string][] = [
      ...l.entity.offices.map((o, i): [string, string] => [`offices.${i}.of`, o.of]),
      ...(l.entity.metonym_for ? [['metonym_for', l.entity.metonym_for] as [string, string]] : []),
      ...l.entity.contextual_aliases.flatMap((c, i) => c.requires.map((r): [string, string] => [`contextual_aliases.${i}.requires`, r])),
    ];
    for (const [field, ref] of refs) {
      if (!known.has(ref)) {
        errors.push(new DossierError(`entity "${l.entity.id}", field "${field}": no entity has the id "${ref}"`, { file: l.file, line: l.line }));
      }
    }
  }
  return errors;
}
