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

/** Headers for a path: every matching rule applies, later rules win for the same name. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  return out;
}
