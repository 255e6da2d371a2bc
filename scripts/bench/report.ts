// npm run bench:report -- <results.json> [more.json …]: prints the tables
// of one or more `npm run bench` result files together (e.g. a long 10,000
// run made separately from the 100 and 1,000 runs). Later files win per size.
import { readFileSync } from 'node:fs';
import { exitOnHelp } from '../lib/cli.ts';
import { report, type SizeResult } from './lib/build-report.ts';

const USAGE = 'usage: npm run bench:report -- <results.json> [more.json …]';
exitOnHelp(USAGE);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(`error: no results file given\n${USAGE}`);
  process.exit(1);
}
const bySize = new Map<number, SizeResult>();
let runs = 0;
type Results = { options: { runs: number }; machine: Record<string, unknown>; sizes: SizeResult[] };

/** A results file, or a message that names it and exits 1. */
function readResults(file: string): Results {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const results = JSON.parse(text) as Partial<Results>;
    if (typeof results.options?.runs === 'number' && Array.isArray(results.sizes)) return results as Results;
  } catch {
    // Not JSON: said below.
  }
  return fail(`${file}: not a results file of npm run bench`);
}

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(1);
}

for (const file of files) {
  const results = readResults(file);
  console.log(`${file}: ${JSON.stringify(results.machine)}; ${JSON.stringify(results.options)}`);
  runs = Math.max(runs, results.options.runs);
  for (const s of results.sizes) bySize.set(s.size, s);
}
console.log(`\n${report([...bySize.values()].sort((a, b) => a.size - b.size), runs)}`);
