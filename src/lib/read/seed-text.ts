import { DossierError } from '../errors.ts';

/** Larger files are almost certainly not a news article (or a paste gone wrong). */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes of a seed file → its text, with the BOM dropped and line endings made
 * LF. Refuses what cannot be an article: empty, oversized, binary or not UTF-8.
 */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength > MAX_SEED_BYTES) {
    throw new DossierError(
      `file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; seeds are limited to 5 MB`,
      { file, hint: 'split the file, or check that it really is one plain-text article' },
    );
  }
  if (bytes.includes(0)) {
    throw new DossierError('file is binary (it contains NUL bytes), not plain text', {
      file,
      hint: 'save the article as UTF-8 plain text (.txt)',
    });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Line(bytes);
    throw new DossierError('file is not valid UTF-8 text', {
      file,
      line: at,
      hint: 're-save the file with UTF-8 encoding',
    });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new DossierError('file is empty', { file, hint: 'put the headline on line 1 and the article text below it, or remove the file' });
  }
  return text;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
