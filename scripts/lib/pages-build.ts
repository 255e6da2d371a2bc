// The build's pass over the built pages (src/integrations/built-pages.ts) in a
// process of its own (see child-stage.ts): at 10,000 articles it holds every
// page's anchors, which the build's own process would otherwise keep while
// Pagefind's process indexes the site.
// usage: node scripts/lib/pages-build.ts <site> <base path> [--verbose]
import { finishPages } from '../../src/integrations/built-pages.ts';
import { failpoint } from '../../src/lib/failpoint.ts';
import { runCli } from './cli.ts';

await runCli(async (verbose) => {
  const [site, base] = process.argv.slice(2);
  if (!site || !base || site.startsWith('--')) throw new Error('usage: node scripts/lib/pages-build.ts <site> <base path> [--verbose]');
  const { pages, rewritten } = await finishPages(site, base);
  // After the pages have been rewritten: a failure here must still leave the previous site as it was.
  failpoint('pages');
  if (verbose) console.log(`[dossier:pages] links made relative in ${rewritten} of ${pages} pages; no broken internal links`);
});
