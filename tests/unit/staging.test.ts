// Swapping a built folder in, and removing the one it replaced.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTree, STAGING_PREFIX, swapIn } from '../../src/lib/fs/staging.ts';

function tree(root: string, files: number): void {
  for (let i = 0; i < files; i++) {
    const dir = join(root, `d${i % 7}`, `e${i % 13}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.html`), `page ${i}`);
  }
  writeFileSync(join(root, 'top.txt'), 'top');
}

describe('swapping a built folder in', () => {
  it('puts the new folder in place and hands back the old one, which removeTree deletes whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-swap-'));
    const target = join(root, 'dist');
    const staged = join(root, 'staged');
    tree(target, 300);
    mkdirSync(staged);
    writeFileSync(join(staged, 'index.html'), 'new');
    const old = swapIn(target, staged);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(old).not.toBeNull();
    expect(old!.startsWith(join(root, STAGING_PREFIX))).toBe(true);
    expect(readFileSync(join(old!, 'top.txt'), 'utf8')).toBe('top');
    await removeTree(old!);
    expect(existsSync(old!)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['dist']);
  });

  it('has nothing to hand back when there was no folder, and removing a missing folder is no error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-swap-'));
    mkdirSync(join(root, 'staged'));
    expect(swapIn(join(root, 'dist'), join(root, 'staged'))).toBeNull();
    await expect(removeTree(join(root, 'gone'))).resolves.toBeUndefined();
  });
});
