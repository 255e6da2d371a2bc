// Reading one seed, apart from the rest of load.ts (the manifest, and the
// YAML and schema code it needs), so that the threads that read seeds
// (seed-threads.ts) load only what parsing one takes.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type ParsedArticle } from '../clean/article.ts';
import { DossierError, DossierErrors } from '../errors.ts';
import { decodeSeed, MAX_SEED_BYTES } from '../read/seed-text.ts';
import { sameTextKey } from '../parse/normalize.ts';
import type { Memo } from '../memo.ts';
import { articleSlug } from '../slug.ts';

/** A seed read: its parse, the problems that stopped it, or a bug (an error that is not a DossierError). */
export type SeedRead = { parsed: ParsedSeed } | { problems: DossierError[] } | { bug: Error };
export type ParsedSeed = { parsed: ParsedArticle; textKey: string; slug: string };

/** Reads, decodes and parses one seed, through the memo; problems come back, bugs too, rather than thrown. */
export function readSafely(dir: string, name: string, path: string, memo: Memo): SeedRead {
  try {
    if (statSync(join(dir, name)).size > MAX_SEED_BYTES) {
      decodeSeed(new Uint8Array(MAX_SEED_BYTES + 1), path);
    }
    const text = decodeSeed(readFileSync(join(dir, name)), path);
    return { parsed: memo(['seed', path, text], () => ({ value: parseSeed(text, path, name), keep: true })) };
  } catch (error) {
    if (error instanceof DossierError || error instanceof DossierErrors) return { problems: problemsOf(error) };
    return { bug: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The user's problems in an error: a DossierError, or each of a DossierErrors; anything else is a bug and is thrown. */
export function problemsOf(error: unknown): DossierError[] {
  if (error instanceof DossierErrors) return error.errors;
  if (error instanceof DossierError) return [error];
  throw error;
}

/** A seed parsed, with the key that tells the same story saved twice (see duplicates in load.ts) and the slug its headline gives. */
function parseSeed(text: string, path: string, name: string): ParsedSeed {
  const parsed = parseArticle(text, path);
  const textKey = createHash('sha256')
    .update(parsed.paragraphs.map((p) => sameTextKey(p.text)).join('\n'))
    .digest('hex');
  return { parsed, textKey, slug: articleSlug(parsed.headline, name) };
}

/** What a thread (seed-threads.ts) sends back for one seed: errors as plain data, since their classes do not cross threads. */
export type SentRead =
  | { parsed: ParsedSeed }
  | { problems: { message: string; file?: string | undefined; line?: number | undefined; hint?: string | undefined }[] }
  | { bug: { message: string; stack?: string | undefined } };

export function sendable(read: SeedRead): SentRead {
  if ('parsed' in read) return read;
  if ('problems' in read) return { problems: read.problems.map((p) => ({ message: p.message, file: p.file, line: p.line, hint: p.hint })) };
  return { bug: { message: read.bug.message, stack: read.bug.stack } };
}

/** A read as a thread sent it, with its errors made errors again: sendable's inverse. */
export function revived(sent: SentRead): SeedRead {
  if ('parsed' in sent) return sent;
  if ('problems' in sent) return { problems: sent.problems.map((p) => new DossierError(p.message, p)) };
  const bug = new Error(sent.bug.message);
  if (sent.bug.stack) bug.stack = sent.bug.stack;
  return { bug };
}
