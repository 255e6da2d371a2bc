// The build copies each article's data file as the pipeline wrote it
// (src/integrations/article-data.ts), and serves former slugs through a route
// that parses and serialises the same data: both must be the published bytes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyArticleData } from '../../src/integrations/article-data.ts';
import { annotateSeeds } from '../../src/lib/pipeline/annotate.ts';
import { publicArticleSchema } from '../../src/lib/schema/public.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { ROOT } from './helpers.ts';

const address = { site: 'https://example.org', base: '/', title: 'Dossier: test' };

describe("an article's public data file", () => {
  it('is written by the pipeline exactly as the published schema serialises it, and copied into the site unchanged', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-data-'));
    const generated = mkdtempSync(join(tmpdir(), 'dossier-data-seeds-'));
    generateCorpus({ count: 30, seed: 'data', out: generated });
    const written: string[] = [];
    for (const seeds of [join(ROOT, 'seeds'), generated]) {
      const dir = join(out, written.length === 0 ? 'seeds' : 'generated');
      await annotateSeeds({ seeds, out: dir, entities: join(ROOT, 'content', 'entities'), topics: join(ROOT, 'content', 'topics'), address, workers: 1 });
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) written.push(join(dir, name));
    }
    expect(written).toHaveLength(32);
    let statements = 0;
    for (const path of written) {
      const text = readFileSync(path, 'utf8');
      const data = publicArticleSchema.parse(JSON.parse(text));
      statements += data.statements.length;
      expect(`${JSON.stringify(data, null, 1)}\n`, path).toBe(text);
    }
    // Key order matters most where objects nest: the statements must be there to be compared.
    expect(statements).toBeGreaterThan(10);

    const site = join(out, 'site');
    mkdirSync(site);
    expect(copyArticleData(join(out, 'seeds'), site)).toBe(2);
    for (const name of readdirSync(join(out, 'seeds')).filter((n) => n.endsWith('.json'))) {
      expect(readFileSync(join(site, 'data', 'articles', name), 'utf8')).toBe(readFileSync(join(out, 'seeds', name), 'utf8'));
    }
  }, 60_000);
});
