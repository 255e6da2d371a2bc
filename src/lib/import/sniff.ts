/**
 * What a file (or a response body) really is, from its first bytes rather
 * than its name: a PNG renamed to .html is still a PNG, and a page's source
 * saved as .txt is still a web page.
 */
const SIGNATURES: { what: string; magic: readonly number[] }[] = [
  { what: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a ZIP archive (or a Word, EPUB or OpenDocument file)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'a gzip archive', magic: [0x1f, 0x8b] },
  { what: 'a RIFF file (WebP image or audio)', magic: [0x52, 0x49, 0x46, 0x46] },
];

/** Names the binary format the bytes start with, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { what, magic } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return what;
  }
  // Text never contains NUL; UTF-16 pages are the exception and start with a BOM.
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.includes(0) ? 'a binary file' : null;
}

/** Chrome's "Web page, single file" (.mhtml) is a MIME archive, not HTML. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 2048));
  return /^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:)/im.test(head) && /multipart\/related/i.test(head);
}

/** Looks like markup: a doctype, <html>, or a <head> near the top. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 2048)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i.test(head) || /^<!--[\s\S]*?-->\s*<(?:!doctype\s+html|html)/i.test(head);
}

/**
 * Bytes of a page → text. The charset is the byte-order mark's, else the one
 * the server declared, else the page's own <meta charset>, else UTF-8 (the
 * HTML standard's order, less its guessing).
 */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(latin1(bytes.subarray(0, 4096)))?.[1];
  for (const label of [bom, declared, meta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next source.
    }
  }
  return new TextDecoder().decode(bytes);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
