// npm run candidates: what the registries do not know yet, for an editor to
// promote. Three invented articles share an unregistered organisation and a
// subject no topic covers ("water rationing"); both must be proposed, ranked
// by how many articles use them.
import { describe, expect, it } from 'vitest';
import { runScript, seedsFolder } from './helpers.ts';

const article = (n: number, city: string) => `Officials weigh water rationing in ${city}

Authorities are preparing for a dry summer.

The Halvorsen Hydrology Institute warned on Monday that water rationing may begin in ${city} within weeks, as reservoirs fell for the ${n + 2}th month.

Residents said water rationing would hit farmers first, and the Halvorsen Hydrology Institute urged the city to repair leaking pipes.
`;

const seeds = seedsFolder({
  'one.txt': article(1, 'Isfahan'),
  'two.txt': article(2, 'Mashhad'),
  'three.txt': article(3, 'Shiraz'),
  'sources.yaml': ['one', 'two', 'three'].map((f, i) => `- file: ${f}.txt\n  publisher: Test Wire\n  url: null\n  published: "2025-0${i + 1}-10"\n  author: null\n`).join(''),
});

describe('npm run candidates', () => {
  it('proposes unregistered names and the key phrases of untagged paragraphs, most widespread first', () => {
    const { code, stdout, stderr } = runScript('candidates.ts', ['--seeds', seeds, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const found = JSON.parse(stdout) as { names: { name: string; articles: string[]; mentions: number }[]; topics: { phrase: string; articles: number; occurrences: number; example: string }[] };
    const institute = found.names.find((n) => n.name === 'Halvorsen Hydrology Institute');
    expect(institute, JSON.stringify(found.names)).toBeDefined();
    expect(institute!.articles).toHaveLength(3);
    expect(institute!.mentions).toBe(6);
    expect(found.topics[0]).toMatchObject({ phrase: 'water rationing', articles: 3 });
    expect(found.topics[0]!.example).toContain('water rationing');
    // Names and figures stay out of the phrases.
    expect(found.topics.map((t) => t.phrase).filter((p) => /halvorsen|isfahan|\d/i.test(p))).toEqual([]);
  });

  it('prints both lists for a reader, and refuses a bad --limit', () => {
    const text = runScript('candidates.ts', ['--seeds', seeds, '--limit', '3']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Names not in the registry[\s\S]*Halvorsen Hydrology Institute[\s\S]*Key phrases of paragraphs that no topic tags[\s\S]*water rationing/);
    const bad = runScript('candidates.ts', ['--seeds', seeds, '--limit', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--limit must be a whole number');
  });
});
