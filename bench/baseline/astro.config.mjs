// @ts-check
// The benchmark's baseline: the smallest Astro site that renders the same
// articles as plain Markdown pages. scripts/bench/baseline-build.ts builds it
// and then runs Pagefind, as Dossier's own integration does.
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Astro's and Vite's caches stay in the benchmark's gitignored work folder,
  // not in node_modules/ beside this file.
  cacheDir: '../.work/baseline-cache/',
  vite: { cacheDir: '../.work/baseline-cache/vite/' },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
