// The benchmark moves what it replaces aside and deletes it only after its
// last measurement (scripts/bench/lib/trash.ts): a rename frees no inode, so
// the next measured build does not pay for a deletion.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { discard, emptyAbandoned, emptyTrash, scratchDir } from '../../scripts/bench/lib/trash.ts';

describe('the benchmark trash', () => {
  it('moves a folder aside whole, keeping its files, and deletes it only when emptied', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-trash-'));
    const trash = join(work, 'trash');
    const site = join(work, 'dist');
    mkdirSync(join(site, 'articles'), { recursive: true });
    writeFileSync(join(site, 'articles', 'a.html'), '<p>a</p>');
    const inode = statSync(join(site, 'articles', 'a.html')).ino;

    discard(site, trash);
    discard(join(work, 'never-made'), trash); // nothing to move: no error, nothing in the trash
    expect(existsSync(site)).toBe(false);
    const [moved, ...others] = readdirSync(trash);
    expect(others).toEqual([]);
    expect(moved).toMatch(/-dist$/);
    const kept = join(trash, moved!, 'articles', 'a.html');
    expect(readFileSync(kept, 'utf8')).toBe('<p>a</p>');
    expect(statSync(kept).ino).toBe(inode);

    const scratch = scratchDir('annotate-only', trash);
    expect(readdirSync(scratch)).toEqual([]);
    expect(readdirSync(trash)).toHaveLength(2);

    expect(await emptyTrash(trash)).toBe(2);
    expect(existsSync(trash)).toBe(false);
    expect(await emptyTrash(trash)).toBe(0);
  });

  it('deletes what an interrupted benchmark left, never the trash of one still running', async () => {
    const trashes = mkdtempSync(join(tmpdir(), 'dossier-trashes-'));
    // A process that has exited: its pid names an abandoned trash.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    for (const pid of [gone, process.pid]) {
      mkdirSync(join(trashes, String(pid), '1-dist'), { recursive: true });
      writeFileSync(join(trashes, String(pid), '1-dist', 'index.html'), '<p>old</p>');
    }
    expect(await emptyAbandoned(trashes)).toBe(1);
    expect(readdirSync(trashes)).toEqual([String(process.pid)]);
    expect(await emptyAbandoned(trashes)).toBe(0);
  });
});
