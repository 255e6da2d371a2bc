// Fixture folders in tests/fixtures/parse/<case>/: `input.txt` (or `seed`, a
// file naming a seed under seeds/) and `expected.json`, the parsed article.
// UPDATE_FIXTURES=1 npm run test:unit rewrites expected.json; review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/clean/article.ts';
import { decodeSeed } from '../../src/lib/read/seed-text.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const update = process.env.UPDATE_FIXTURES === '1';

describe('parser fixtures', () => {
  const cases = readdirSync(root).sort();
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const inputPath = existsSync(join(dir, 'seed'))
        ? join(import.meta.dirname, '..', '..', readFileSync(join(dir, 'seed'), 'utf8').trim())
        : join(dir, 'input.txt');
      const parsed = parseArticle(decodeSeed(readFileSync(inputPath), `${name}.txt`), `${name}.txt`);
      const expectedPath = join(dir, 'expected.json');
      if (update) writeFileSync(expectedPath, `${JSON.stringify(parsed, null, 2)}\n`);
      // A new fixture fails until its expected.json is written (UPDATE_FIXTURES=1) and reviewed.
      expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE_FIXTURES=1 npm run test:unit and review it`).toBe(true);
      expect(parsed).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
