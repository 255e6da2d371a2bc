import { DossierError } from '../errors.ts';
import { MAX_SEED_BYTES } from '../read/seed-text.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;

export type FetchedPage = {
  bytes: Uint8Array;
  /** Where the page ended up after redirects: the base for its relative links. */
  finalUrl: string;
  /** The charset the server declared, if any. */
  charset: string | null;
};

export type FetchOptions = { timeoutMs?: number | undefined; maxBytes?: number | undefined };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

/**
 * GETs one page with a deadline for the whole exchange (headers and body) and
 * a size limit that is enforced while streaming, so a huge or endless answer
 * is cut off at the limit instead of filling memory.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_SEED_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const seconds = `${+(timeoutMs / 1000).toFixed(1)} s`;
  const tooSlow = () =>
    new DossierError(`no complete answer within ${seconds}`, {
      file: url,
      hint: 'try again later, pass a longer --timeout <seconds>, or save the page from your browser and import the file',
    });

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'Mozilla/5.0 (compatible; Dossier article importer)' },
      });
    } catch (error) {
      if (timedOut) throw tooSlow();
      throw unreachable(url, error);
    }

    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new DossierError(`the server answered ${response.status} ${response.statusText}`.trim(), {
        file: url,
        hint:
          response.status === 401 || response.status === 403
            ? 'the site refuses automatic downloads or needs a login: open the page in your browser, save it (Save Page As…, "Web page, complete" or "HTML only") and import the saved file'
            : 'check the address; if the page opens in your browser, save it there and import the saved file',
      });
    }

    const [type, charset] = mediaType(response.headers.get('content-type'));
    if (type && !HTML_TYPES.test(type)) {
      await response.body?.cancel().catch(() => {});
      throw new DossierError(`is ${type}, not a web page`, {
        file: url,
        hint: 'give the address of the article’s web page (text/html); PDFs, images and feeds cannot be imported',
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooBig(url, maxBytes);
    }

    const bytes = await readLimited(response, url, maxBytes, () => (timedOut ? tooSlow() : null));
    return { bytes, finalUrl: response.url || url, charset };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, url: string, maxBytes: number, abortError: () => DossierError | null): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooBig(url, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw abortError() ?? unreachable(url, error);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooBig(url: string, maxBytes: number): DossierError {
  return new DossierError(`the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, {
    file: url,
    hint: 'this is unlikely to be one news article; check the address, or save the article’s text as a .txt file and import that',
  });
}

/** fetch() reports every network failure as "fetch failed"; the reason is in `cause`. */
function unreachable(url: string, error: unknown): DossierError {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? '';
  const host = new URL(url).host;
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `could not look up ${host} (no such host, or no network)`
      : code === 'ECONNREFUSED'
        ? `${host} refused the connection`
        : code === 'ENETUNREACH' || code === 'EHOSTUNREACH'
          ? `${host} is unreachable (no network?)`
          : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
            ? `${host} closed the connection`
            : /certificate|CERT|SSL|TLS/i.test(`${code} ${cause?.message ?? ''}`)
              ? `${host} has a TLS certificate problem (${cause?.message ?? code})`
              : `could not fetch the page (${cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
  return new DossierError(why, {
    file: url,
    hint: 'check the address and your network connection; to import offline, save the page in your browser and import the saved file',
  });
}

function mediaType(header: string | null): [string | null, string | null] {
  if (!header) return [null, null];
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null;
  return [type!.trim().toLowerCase() || null, charset];
}
