// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownOptions } from './src/markdown/options.ts';
import { clientScripts } from './src/integrations/client-scripts.ts';

// The site's public address and sub-folder come from the build command
// (--site, --base), so one checkout can be hosted anywhere. See docs/hosting.md.
const site = process.env.DOSSIER_SITE || 'https://dossier.example.org';
const base = process.env.DOSSIER_BASE || '/';

export default defineConfig({
  site,
  base,
  // Each build keeps Astro's caches in its own staging folder, so builds can
  // run side by side (as the tests do) and never read another build's data.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Scripts and styles stay in their own files: the site runs under a strict
  // Content-Security-Policy with no inline script (docs/security.md).
  // Astro renders one page at a time by default, each waiting until its file
  // is written; creating a file took 0.4-0.8 ms at times on the 2-core build
  // machine. Sixteen pages in flight overlap those waits with rendering: the
  // routes of 1,000 articles took 9-11 s instead of 12-15 s, byte-identical.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server need not watch build output, staging folders or benchmark
    // corpora: they can hold tens of thousands of files and exhaust inotify.
    server: { watch: { ignored: ['**/dist/**', '**/.dossier-tmp*/**', '**/bench/.work/**', '**/test-results/**', '**/playwright-report/**'] } },
  },
  markdown: { processor: satteri(markdownOptions) },
  // Links are made relative and checked, the search index built and the security headers written in
  // scripts/build.ts once Astro's process has exited (their order and the reason are there).
  integrations: [clientScripts()],
  devToolbar: { enabled: false },
});
