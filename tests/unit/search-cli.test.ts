import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './helpers.ts';

type Hit = { kind: string; title: string; paragraph: number | null; date: string | null; url: string; excerpt: string };
const work = mkdtempSync(join(tmpdir(), 'dossier-search-'));
const dist = join(work, 'dist');
const search = (...args: string[]) => runScript('search.ts', [...args, '--dist', dist]);
const json = (...args: string[]) => JSON.parse(search(...args, '--json').stdout) as { count: number; hits: Hit[] };

describe('npm run search', () => {
  beforeAll(() => {
    const build = runScript('build.ts', ['--seeds', join(ROOT, 'seeds'), '--out', dist, '--articles', join(work, 'articles')]);
    expect(build.code).toBe(0);
  }, 120_000);

  it('prints ranked hits with the article, the paragraph excerpt and its URL', () => {
    const run = search('snapback');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Iran’s supreme leader rules out direct talks with US, paragraph \d+ {2}\[paragraph, Financial Times, 2025-08-24\]\n {3}….*snapback.*\n {3}https:\/\/dossier\.example\.org\/articles\/irans-supreme-leader-rules-out-direct-talks-with-us-8a58\/#p-\d+/);
  });
  it('answers in JSON', () => {
    const result = json('snapback');
    expect(result.count).toBeGreaterThan(1);
    expect(result.hits.every((h) => /snapback/i.test(h.excerpt) || h.kind === 'actor')).toBe(true);
  });
  it('finds an actor by an alias', () => {
    expect(json('Araqchi').hits[0]).toMatchObject({ kind: 'actor', title: 'Abbas Araghchi' });
  });
  it('filters by actor (name or id), topic and date range', () => {
    const byActor = json('talks', '--actor', 'masoud-pezeshkian');
    expect(byActor.count).toBeGreaterThan(0);
    const all = json('talks');
    expect(byActor.count).toBeLessThan(all.count);
    expect(json('talks', '--actor', 'Masoud Pezeshkian').count).toBe(byActor.count);
    const byTopic = json('Khamenei', '--topic', 'jcpoa-snapback');
    expect(byTopic.hits.every((h) => h.date === '2025-08-24' || h.date === '2024-08-27')).toBe(true);
    expect(json('Khamenei', '--from', '2025-01-01').hits.every((h) => h.date !== null && h.date >= '2025-01-01')).toBe(true);
    expect(json('Khamenei', '--to', '2024-12-31').hits.every((h) => h.date === '2024-08-27')).toBe(true);
  });
  it('says so when nothing matches, and refuses a bad date', () => {
    expect(search('zzzxqy').stdout).toContain('No results for "zzzxqy"');
    const bad = search('talks', '--from', '2025-13-01');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--from must be a date written YYYY-MM-DD');
  });
  it('explains what to do when there is no built site', () => {
    const run = runScript('search.ts', ['talks', '--dist', join(work, 'nothing')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/there is no search index to read\n {2}fix: run `npm run build` first/);
  });
});
