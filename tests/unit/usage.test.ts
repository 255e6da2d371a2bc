// Every command answers --help with its usage and exit 0, and a wrong option
// or argument with what is wrong, the usage and exit 1, never a stack trace:
// the benchmarks included, which run outside the commands' shared error policy.
import { describe, expect, it } from 'vitest';
import { runScript } from './helpers.ts';

const COMMANDS: [script: string, usage: RegExp][] = [
  ['build.ts', /^usage: npm run build -- /],
  ['annotate.ts', /^usage: npm run annotate -- /],
  ['search.ts', /^usage: npm run search -- /],
  ['bench/build.ts', /^usage: npm run bench -- /],
  ['bench/generate.ts', /^usage: npm run bench:generate -- /],
  ['bench/incremental.ts', /^usage: npm run bench:incremental -- /],
  ['bench/search.ts', /^usage: npm run bench:search -- /],
  ['bench/report.ts', /^usage: npm run bench:report -- /],
  ['name-lexicon.ts', /^usage: npm run lexicon /],
  ['test.ts', /^usage: npm test /],
];

const STACK = /^\s+at /m;

describe('command lines', () => {
  it.each(COMMANDS)('%s --help prints its usage and exits 0', (script, usage) => {
    const run = runScript(script, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(usage);
    expect(run.stderr).toBe('');
  });

  it.each(COMMANDS.filter(([script]) => script !== 'bench/report.ts'))('%s names an unknown option, with its usage, and exits 1', (script, usage) => {
    const run = runScript(script, ['--no-such-option']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: Unknown option '--no-such-option'/);
    expect(run.stderr.split('\n').some((line) => usage.test(line))).toBe(true);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('a benchmark given numbers it cannot use says so before it starts', () => {
    const run = runScript('bench/build.ts', ['--sizes', 'ten']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: --sizes takes whole numbers/);
    expect(run.stdout).toBe('');
  });

  it('the benchmark report names a results file it cannot read or use', () => {
    const missing = runScript('bench/report.ts', ['no-such-results.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: no-such-results\.json: cannot be read \(ENOENT\)/);
    const wrong = runScript('bench/report.ts', ['package.json']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^error: package\.json: not a results file of npm run bench/);
    expect(wrong.stderr).not.toMatch(STACK);
  });

  it('a query after -- may itself look like --help', () => {
    const run = runScript('search.ts', ['--dist', 'no-such-dist', '--', '--help']);
    expect(run.stdout).not.toMatch(/^usage:/);
    expect(run.code).toBe(1);
  });
});
