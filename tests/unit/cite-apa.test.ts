import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CiteInput } from '../../src/lib/cite/citations.ts';
import { cslItem, styledItem, unprotect } from '../../src/lib/cite/csl-item.ts';
import { Cite, STYLES } from '../../src/lib/cite/engine.ts';

// Dossier cites with its own APA style (src/lib/cite/styles/apa-7.csl) because
// the one citation-js bundles takes citeproc half a second to build. These
// tests hold ours to the bundled one, the CSL project's APA 7, for every shape
// of news article the pipeline can give it.

const BASE: CiteInput = { title: 'T', authors: [], publisher: null, published: null, originalUrl: null, pageUrl: 'https://dossier.example.org/articles/x/', siteTitle: 'Dossier', id: 'x' };

function formatted(input: Partial<CiteInput>, template: string): string {
  const item = styledItem(cslItem({ ...BASE, ...input }));
  return unprotect(new Cite(item).format('bibliography', { format: 'text', template }) as string).trim();
}

/** The CSL project's APA, less the bare "Retrieved" it prints before the address of an undated page: Dossier gives no retrieval date. */
function reference(input: Partial<CiteInput>): string {
  const text = formatted(input, 'apa');
  return input.originalUrl && !input.published ? text.replace(`Retrieved ${input.originalUrl}`, input.originalUrl) : text;
}

const NAMES = ['Dave DeCamp', 'Jane Roe', 'Ursula von der Leyen', 'Jean-Pierre Dupont', 'Martin Luther King Jr.', 'Reuters', 'Al Jazeera Staff', 'Mary-Kate O’Brien', 'A. B. Smith', 'Daniel De Souza', 'DeCamp, Dave', 'IRNA'];
const TITLES = ['Iran’s Khamenei Opens Door to Direct Talks With the US', 'Will talks resume?', 'Sanctions bite!', 'Talks with the U.S.', '“Quoted” headline', 'Trump: ‘We will see’', 'Why <i> is not <em> & 100% on X.com', 'lower-case headline', 'Wait...'];

describe('APA 7: Dossier’s style gives the text of the CSL project’s APA', () => {
  it('for every mix of authors, date precision, newspaper and address', () => {
    let compared = 0;
    for (const title of TITLES) {
      for (const published of ['2024-08-27', '2025-01', '2023', null]) {
        for (const publisher of ['Antiwar.com', 'Financial Times', null]) {
          for (const originalUrl of ['https://news.example.org/a?b=c', null]) {
            for (let k = 0; k < 4; k++) {
              const input = { title, authors: NAMES.slice(k * 3, k * 3 + k), publisher, published, originalUrl };
              expect(formatted(input, STYLES.apa), JSON.stringify(input)).toBe(reference(input));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(TITLES.length * 4 * 3 * 2 * 4);
  });

  it('names all of up to 20 authors, and from 21 the first 19, an ellipsis and the last', () => {
    for (const count of [1, 2, 3, 19, 20, 21, 25]) {
      const input = { title: 'Many hands', authors: Array.from({ length: count }, (_, i) => `Jane ${String.fromCharCode(65 + i)}ardley`), publisher: 'P', published: '2024-01-02', originalUrl: 'https://p.example/' };
      const text = formatted(input, STYLES.apa);
      expect(text).toBe(reference(input));
      expect(text.includes('…'), text).toBe(count >= 21);
      expect(text.startsWith('Aardley, J.'), text).toBe(true);
    }
  });

  it('for any headline, bylines and newspaper name', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.option(text), fc.constantFrom('2024-05-06', '2024-05', null), (title, authors, publisher, published) => {
        const input = { title, authors, publisher, published, originalUrl: 'https://x.example/' };
        expect(formatted(input, STYLES.apa)).toBe(reference(input));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
