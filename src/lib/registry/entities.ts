import { DossierError, DossierErrors } from '../errors.ts';
import { NO_MEMO, readThrough, type Memo } from '../memo.ts';
import { entitySchema, type Entity } from '../schema/entity.ts';
import { readRegistryFolder, readYamlList } from './yaml-list.ts';

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
export function loadEntities(dir: string, cwd = process.cwd(), memo: Memo = NO_MEMO): Registry {
  const errors: DossierError[] = [];
  const located: Located[] = [];
  const files: Registry['files'] = [];
  for (const { path, text } of readRegistryFolder(dir, cwd)) {
    files.push({ path, text });
    located.push(...readThrough(memo, ['entities', path, text], errors, (problems) => readEntityFile(text, path, problems)));
  }
  errors.push(...crossCheck(located));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DossierErrors(errors);
  const entities = located.map((l) => l.entity);
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), files };
}

export function readEntityFile(text: string, file: string, errors: DossierError[]): Located[] {
  return readYamlList(text, file, { noun: 'entity', schema: entitySchema, hint: fieldHint }, errors).map(({ value, ...where }) => ({
    entity: value,
    ...where,
  }));
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
        errors.push(new DossierError(`entity "${l.entity.id}", field "${field}": no entity has the id "${ref}"`, { file: l.file, line: l.line, hint: `correct the id, or add an entity with the id "${ref}"` }));
      }
    }
  }
  return errors;
}
