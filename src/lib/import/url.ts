/**
 * Article addresses as the importer stores and compares them. A page reached
 * from a newsletter carries `utm_*` tags and a fragment; neither names a
 * different article, so both are dropped before storing, and comparison also
 * ignores the scheme, a leading "www." and a trailing slash.
 */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|at_medium|at_campaign)$/i;

/** An absolute http(s) URL, or null when the text is anything else. */
export function httpUrl(text: string, base?: string | null): URL | null {
  let url: URL;
  try {
    url = new URL(text.trim(), base ?? undefined);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** The URL as written to sources.yaml: tracking parameters and fragment removed. */
export function cleanUrl(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  for (const key of [...clean.searchParams.keys()]) if (TRACKING.test(key)) clean.searchParams.delete(key);
  return clean.href;
}

/** Two URLs name the same article when their keys are equal. */
export function urlKey(text: string): string {
  const url = httpUrl(text);
  if (!url) return text.trim();
  const clean = new URL(cleanUrl(url));
  const host = clean.hostname.toLowerCase().replace(/^www\./, '');
  const path = clean.pathname.replace(/\/+$/, '');
  return `${host}${clean.port ? `:${clean.port}` : ''}${path}${clean.search}`;
}
