import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DossierError, isUserError } from '../../src/lib/errors.ts';

/**
 * Runs a command's main function with the error policy every Dossier command
 * shares: a mistake in the user's input prints as `file:line: what — fix`,
 * with no stack trace unless --verbose was given, and exits 1.
 */
export async function runCli(main: (verbose: boolean) => Promise<void> | void): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  try {
    await main(verbose);
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ReportedError) return;
    if (isUserError(error)) {
      console.error(`\nerror: ${error instanceof DossierError ? error.format() : error.message}`);
      if (verbose) console.error(error.stack);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nerror: ${message}`);
    if (verbose) console.error(error instanceof Error ? error.stack : error);
    else console.error('  (run again with --verbose for the details)');
  }
}

/** A failure whose message was already printed (by a stage's own process, see child-stage.ts): only the exit code is left to give. */
export class ReportedError extends Error {}

/** node:util's parser, with unknown options turned into a readable error. */
export function options<T extends ParseArgsConfig['options']>(spec: T, usage: string) {
  try {
    return parseArgs({ options: { ...spec, verbose: { type: 'boolean' } }, allowPositionals: false, strict: true });
  } catch (error) {
    throw new DossierError(`${(error as Error).message}\n${usage}`);
  }
}

/** The site's public address, as the build configures Astro (see astro.config.mjs). */
export function siteAddress(): { site: string; base: string; title: string } {
  const title = process.env.DOSSIER_TITLE ?? 'Dossier';
  const subject = process.env.DOSSIER_SUBJECT ?? 'Iran–US relations';
  return { site: process.env.DOSSIER_SITE || 'https://dossier.example.org', base: process.env.DOSSIER_BASE || '/', title: `${title}: ${subject}` };
}
