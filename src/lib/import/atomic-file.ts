import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Files are written whole or not at all: the bytes go to a temporary file in
 * the same folder (so the final step is a rename within one file system),
 * are flushed to disk, and only then take the real name. A crash at any point
 * leaves either the old file or the new one, never half of either. Temporary
 * names start with a dot and end in `.tmp`, so the pipeline never reads them.
 */
function writeTemp(path: string, text: string): string {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Replaces `path` (or creates it) atomically. */
export function replaceFile(path: string, text: string): void {
  const temp = writeTemp(path, text);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDir(dirname(path));
}

/**
 * Creates `path` atomically, refusing to replace a file that exists: a hard
 * link fails when the name is taken, where a rename would overwrite it.
 * Returns false when the name was taken (by someone else, since we checked).
 */
export function createFile(path: string, text: string): boolean {
  const temp = writeTemp(path, text);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    // No hard links here (FAT, some network shares): check, then rename.
    if (existsSync(path)) return false;
    renameSync(temp, path);
    return true;
  } finally {
    rmSync(temp, { force: true });
    syncDir(dirname(path));
  }
}

/** The rename itself is only durable once the folder is flushed; not every system allows that. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some network file systems cannot fsync a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
