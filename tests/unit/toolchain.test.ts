import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  // npm scripts put node_modules/.bin/node (the pinned node@24) first on PATH;
  // if its install script was skipped they silently fall back to the
  // machine's Node 20, which cannot run our .ts files correctly.
  it('runs on Node 22 or later', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(22);
  });
});
