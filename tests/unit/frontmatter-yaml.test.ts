// frontmatterYaml replaced js-yaml's dump for speed. It must write what any
// YAML reader gives back unchanged (Astro reads it with js-yaml, the tests'
// own read-back with the yaml package), and for ordinary text the very bytes
// js-yaml wrote, so that the change shows in no generated file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/lib/pipeline/load.ts';
import { articleFrontmatterSchema } from '../../src/lib/schema/article.ts';
import { frontmatterYaml } from '../../src/lib/write/frontmatter-yaml.ts';
import { frontmatterOf } from '../../src/lib/write/markdown.ts';
import { anyString } from '../fuzz/arbitraries.ts';
import { ROOT, seedsFolder } from './helpers.ts';

const JS_YAML_OPTIONS = { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true } as const;

/** Frontmatter-shaped values: nested mappings and sequences of strings, numbers, booleans and null. */
function shaped(text: fc.Arbitrary<string>, key: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  }));
  return fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
}

// Text as articles have it: letters of several scripts, punctuation, both kinds of quotes, backslashes,
// newlines and tabs, "---", "# ", ": " and emoji; none of the rare characters whose escape differs.
const newsText = fc
  .array(fc.constantFrom('Iran', 'talks', ' ', ', ', ': ', '# ', '- ', '---', '"', '\\', '’', '“', '\n', '\t', 'é', 'ß', 'ایران', '中文', '🙂', 'null', 'true', '12', '0x1F', '[a]', '{b}', '&x', '*y', '!t', '|', '>'), { maxLength: 8 })
  .map((parts) => parts.join(''));
// Keys as frontmatter has them. Others are quoted where js-yaml may leave them plain: both read back the same.
const newsKey = fc.constantFrom('id', 'title', 'captions', 'p-1', 'p-12', 'former_ids', 'paragraphTopics', 'x-y', '3', '1.5', 'true', 'null', 'yes', 'off', '');

describe('frontmatterYaml', () => {
  it('reads back as written in js-yaml (Astro) and in yaml, whatever the strings hold', () => {
    fc.assert(
      fc.property(shaped(anyString, fc.oneof(newsKey, anyString)), (value) => {
        const text = frontmatterYaml(value);
        expect(load(text)).toEqual(value);
        expect(parse(text, { uniqueKeys: false })).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('writes the bytes js-yaml wrote for text as articles have it', () => {
    fc.assert(
      fc.property(shaped(newsText, newsKey), (value) => {
        expect(frontmatterYaml(value)).toBe(dump(value, JS_YAML_OPTIONS));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes what JSON leaves raw but YAML readers refuse or take for line breaks', () => {
    const text = frontmatterYaml({ title: 'a\u0085b\u2028c\u2029d\u007fe\ufeff\uffff' });
    expect(text).toBe('title: "a\\u0085b\\u2028c\\u2029d\\u007fe\\ufeff\\uffff"\n');
    expect(load(text)).toEqual({ title: 'a\u0085b\u2028c\u2029d\u007fe\ufeff\uffff' });
  });

  it('refuses what frontmatter cannot hold, rather than writing something else', () => {
    for (const bad of [undefined, Number.NaN, Number.POSITIVE_INFINITY, () => 1, 1n, Symbol('s'), new Date(0), new Map([['a', 1]])]) {
      expect(() => frontmatterYaml({ title: bad })).toThrow(TypeError);
      expect(() => frontmatterYaml({ list: [bad] })).toThrow(TypeError);
    }
  });
});

describe('frontmatterOf', () => {
  // frontmatterOf is not parsed with the schema when annotating; this holds it
  // to what the schema would give back: the same values, defaults and key order.
  it('gives exactly what articleFrontmatterSchema gives back, for every seed and parser fixture', () => {
    const fixtures = join(ROOT, 'tests/fixtures/parse');
    const inputs = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'input.txt')));
    // The seeds with their sources.yaml entries; the fixtures without, so unlisted.
    const folders = [join(ROOT, 'seeds'), seedsFolder(Object.fromEntries(inputs.map((name) => [`${name}.txt`, readFileSync(join(fixtures, name, 'input.txt'))])))];
    let checked = 0;
    for (const folder of folders) {
      for (const article of loadSeeds(folder).articles) {
        for (const extra of [{}, { actors: [{ id: 'iran', name: 'Iran', count: 3 }], topics: [{ id: 'sanctions', name: 'Sanctions', weight: 1.5 }], paragraphTopics: { 'p-2': ['sanctions'] } }]) {
          const written = frontmatterOf(article, extra);
          expect(JSON.stringify(written)).toBe(JSON.stringify(articleFrontmatterSchema.parse(written)));
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * (2 + inputs.length));
  });
});
