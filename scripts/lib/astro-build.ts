// Astro's build alone, in a process of its own, with the pass over the built
// pages running beside it (src/integrations/page-stream.ts): scripts/build.ts
// runs it as a child and indexes the site for search once it has exited (see
// there). The articles' data files are copied in before the links are checked,
// since pages link to them.
// usage: node scripts/lib/astro-build.ts <outDir> <articles dir> <base path> [--verbose]
import { copyArticleData } from '../../src/integrations/article-data.ts';
import { renderBodiesInThread } from '../../src/integrations/article-bodies.ts';
import { streamPages } from '../../src/integrations/page-stream.ts';
import { failpoint } from '../../src/lib/failpoint.ts';
import { runCli } from './cli.ts';
import { ROOT } from './paths.ts';

await runCli(async (verbose) => {
  const [outDir, articles, base] = process.argv.slice(2);
  if (!outDir || !articles || !base || outDir.startsWith('--')) throw new Error('usage: node scripts/lib/astro-build.ts <outDir> <articles dir> <base path> [--verbose]');
  failpoint('astro');
  const { build } = await import('astro');
  const pages = streamPages(outDir, base);
  const bodies = renderBodiesInThread();
  try {
    await build({ root: ROOT, outDir, logLevel: verbose ? 'info' : 'warn' });
  } catch (error) {
    await pages.close();
    throw error;
  } finally {
    await bodies.close();
  }
  copyArticleData(articles, outDir);
  const { pages: count, rewritten, streamed } = await pages.finish();
  // After the pages have been rewritten: a failure here must still leave the previous site as it was.
  failpoint('pages');
  if (verbose) console.log(`[dossier:pages] links made relative in ${rewritten} of ${count} pages (${streamed} as Astro wrote them); no broken internal links`);
});
