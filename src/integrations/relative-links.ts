import type { AstroIntegration } from 'astro';
import { basePath } from '../lib/base-path.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join, relative, sep } from 'node:path';

/**
 * Rewrites every internal URL in the built HTML (`href`, `src`, `action`
 * starting with the base path) into a path relative to the page. The site then
 * works under any base path, from any host, and opened straight from disk.
 * Canonical and OpenGraph URLs stay absolute: they name the public address.
 */
const ATTRIBUTE = /(<(?:a|link|script|img|form|source)\b[^>]*?\s(?:href|src|action)=")([^"]*)"/g;

export function relativeLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier:relative-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const file of htmlFiles(root)) {
          // The 404 page is served at any depth, so its links must stay absolute.
          if (basename(file) === '404.html') continue;
          const pageDir = dirname(file);
          const html = readFileSync(file, 'utf8');
          const out = html.replace(ATTRIBUTE, (all, head: string, url: string) => {
            if (!url.startsWith(base) || url.startsWith('//') || /<link[^>]*rel="(?:canonical|alternate)"/.test(head)) return all;
            const target = url.slice(base.length);
            const [path = '', rest = ''] = splitSuffix(target);
            let rel = relative(pageDir, join(root, path)).split(sep).join('/');
            if (rel === '') rel = '.';
            if (path.endsWith('/') || path === '') rel = `${rel}/`;
            return `${head}${rel}${rest}"`;
          });
          if (out !== html) {
            writeFileSync(file, out);
            count++;
          }
        }
        logger.info(`made links relative in ${count} pages`);
      },
    },
  };
}

function splitSuffix(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
