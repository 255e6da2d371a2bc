import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files and bytes under a folder: what a build leaves for the host to serve. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  try {
    walk(dir);
  } catch {
    // Missing folder: reported as empty.
  }
  return { files, bytes };
}
