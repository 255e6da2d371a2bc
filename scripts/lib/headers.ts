import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path pattern
 * on its own line, then indented `Name: value` lines. The preview server
 * applies it exactly as those hosts would, so tests run under the real policy.
 */
export type HeaderRule = { pattern: RegExp; headers: [string, string][] };

export function readHeaders(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const glob = raw.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
      continue;
    }
    const at = raw.indexOf(':');
    if (at > 0 && rules.length > 0) rules[rules.length - 1]!.headers.push([raw.slice(0, at).trim(), raw.slice(at + 1).trim()]);
  }
  return rules;
}

/**
 * Headers for a path, as Cloudflare Pages and Netlify give them: every
 * matching rule applies, and a header set by two rules gets both values,
 * joined with a comma (which, for a CSP or Cache-Control, is rarely what was
 * meant: public/_headers avoids it, and a test holds it to that).
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** The header names that more than one rule sets for a path. */
export function headersSetTwice(rules: HeaderRule[], path: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of new Set(rule.headers.map(([n]) => n.toLowerCase()))) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}
