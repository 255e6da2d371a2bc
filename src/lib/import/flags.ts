import { DossierError } from '../errors.ts';
import { isoDate } from '../schema/source.ts';
import { DEFAULT_TIMEOUT_MS } from './fetch-page.ts';
import type { Overrides } from './import-article.ts';
import { cleanUrl, httpUrl } from './url.ts';

/** The command line's facts, as given (strings), before checking. */
export type RawFlags = { title?: string | undefined; author?: string | undefined; publisher?: string | undefined; url?: string | undefined; published?: string | undefined; timeout?: string | undefined };

/** Checks the flags once, before any input is read, so a typo fails fast and names the flag. */
export function checkFlags(raw: RawFlags, inputs: number): { overrides: Overrides; timeoutMs: number } {
  const overrides: Overrides = {};
  for (const key of ['title', 'author', 'publisher'] as const) {
    const value = raw[key]?.replace(/\s+/g, ' ').trim();
    if (raw[key] !== undefined && !value) throw new DossierError(`--${key} is empty`, { hint: `give a value: --${key} "…"` });
    if (value) overrides[key] = value;
  }
  if (raw.url !== undefined) {
    const url = httpUrl(raw.url);
    if (!url) throw new DossierError(`--url "${raw.url}" is not an http(s) address`, { hint: 'give the full address, starting with https://' });
    overrides.url = cleanUrl(url);
  }
  if (raw.published !== undefined) {
    const value = raw.published.trim();
    if (value.toLowerCase() === 'unknown') overrides.published = null;
    else {
      const check = isoDate.safeParse(value);
      if (!check.success) {
        throw new DossierError(`--published "${raw.published}" ${check.error.issues[0]?.message ?? 'is not a date'}`, {
          hint: 'write the date as YYYY-MM-DD (e.g. --published 2025-06-21), or --published unknown',
        });
      }
      overrides.published = value;
    }
  }
  // One article's title or address given to several inputs would make them all claim it.
  for (const key of ['title', 'url'] as const) {
    if (overrides[key] !== undefined && inputs > 1) {
      throw new DossierError(`--${key} names one article, but ${inputs} inputs were given`, { hint: `import that article on its own with --${key}` });
    }
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (raw.timeout !== undefined) {
    const seconds = Number(raw.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
      throw new DossierError(`--timeout "${raw.timeout}" is not a number of seconds between 0 and 600`, { hint: 'e.g. --timeout 30' });
    }
    timeoutMs = Math.round(seconds * 1000);
  }
  return { overrides, timeoutMs };
}
