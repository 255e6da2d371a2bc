// npm run add -- <page.html | folder | article.txt | https://…> [more…]: imports articles into seeds/.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DossierError, DossierErrors, isUserError } from '../src/lib/errors.ts';
import { checkFlags } from '../src/lib/import/flags.ts';
import { importArticle, type ImportResult } from '../src/lib/import/import-article.ts';
import { indexSeeds } from '../src/lib/import/seeds-index.ts';
import { MANIFEST } from '../src/lib/pipeline/load.ts';
import { withLock } from './lib/lock.ts';
import { runCli } from './lib/cli.ts';

const USAGE = `usage: npm run add -- <page.html | saved-page folder | article.txt | https://…> [more…]
  [--seeds <dir>] [--published YYYY-MM-DD | unknown] [--publisher <name>] [--author <name>]
  [--url <address>] [--title <headline>] [--timeout <seconds>] [--verbose]`;

await runCli(async (verbose) => {
  const { values, positionals } = args();
  if (values.help) {
    console.log(`${USAGE}\n\nSee docs/import.md.`);
    return;
  }
  if (positionals.length === 0) throw new DossierError(`nothing to import\n${USAGE}`);
  const flags = checkFlags(values, positionals.length);
  const seeds = resolve(values.seeds!);
  // Two imports into one folder at once would each rewrite sources.yaml from what they read: one waits.
  const lock = join(tmpdir(), `dossier-add-${createHash('sha256').update(seeds).digest('hex').slice(0, 16)}.lock`);
  await withLock(lock, () => importAll(seeds, values.seeds!, positionals, flags, verbose), console.log, `another npm run add into ${values.seeds}`);
});

/** `shown` is the seeds folder as the user typed it, for messages. */
async function importAll(seeds: string, shown: string, positionals: string[], flags: ReturnType<typeof checkFlags>, verbose: boolean): Promise<void> {
  // A broken sources.yaml stops every import at once, with its own messages.
  indexSeeds(seeds, relative(process.cwd(), resolve(seeds, MANIFEST)), shown);

  const counts = { added: 0, skipped: 0, failed: 0 };
  for (const input of positionals) {
    try {
      const result = await importArticle(input, { seeds, ...flags });
      counts[result.status]++;
      report(result, verbose);
    } catch (error) {
      counts.failed++;
      process.exitCode = 1;
      if (error instanceof DossierError) console.error(`failed  ${error.format()}`);
      else if (error instanceof DossierErrors) console.error(`failed  ${input}:\n${error.message}`);
      else {
        console.error(`failed  ${input}: ${error instanceof Error ? error.message : String(error)}`);
        console.error(verbose && error instanceof Error ? error.stack : '  (run again with --verbose for the details)');
      }
      if (verbose && isUserError(error)) console.error(error.stack);
    }
  }
  if (positionals.length > 1) console.log(`add: ${counts.added} added, ${counts.skipped} skipped, ${counts.failed} failed`);
}

function report(result: ImportResult, verbose: boolean): void {
  if (result.status === 'skipped') {
    console.log(`skipped ${result.input}: ${result.reason}; nothing changed`);
    return;
  }
  const { entry } = result;
  console.log(`added   ${result.file}  ← ${result.input}`);
  console.log(`        "${result.headline}" — ${entry.publisher ?? 'publisher unknown'}, ${entry.published ?? 'undated'}${entry.author ? `, ${entry.author}` : ''}`);
  const unknown = (['publisher', 'author', 'url'] as const).filter((key) => entry[key] === null);
  if (unknown.length > 0) {
    console.log(`        not found: ${unknown.join(', ')} (set with ${unknown.map((k) => `--${k}`).join(', ')}, or edit ${MANIFEST})`);
  }
  if (entry.slug) console.log(`        another article has the same date and headline; this one's slug is pinned to "${entry.slug}"`);
  for (const note of result.notes) console.log(`        note: ${note}`);
  if (verbose) {
    for (const [field, from] of Object.entries(result.from)) console.log(`        ${field}: from ${from}`);
  }
}

function args() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        published: { type: 'string' },
        publisher: { type: 'string' },
        author: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new DossierError(`${(error as Error).message}\n${USAGE}`);
  }
}
