import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptySeeds, fixture, importInto } from '../fixtures/import/helpers.ts';
import { treeHash } from './helpers.ts';

// The disk fills up just as sources.yaml is being replaced.
vi.mock('../../src/lib/import/atomic-file.ts', async (original) => ({
  ...(await original<typeof import('../../src/lib/import/atomic-file.ts')>()),
  replaceFile: () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
}));

describe('a failure writing sources.yaml', () => {
  it('takes the new seed away again, so no seed is left without its entry', async () => {
    const seeds = emptySeeds();
    writeFileSync(join(seeds, 'sources.yaml'), '# the corpus\n');
    const before = treeHash(seeds);
    await expect(importInto(seeds, fixture('opengraph-only.html'))).rejects.toThrow(/ENOSPC/);
    expect(treeHash(seeds)).toBe(before);
    expect(readdirSync(seeds)).toEqual(['sources.yaml']);
  });
});
