import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request } from '@playwright/test';

/**
 * Instruments the /search/ page for the search benchmark. An init script,
 * run before the page's own scripts, records on the page's clock: every
 * `input` event, every firing of the UI's debounce timer (a setTimeout of
 * exactly `debounceMs`), every `dossier:results` event and the next animation
 * frame after it (when the rendered results can first be painted). Network
 * bytes are attributed to the phase that was current when each request started.
 */
export type ProbeLog = { inputs: number[]; debounces: number[]; results: { t: number; count: number }[]; frames: number[] };
export type Fetch = { url: string; phase: string; bytes: number; done: boolean };

export function initScript(debounceMs: number): string {
  return `(() => {
    const log = { inputs: [], debounces: [], results: [], frames: [] };
    Object.defineProperty(window, '__bench', { value: log });
    document.addEventListener('input', () => log.inputs.push(performance.now()), true);
    document.addEventListener('dossier:results', (e) => {
      log.results.push({ t: performance.now(), count: e.detail ? e.detail.count : -1 });
      if (typeof window.__benchFirstResult === 'function') window.__benchFirstResult();
      requestAnimationFrame(() => log.frames.push(performance.now()));
    });
    const setTimeoutOriginal = window.setTimeout;
    window.setTimeout = function (fn, ms, ...rest) {
      if (ms === ${debounceMs} && typeof fn === 'function') {
        return setTimeoutOriginal.call(window, function (...args) { log.debounces.push(performance.now()); return fn.apply(this, args); }, ms, ...rest);
      }
      return setTimeoutOriginal.call(window, fn, ms, ...rest);
    };
  })();`;
}

/**
 * Every request of a browser context, including those of Pagefind's web
 * worker (which a page-level DevTools session does not see), with the bytes
 * received (body as transferred plus headers).
 */
export class NetworkLog {
  phase = 'load';
  readonly fetches: Fetch[] = [];
  #last = performance.now();

  static attach(context: BrowserContext): NetworkLog {
    const log = new NetworkLog();
    const open = new Map<Request, Fetch>();
    context.on('request', (request) => {
      log.#last = performance.now();
      const fetch = { url: request.url(), phase: log.phase, bytes: 0, done: false };
      open.set(request, fetch);
      log.fetches.push(fetch);
    });
    context.on('requestfinished', async (request) => {
      const fetch = open.get(request);
      if (!fetch) return;
      try {
        const sizes = await request.sizes();
        fetch.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        // Chromium reports no body size for a worker's own script; count the body itself.
        if (sizes.responseBodySize === 0) {
          const response = await request.response();
          const body = (await response?.body()) ?? Buffer.alloc(0);
          // …which arrives decompressed: count what the wire carried.
          fetch.bytes += (await response?.headerValue('content-encoding')) === 'gzip' ? gzipSync(body).length : body.length;
        }
      } catch {
        // The context closed first: the request is still counted as done.
      }
      fetch.done = true;
      log.#last = performance.now();
    });
    context.on('requestfailed', (request) => {
      const fetch = open.get(request);
      if (fetch) fetch.done = true;
      log.#last = performance.now();
    });
    return log;
  }

  /** Waits until every request has finished and none started for `quietMs`. */
  async idle(quietMs = 250, timeoutMs = 30_000): Promise<void> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      if (!this.fetches.some((f) => !f.done) && performance.now() - this.#last >= quietMs) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`requests still open after ${timeoutMs} ms: ${this.fetches.filter((f) => !f.done).map((f) => f.url).join(', ')}`);
  }

  bytes(phase: string, filter: (url: string) => boolean = () => true): { requests: number; bytes: number } {
    const list = this.fetches.filter((f) => f.phase === phase && filter(f.url));
    return { requests: list.length, bytes: list.reduce((n, f) => n + f.bytes, 0) };
  }
}

export async function probeLog(page: Page): Promise<ProbeLog> {
  return page.evaluate(() => structuredClone((window as unknown as { __bench: ProbeLog }).__bench));
}

/** Waits for the results rendered after the last debounce that followed the last keystroke. */
export async function waitForFreshResults(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: ProbeLog }).__bench;
      const lastInput = b.inputs[b.inputs.length - 1] ?? 0;
      const fired = b.debounces.filter((d) => d > lastInput);
      const d = fired[fired.length - 1];
      return d !== undefined && b.results.some((r) => r.t > d) && b.frames.some((f) => f > d);
    },
    undefined,
    { timeout: timeoutMs, polling: 10 },
  );
}

export type QueryTiming = { afterDebounceMs: number; afterKeystrokeMs: number; toFrameAfterDebounceMs: number; results: number; debouncesWhileTyping: number };

/** Latencies of the last query typed, from the probe's log. */
export function lastQueryTiming(log: ProbeLog, inputsBefore: number): QueryTiming {
  const typingStarted = log.inputs[inputsBefore] ?? 0;
  const lastInput = log.inputs[log.inputs.length - 1]!;
  const fired = log.debounces.filter((d) => d > lastInput);
  const d = fired[fired.length - 1]!;
  const result = log.results.find((r) => r.t > d)!;
  const frame = log.frames.find((f) => f > result.t) ?? Number.NaN;
  return {
    afterDebounceMs: result.t - d,
    afterKeystrokeMs: result.t - lastInput,
    toFrameAfterDebounceMs: frame - d,
    results: result.count,
    debouncesWhileTyping: log.debounces.filter((x) => x > typingStarted && x < lastInput).length,
  };
}

/** What a Pagefind URL is, for the byte breakdown. */
export function fileKind(url: string): string {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'page shell';
  if (/\.js$/.test(path)) return 'pagefind JS';
  if (/wasm\./.test(path)) return 'wasm';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  return 'entry + meta';
}

export function bytesByKind(fetches: Fetch[], ...phases: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fetches) if (phases.includes(f.phase)) out[fileKind(f.url)] = (out[fileKind(f.url)] ?? 0) + f.bytes;
  return out;
}
