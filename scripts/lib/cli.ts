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

/** `--help` or `-h` among the options (before a `--` that ends them): the command prints its usage and exits 0. */
export function exitOnHelp(usage: string, args = process.argv.slice(2)): void {
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(usage);
    process.exit(0);
  }
}

/**
 * node:util's parser for a command that runs outside runCli (the
 * benchmarks): --help prints the usage, and a wrong option prints what is
 * wrong and the usage, and exits 1, instead of a stack trace.
 */
export function commandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  exitOnHelp(usage);
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
}

/** node:util's parser, with unknown options turned into a readable error; --help prints the usage. */
export function options<T extends ParseArgsConfig['options']>(spec: T, usage: string) {
  exitOnHelp(usage);
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
