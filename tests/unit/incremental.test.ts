// Incremental annotation: after one seed is edited or added, a cached run
// re-annotates only that article, and its output is byte-identical to a clean
// run; a registry change re-annotates everything, still identically.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSeeds, KEYS_FILE } from '../../src/lib/pipeline/annotate.ts';
import { openCache } from '../../src/lib/pipeline/cache.ts';
import { ROOT, treeHash } from './helpers.ts';

const address = { site: 'https://example.org', base: '/', title: 'Dossier: test' };
const paragraphs = [
  'Iran’s foreign minister said on Tuesday that talks with Washington would resume in Muscat.',
  '“We are ready to engage,” Abbas Araghchi told reporters in Tehran.',
  'The IAEA said inspectors had returned to Fordow last month, according to Rafael Grossi.',
];

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-incremental-'));
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `a${i}.txt`), `Talks in round ${i} end without a deal\n\n${paragraphs.join(`\n\nParagraph ${i}. `)}\n`);
    entries.push(`- file: a${i}.txt\n  publisher: Example Wire\n  published: "2025-0${1 + (i % 9)}-1${i % 10}"\n`);
  }
  writeFileSync(join(dir, 'sources.yaml'), entries.join(''));
  return dir;
}

async function run(seeds: string, entities: string, cacheDir: string | undefined, previous?: string) {
  const out = mkdtempSync(join(tmpdir(), 'dossier-incremental-out-'));
  const result = await annotateSeeds({ seeds, out, entities, topics: join(ROOT, 'content', 'topics'), address, cacheDir, previous });
  return { out, ...result };
}

/** A copy of the entity registry that a test may edit. */
function editableEntities(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-entities-'));
  cpSync(join(ROOT, 'content', 'entities'), dir, { recursive: true });
  return dir;
}

/** `n` seeds, a registry (by default an editable copy), and a cache filled by a first run over them. */
async function warmed(n: number, entities = editableEntities()) {
  const seeds = corpus(n);
  const cache = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
  const first = await run(seeds, entities, cache);
  return { seeds, entities, cache, first };
}

