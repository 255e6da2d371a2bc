// The build's annotate stage in a process of its own (see child-stage.ts):
// usage: node scripts/lib/annotate-build.ts '<[options, out] as JSON>' [--verbose]
import { annotateStage } from './annotate-stage.ts';
import { runCli } from './cli.ts';

export type AnnotateSummary = { articles: number; cached: number; threads: number };

await runCli(async () => {
  const [values, out] = JSON.parse(process.argv[2] ?? '[]') as Parameters<typeof annotateStage>;
  if (!out) throw new Error('usage: node scripts/lib/annotate-build.ts \'[options, out]\' [--verbose]');
  const { articles, cached, threads } = await annotateStage(values, out);
  const summary: AnnotateSummary = { articles: articles.length, cached, threads };
  // The channel to the build would keep this process alive: closed once the summary is sent.
  await new Promise<void>((resolve, reject) => process.send!(summary, (error: Error | null) => (error ? reject(error) : resolve())));
  process.disconnect?.();
});
