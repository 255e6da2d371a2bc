// Property-based tests of the parser, cleaner, matcher and Markdown writer on
// random and hostile text (tests/fuzz/). A few dozen cases each here, so that
// `npm test` stays quick; `npm run fuzz` runs the same properties at length.
import { describe, it } from 'vitest';
import { PROPERTIES } from '../fuzz/properties.ts';

describe('fuzzing', () => {
  for (const property of PROPERTIES) {
    it(property.name, () => {
      const outcome = property.run({ numRuns: property.quickRuns });
      if (outcome.failed) throw new Error(`${outcome.report}\nreplay: npm run fuzz -- --only "${property.name}" --seed ${outcome.seed} --path "${outcome.path}"`);
    });
  }
});
