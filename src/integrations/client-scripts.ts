import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Bundles the browser scripts in src/client/ into classic (IIFE) scripts in
 * `scripts/`. Classic, not modules, because they must also run when the site
 * is opened straight from disk (file://), where browsers refuse modules.
 */
export const CLIENT_SCRIPTS = ['site', 'search'] as const;

export function clientScripts(): AstroIntegration {
  return {
    name: 'dossier:client-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { build } = await import('esbuild');
        const src = fileURLToPath(new URL('../client/', import.meta.url));
        await build({
          entryPoints: CLIENT_SCRIPTS.map((name) => join(src, `${name}.ts`)),
          outdir: join(fileURLToPath(dir), 'scripts'),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          legalComments: 'none',
          logLevel: 'warning',
        });
      },
    },
  };
}