describe('incremental annotation', () => {
  it('re-annotates only what changed, with output byte-identical to a clean run', async () => {
    const seeds = corpus(12);
    const entities = join(ROOT, 'content', 'entities');
    const cache = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    const first = await run(seeds, entities, cache);
    expect(first).toMatchObject({ cached: 0, annotated: 12 });

    writeFileSync(join(seeds, 'a3.txt'), readFileSync(join(seeds, 'a3.txt'), 'utf8').replace('Tuesday', 'Wednesday'));
    writeFileSync(join(seeds, 'new.txt'), 'A new article about Oman\n\nOman offered on Monday to host another round of talks, officials said.\n');
    const second = await run(seeds, entities, cache);
    expect(second).toMatchObject({ cached: 11, annotated: 2 });
    const clean = await run(seeds, entities, undefined);
    expect(treeHash(second.out)).toBe(treeHash(clean.out));
    expect(readdirSync(second.out).length).toBe(readdirSync(clean.out).length);
  }, 120_000);

  it('re-annotates everything after a registry change, and still matches a clean run', async () => {
    const { seeds, entities, cache } = await warmed(4);
    const file = readdirSync(entities).find((n) => readFileSync(join(entities, n), 'utf8').includes('- id: rafael-grossi\n'))!;
    writeFileSync(join(entities, file), readFileSync(join(entities, file), 'utf8').replace('- id: rafael-grossi\n', '- id: rafael-mariano-grossi\n'));
    const after = await run(seeds, entities, cache);
    expect(after).toMatchObject({ cached: 0, annotated: 4 });
    const clean = await run(seeds, entities, undefined);
    expect(treeHash(after.out)).toBe(treeHash(clean.out));
    expect(readFileSync(join(after.out, readdirSync(after.out).find((n) => n.endsWith('.md'))!), 'utf8')).toContain('../../actors/rafael-mariano-grossi/');
  }, 120_000);

  it('reuses the previous output\'s unchanged files, and writes afresh one that was edited by hand', async () => {
    const { seeds, entities, cache, first } = await warmed(6, join(ROOT, 'content', 'entities'));
    const tampered = readdirSync(first.out).find((n) => n.endsWith('.md'))!;
    writeFileSync(join(first.out, tampered), `${readFileSync(join(first.out, tampered), 'utf8')}\nedited by hand\n`);
    writeFileSync(join(seeds, 'a2.txt'), readFileSync(join(seeds, 'a2.txt'), 'utf8').replace('Tuesday', 'Thursday'));
    const second = await run(seeds, entities, cache, first.out);
    expect(second).toMatchObject({ cached: 5, annotated: 1 });
    // Linked, not copied: the unchanged files share their inode with the previous output.
    const md = readdirSync(second.out).filter((n) => n.endsWith('.md'));
    const shared = md.filter((n) => statSync(join(second.out, n)).ino === statSync(join(first.out, n)).ino);
    expect(shared.length).toBe(4);
    expect(shared).not.toContain(tampered);
    const clean = await run(seeds, entities, undefined);
    expect(treeHash(second.out)).toBe(treeHash(clean.out));
  }, 120_000);

  it('reuses the previous output from its own index when the cache is gone, and re-annotates an article whose entry there is stale or out of shape', async () => {
    const { seeds, entities, cache, first } = await warmed(4, join(ROOT, 'content', 'entities'));
    rmSync(cache, { recursive: true, force: true });
    const index = JSON.parse(readFileSync(join(first.out, KEYS_FILE), 'utf8')) as Record<string, { key: string; summary?: unknown }>;
    const [stale, shapeless] = Object.keys(index);
    index[stale!]!.key = 'not-the-key';
    delete index[shapeless!]!.summary;
    writeFileSync(join(first.out, KEYS_FILE), JSON.stringify(index));
    const second = await run(seeds, entities, mkdtempSync(join(tmpdir(), 'dossier-cache-')), first.out);
    expect(second).toMatchObject({ cached: 2, annotated: 2 });
    for (const slug of [stale, shapeless]) expect(statSync(join(second.out, `${slug}.md`)).ino).not.toBe(statSync(join(first.out, `${slug}.md`)).ino);
    const clean = await run(seeds, entities, undefined);
    expect(treeHash(second.out)).toBe(treeHash(clean.out));
  }, 120_000);

  it('writes both of an article\'s files afresh when the previous output lost one, leaving that output as it was', async () => {
    const { seeds, entities, cache, first } = await warmed(3, join(ROOT, 'content', 'entities'));
    const md = readdirSync(first.out).find((n) => n.endsWith('.md'))!;
    const before = readFileSync(join(first.out, md), 'utf8');
    rmSync(join(first.out, md.replace(/\.md$/, '.json')));
    const second = await run(seeds, entities, cache, first.out);
    expect(second).toMatchObject({ cached: 3, annotated: 0 });
    expect(statSync(join(second.out, md)).ino).not.toBe(statSync(join(first.out, md)).ino);
    expect(readFileSync(join(first.out, md), 'utf8')).toBe(before);
    const clean = await run(seeds, entities, undefined);
    expect(treeHash(second.out)).toBe(treeHash(clean.out));
  }, 120_000);

  it('reports a registry or manifest problem on every cached run, with its file and line, until it is fixed', async () => {
    const { seeds, entities, cache } = await warmed(2);
    const file = readdirSync(entities).find((n) => n.endsWith('.yaml'))!;
    const good = readFileSync(join(entities, file), 'utf8');
    writeFileSync(join(entities, file), `${good}- id: Not An Id\n  name: Broken\n  type: person\n`);
    const line = good.split('\n').length;
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(run(seeds, entities, cache)).rejects.toThrow(`${file}:${line}: entity "Not An Id"`);
    }
    const manifest = readFileSync(join(seeds, 'sources.yaml'), 'utf8');
    writeFileSync(join(entities, file), good);
    writeFileSync(join(seeds, 'sources.yaml'), `${manifest}- file: a0.txt\n`);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(run(seeds, entities, cache)).rejects.toThrow(/listed twice/);
    }
    writeFileSync(join(seeds, 'sources.yaml'), manifest);
    expect(await run(seeds, entities, cache)).toMatchObject({ cached: 2, annotated: 0 });
  }, 120_000);

  it('keeps only this version of the pipeline in the cache: what other versions left is removed after a run', async () => {
    const { seeds, entities, cache } = await warmed(2, join(ROOT, 'content', 'entities'));
    const current = readdirSync(cache);
    expect(current).toEqual([expect.stringMatching(/^v-[0-9a-f]{16}$/)]);
    mkdirSync(join(cache, 'v-0123456789abcdef', 'memo'), { recursive: true });
    writeFileSync(join(cache, 'v-0123456789abcdef', 'memo', 'old.json'), '{}');
    writeFileSync(join(cache, 'flat-layout-entry.json'), '{}');
    expect(await run(seeds, entities, cache)).toMatchObject({ cached: 2, annotated: 0 });
    expect(readdirSync(cache)).toEqual(current);
  }, 120_000);

  it('goes on when the cache folder disappears under it: a result not remembered is made again next time', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'gone');
    const cache = openCache<{ n: number }>(dir);
    rmSync(dir, { recursive: true });
    expect(() => cache.set('key', { n: 1 })).not.toThrow();
    expect(cache.get('key')).toBeUndefined();
  });
});
