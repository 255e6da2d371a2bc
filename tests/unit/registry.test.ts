import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../src/lib/errors.ts';
import { loadEntities } from '../../src/lib/registry/entities.ts';
import { ROOT } from './helpers.ts';

function problems(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-registry-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadEntities(dir, dir);
    return [];
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.format());
    if (error instanceof DossierError) return [error.format()];
    throw error;
  }
}

const A = '- id: iran\n  name: Iran\n  type: country\n  description: A country.\n';

describe('the entity registry', () => {
  it('the project registry is valid and covers the seeds', () => {
    const registry = loadEntities(join(ROOT, 'content', 'entities'));
    expect(registry.entities.length).toBeGreaterThan(100);
    for (const id of ['ali-khamenei', 'masoud-pezeshkian', 'abbas-araghchi', 'steve-witkoff', 'donald-trump', 'iran', 'united-states', 'e3', 'iaea']) {
      expect(registry.byId.has(id)).toBe(true);
    }
  });
  it('every refusal says how to fix it', () => {
    const cases: Record<string, string>[] = [
      { 'a.yaml': A, 'b.yaml': A },
      { 'a.yaml': `${A}  aliases: [Persia]\n- id: persia\n  name: Persia\n  type: place\n  description: Old name.\n` },
      { 'a.yaml': '- id: iran\n  name: "unclosed\n' },
      { 'a.yaml': 'id: iran\n' },
      { 'a.yaml': `${A}  metonym_for: nowhere\n` },
      { 'a.yaml': '- id: Not An Id\n  name: X\n  type: country\n  description: Y.\n' },
      { 'a.yaml': '- id: x\n  name: X\n  type: planet\n  description: Y.\n' },
    ];
    const all = cases.flatMap((files) => problems(files));
    expect(all.length).toBeGreaterThanOrEqual(cases.length);
    expect(all.filter((m) => !/\n {2}fix: \S/.test(m))).toEqual([]);
  });
  it('names file, line and field for a duplicate id', () => {
    expect(problems({ 'a.yaml': A, 'b.yaml': `# note\n${A}` })).toEqual([
      expect.stringMatching(/^b\.yaml:2: duplicate id "iran" \(also at a\.yaml:1\)/),
    ]);
  });
  it('refuses an alias claimed by two entities with no rule to tell them apart', () => {
    const yaml = `${A}  aliases: [Persia]\n- id: persia\n  name: Persia\n  type: place\n  description: Old name.\n`;
    expect(problems({ 'a.yaml': yaml })).toEqual([expect.stringMatching(/^a\.yaml:6: alias "Persia" of "persia" is also claimed by "iran"/)]);
  });
  it('names the field of a bad value, with its line', () => {
    const yaml = '- id: Iran Country\n  name: Iran\n  type: nation\n  description: A country.\n';
    expect(problems({ 'a.yaml': yaml })).toEqual([
      expect.stringMatching(/^a\.yaml:1: entity "Iran Country", field "id": must be lowercase/),
      expect.stringMatching(/^a\.yaml:3: entity "Iran Country", field "type": .*\n {2}fix: use one of: person, country/),
    ]);
  });
  it('names an unknown field', () => {
    expect(problems({ 'a.yaml': `${A}  alias: [Persia]\n` })).toEqual([expect.stringMatching(/^a\.yaml:1: entity "iran": unknown field alias/)]);
  });
  it('refuses an office of an entity that does not exist', () => {
    const yaml = `${A}- id: x\n  name: X\n  type: person\n  description: d\n  offices:\n    - { title: king, of: atlantis }\n`;
    expect(problems({ 'a.yaml': yaml })).toEqual([expect.stringMatching(/entity "x", field "offices.0.of": no entity has the id "atlantis"/)]);
  });
});
