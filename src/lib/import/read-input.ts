import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DossierError } from '../errors.ts';
import { decodeSeed, MAX_SEED_BYTES } from '../read/seed-text.ts';
import { fetchPage, type FetchOptions } from './fetch-page.ts';
import { binaryKind, decodeHtml, isMhtml, looksLikeHtml } from './sniff.ts';
import { httpUrl } from './url.ts';

/** One input, read and told apart: a web page to extract, or a seed's text to copy. */
export type Source =
  | { kind: 'html'; html: string; label: string; /** Base for relative links; the fetched URL. */ pageUrl: string | null }
  | { kind: 'text'; text: string; label: string };

const HTML_EXT = /^\.(?:html?|xhtml|shtml)$/i;
const TEXT_EXT = /^(?:\.txt|\.text|)$/i;
const SAVE_HINT = 'import the article’s web page (.html, or the folder the browser saved it in), its text as a .txt file, or its http(s) address';

/** Anything with a scheme is a URL; only http(s) is fetched. */
export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(input.trim());
}

export async function readSource(input: string, fetchOptions: FetchOptions = {}): Promise<Source> {
  if (isUrlInput(input)) {
    const url = httpUrl(input);
    if (!url) throw new DossierError('only http:// and https:// addresses can be fetched', { file: input, hint: SAVE_HINT });
    const page = await fetchPage(url.href, fetchOptions);
    const kind = binaryKind(page.bytes);
    if (kind) throw new DossierError(`the server sent ${kind}, not a web page`, { file: input, hint: SAVE_HINT });
    return { kind: 'html', html: decodeHtml(page.bytes, page.charset), label: input, pageUrl: page.finalUrl };
  }
  return readLocal(input);
}

function readLocal(input: string): Source {
  if (!existsSync(input)) {
    throw new DossierError('not found', { file: input, hint: 'check the path; a web address must start with http:// or https://' });
  }
  const path = statSync(input).isDirectory() ? pageInFolder(input) : input;
  const size = statSync(path).size;
  if (size > MAX_SEED_BYTES) {
    throw new DossierError(`file is ${(size / 1024 / 1024).toFixed(1)} MB; an article page is limited to 5 MB`, {
      file: path,
      hint: 'check that this is one article; a page saved with its images belongs in a folder, and only its .html is read',
    });
  }
  const bytes = new Uint8Array(readFileSync(path));
  const ext = extname(path);
  if (isMhtml(bytes) || /^\.mht(?:ml)?$/i.test(ext)) {
    throw new DossierError('is a single-file web archive (MHTML), which cannot be read', {
      file: path,
      hint: 'save the page again as "Web page, complete" or "Web page, HTML only", and import the .html file',
    });
  }
  const kind = binaryKind(bytes);
  if (kind) throw new DossierError(`is ${kind}, not a web page or plain text`, { file: path, hint: SAVE_HINT });
  if (HTML_EXT.test(ext) || looksLikeHtml(bytes)) return { kind: 'html', html: decodeHtml(bytes), label: path, pageUrl: null };
  if (TEXT_EXT.test(ext)) return { kind: 'text', text: decodeSeed(bytes, path), label: path };
  throw new DossierError(`is a ${ext} file, which the importer does not read`, { file: path, hint: SAVE_HINT });
}

/**
 * A browser's "Save Page As…, Web page, complete" writes `Title.html` beside a
 * `Title_files/` folder; either the folder holding the page or that `_files`
 * folder may be given.
 */
function pageInFolder(dir: string): string {
  const pages = readdirSync(dir).filter((name) => HTML_EXT.test(extname(name)) && statSync(join(dir, name)).isFile());
  if (pages.length === 1) return join(dir, pages[0]!);
  const index = pages.find((name) => /^index\.html?$/i.test(name));
  if (index) return join(dir, index);
  if (pages.length > 1) {
    throw new DossierError(`folder holds ${pages.length} web pages (${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''})`, {
      file: dir,
      hint: 'give the .html file of the article itself',
    });
  }
  const saved = /^(.*)_files$/.exec(basename(dir.replace(/[\\/]+$/, '')))?.[1];
  for (const ext of ['.html', '.htm']) {
    const sibling = saved ? join(dirname(dir.replace(/[\\/]+$/, '')), `${saved}${ext}`) : null;
    if (sibling && existsSync(sibling)) return sibling;
  }
  throw new DossierError('folder holds no web page (.html)', { file: dir, hint: SAVE_HINT });
}
