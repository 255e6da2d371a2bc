// npm run bench:report -- <results.json> [more.json …]: prints the tables
// of one or more `npm run bench` result files together (e.g. a long 10,000
// run made separately from the 100 and 1,000 runs). Later files win per size.
import { readFileSync } from 'node:fs';
import { report, type SizeResult } from './lib/build-report.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run bench:report -- <results.json> [more.json …]');
  process.exit(1);
}
const bySize = new Map<number, SizeResult>();
let runs = 0;
for (const file of files) {
  const results = JSON.parse(readFileSync(file, 'utf8')) as { options: { runs: number }; machine: Record<string, unknown>; sizes: SizeResult[] };
  console.log(`${file}: ${JSON.stringify(results.machine)}; ${JSON.stringify(results.options)}`);
  runs = Math.max(runs, results.options.runs);
  for (const s of results.sizes) bySize.set(s.size, s);
}
console.log(`\n${report([...bySize.values()].sort((a, b) => a.size - b.size), runs)}`);
