// npm run fuzz [-- --runs 10000 --seed N --only <name> --path <path>]: the
// property-based tests of tests/fuzz/ at length. Prints each property's cases
// per second, and for a failure the shrunk counterexample with the seed and
// path that replay it; exits 1 when any property fails.
import { DossierError } from '../src/lib/errors.ts';
import { PROPERTIES } from '../tests/fuzz/properties.ts';
import { options, runCli } from './lib/cli.ts';

const USAGE = 'usage: npm run fuzz -- [--runs 10000] [--seed <integer>] [--only <part of a property name>] [--path <path from a failure>]';

await runCli(() => {
  const { values } = options(
    { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, only: { type: 'string' }, path: { type: 'string' } },
    USAGE,
  );
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new DossierError(`--runs must be a positive whole number, not "${values.runs}"\n${USAGE}`);
  // One seed for the whole run, printed first, so any run can be repeated exactly.
  const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new DossierError(`--seed must be an integer, not "${values.seed}"\n${USAGE}`);
  const chosen = PROPERTIES.filter((p) => values.only === undefined || p.name.toLowerCase().includes(values.only.toLowerCase()));
  if (chosen.length === 0) throw new DossierError(`no property name contains "${values.only}"`, { hint: `choose from:\n    ${PROPERTIES.map((p) => p.name).join('\n    ')}` });
  if (values.path !== undefined && chosen.length > 1) throw new DossierError('--path replays one property: add --only <its name>');

  console.log(`fuzz: ${chosen.length} properties, ${values.path ? `replaying path ${values.path}` : `${runs} cases each`}, seed ${seed}`);
  let failures = 0;
  let cases = 0;
  const start = performance.now();
  for (const property of chosen) {
    const t = performance.now();
    const outcome = property.run({ numRuns: runs, seed, path: values.path });
    const seconds = (performance.now() - t) / 1000;
    cases += outcome.numRuns;
    const rate = `${outcome.numRuns} cases in ${seconds.toFixed(1)} s (${Math.round(outcome.numRuns / seconds)} cases/s)`;
    if (!outcome.failed) {
      console.log(`  ok    ${property.name}: ${rate}`);
      continue;
    }
    failures += 1;
    console.log(`  FAIL  ${property.name}: after ${rate}`);
    console.log(indent(outcome.report ?? ''));
    console.log(`  replay: npm run fuzz -- --only "${property.name}" --seed ${outcome.seed} --path "${outcome.path}"\n`);
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)} cases/s), ${failures} of ${chosen.length} properties failed`);
  if (failures > 0) process.exitCode = 1;
});

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n');
}
