import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLt } from '../../src/site/script-json.ts';

// The offline index is escaped as bytes; the definition is the string replace it stands for.
const byString = (text: string) => text.replace(/</g, '\\u003c');
const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('escapeLt', () => {
  it('writes every "<" as \\u003c and leaves everything else, multi-byte characters included', () => {
    for (const text of ['', '<', '<<', 'a<b', '</script><!--', 'Iran’s “talks” <b>€</b> 🙂<', 'no angle brackets: Iran’s']) {
      expect(Buffer.from(escapeLt(bytes(JSON.stringify(text)))).toString('utf8')).toBe(byString(JSON.stringify(text)));
    }
  });
  it('gives the same text as the string replace for random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', 'a', '’', '€', '🙂', '"', '\\', '/', 's', '\n') }), (text) => {
        const json = JSON.stringify({ text });
        expect(Buffer.from(escapeLt(bytes(json))).toString('utf8')).toBe(byString(json));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
