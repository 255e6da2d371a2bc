import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as citationJs from '../../src/lib/cite/citation-js-formats.ts';
import { citationsFor, needsCitationJs, type Citations, type CiteInput } from '../../src/lib/cite/citations.ts';
import { cslItem } from '../../src/lib/cite/csl-item.ts';
import { dossierLine } from '../../src/lib/cite/dossier-line.ts';
import { tidyInput } from '../../src/lib/cite/input.ts';
import { titleCase } from '../../src/lib/cite/title-case.ts';

// Dossier formats most citations itself (src/lib/cite/plain-*.ts) and hands
// the rest to citation-js. These tests hold the two to the same text, for
// every format, over every shape of input the plain formatters accept.

const BASE = { pageUrl: 'https://dossier.example.org/articles/x-y/', siteTitle: 'Dossier: Iran–US relations', id: 'x-y' };

/** What citation-js makes of the input, with the same Dossier lines. */
function byCitationJs(raw: CiteInput): Citations {
  const input = tidyInput(raw);
  const item = cslItem(input);
  const refs = citationJs.references(item);
  return {
    apa: `${refs.apa} ${dossierLine('apa', input)}`,
    mla: `${refs.mla} ${dossierLine('mla', input)}`,
    chicago: `${refs.chicago} ${dossierLine('chicago', input)}`,
    bibtex: citationJs.bibtex(item, input),
    ris: citationJs.ris(item, input),
  };
}

/** Compares the two when the plain formatters take the input; returns whether they did. */
function samePlain(input: CiteInput): boolean {
  if (needsCitationJs(input)) return false;
  expect(citationsFor(input), JSON.stringify(input)).toEqual(byCitationJs(input));
  return true;
}

const NAMES = ['Dave DeCamp', 'Jane Roe', 'Ursula von der Leyen', 'Jean-Pierre Dupont', 'Martin Luther King Jr.', 'Reuters', 'Al Jazeera Staff', 'Mary-Kate O’Brien', "Mary O'Brien", 'A. B. Smith', 'Daniel De Souza', 'DeCamp, Dave', 'IRNA', 'AT&T News', 'Tom and Jerry Desk'];
const TITLES = [
  'Iran’s Khamenei Opens Door to Direct Talks With the US',
  "Iran's Khamenei opens door",
  'Will talks resume?',
  'Sanctions bite!',
  'Talks with the U.S.',
  'the end of an era: what comes next',
  'e-commerce in the over-the-top era of iPhone',
  'Iran & US: a war of words over 60% enrichment',
  'What is it for',
  'Trump/Putin talks on Iran — a step (update)',
  'Iran, US agree on talks; Oman to host',
  'Antiwar.com says no to $5 and #1',
  'vi and vs in a title, to',
];

describe('plain citations: the same text as citation-js', () => {
  it('for every mix of headline, authors, date precision, newspaper, address and paragraph', () => {
    let plain = 0;
    for (const title of TITLES) {
      for (const published of ['2024-08-27', '2025-01', '2023', null]) {
        for (const publisher of ['Antiwar.com', 'Axios Media Inc.', null]) {
          for (const originalUrl of ['https://news.example.org/a?b=c&d=e', null]) {
            for (let k = 0; k < 5; k++) {
              const authors = NAMES.slice(k * 3, k * 3 + k);
              const paragraph = k % 2 ? { paragraph: 3 + k } : {};
              if (samePlain({ ...BASE, title, authors, publisher, published, originalUrl, ...paragraph })) plain++;
            }
          }
        }
      }
    }
    // Every one of these is plain: the comparison ran for all of them.
    expect(plain).toBe(TITLES.length * 4 * 3 * 2 * 5);
  });

  it('names every author up to APA’s 20, Chicago’s 10 and MLA’s 2, and shortens beyond', () => {
    for (const count of [1, 2, 3, 7, 10, 11, 19, 20, 21, 25]) {
      const authors = Array.from({ length: count }, (_, i) => `Jane ${String.fromCharCode(65 + i)}ardley`);
      expect(samePlain({ ...BASE, title: 'Many hands', authors, publisher: 'P', published: '2024-01-02', originalUrl: 'https://p.example/' })).toBe(true);
    }
  });

  it('for headlines built from news words, stop words, abbreviations and punctuation', () => {
    const word = fc.constantFrom('Iran', 'iran', 'talks', 'the', 'of', 'a', 'to', 'US', 'U.S.', 'over', 'e', 'v', 'vs', 'vi', 'and', 'Iran’s', "Iran's", 'don’t', 'X.com', '60%', '2025', 'Über', 'élan', 'c', 'de', 'von', 'I', 'AT&T', '#1', '$5', 'x+y', 'UN-backed', 'mRNA', 'through');
    const gap = fc.constantFrom(' ', ' ', ' ', '-', ': ', ', ', '; ', '? ', '! ', ' — ', ' – ', '/', ' (', ') ', '. ', '—', ':', '(', ')');
    const headline = fc
      .tuple(word, fc.array(fc.tuple(gap, word), { maxLength: 8 }), fc.constantFrom('', '?', '!', '.', ')'))
      .map(([first, rest, end]) => first + rest.map(([g, w]) => g + w).join('') + end);
    let plain = 0;
    fc.assert(
      fc.property(
        headline,
        fc.array(fc.constantFrom(...NAMES, 'José Núñez'), { maxLength: 4 }),
        fc.option(fc.constantFrom('Antiwar.com', 'Reuters', 'The Times', 'Le Monde')),
        fc.constantFrom('2024-05-06', '2024-05', '2024', null),
        fc.option(fc.constant('https://x.example/a?b=1&c=2')),
        (title, authors, publisher, published, originalUrl) => {
          if (samePlain({ ...BASE, title, authors, publisher, published, originalUrl })) plain++;
        },
      ),
      { numRuns: 800, seed: 20261205 },
    );
    // Most of these are plain, accented letters included; the rest (punctuation
    // that citeproc-js moves, as in "U.S.!") go to citation-js.
    expect(plain).toBeGreaterThan(650);
  });

  it('for any string of letters, digits and punctuation it accepts', () => {
    const chars = fc.oneof(
      { arbitrary: fc.constantFrom(...'aAeEiIvVcCéÉñøßŁİığÅæ0123456789  '.split('')), weight: 6 },
      { arbitrary: fc.constantFrom(...'.-–—/,;:?!()%&$#\'’"“<>[]{}_~'.split('')), weight: 1 },
    );
    const text = fc.array(chars, { minLength: 1, maxLength: 24 }).map((a) => a.join(''));
    let plain = 0;
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.option(text), (title, authors, publisher) => {
        if (samePlain({ ...BASE, title, authors, publisher, published: '2024-03-04', originalUrl: 'https://x.example/' })) plain++;
      }),
      { numRuns: 1500, seed: 20261206 },
    );
    // Many random strings are not plain, but over a hundred are, and those were compared.
    expect(plain).toBeGreaterThan(100);
  });
});

describe('plain citations: what goes to citation-js', () => {
  const seed: CiteInput = { ...BASE, title: 'Iran’s Khamenei Opens Door to Direct Talks With the US', authors: ['Dave DeCamp'], publisher: 'Antiwar.com', published: '2024-08-27', originalUrl: 'https://news.antiwar.com/a' };

  it('the seed article is formatted without citation-js', () => {
    expect(needsCitationJs(seed)).toBe(false);
    expect(citationsFor(seed).mla).toMatch(/^DeCamp, Dave\. “Iran’s Khamenei Opens Door to Direct Talks With the US\.” Antiwar\.com, 27 Aug\. 2024,/);
  });

  it('accented names, headlines and newspapers are formatted without it, as it would', () => {
    for (const change of [
      { authors: ['José Núñez'] },
      { authors: ['Recep Tayyip Erdoğan', 'Anna Łukasiewicz', 'Søren Åberg'] },
      { authors: ['Ilkay İnan', 'Ægir Þórsson'] },
      { publisher: 'Le Monde diplomatique — édition' },
      { publisher: 'Süddeutsche Zeitung' },
      { title: 'Séjourné weighs Midnight Hammer despite Erdoğan' },
      { title: 'Straße to Tehran: Østergaard and Ćosić on the façade' },
    ]) {
      expect(samePlain({ ...seed, ...change }), JSON.stringify(change)).toBe(true);
    }
    expect(citationsFor({ ...seed, authors: ['José Núñez'] }).bibtex).toContain("author = {N{\\' u}{\\~ n}ez, Jos{\\' e}}");
  });

  it('quotation marks, markup and other scripts are left to citation-js', () => {
    for (const change of [
      { title: 'Trump says Iran "must stop"' },
      { title: 'Araghchi: ‘We are ready’' },
      { title: 'Why <i> matters' },
      { title: 'Wait...' },
      { title: 'ایران و آمریکا' },
      { authors: ['Jane <b>Roe</b>'] },
    ]) {
      expect(needsCitationJs({ ...seed, ...change }), JSON.stringify(change)).toBe(true);
    }
  });

  it('without citation-js loaded, such an article is refused with its headline named', () => {
    expect(() => citationsFor({ ...seed, title: 'Trump says Iran "must stop"' })).toThrow(/Trump says Iran "must stop".*loadCitationJs/);
  });
});

describe('titleCase: citeproc-js’s title case', () => {
  it('capitalises all but stop words, and the first and last word and the word after a colon', () => {
    expect(titleCase('the end of an era: what comes next')).toBe('The End of an Era: What Comes Next');
    expect(titleCase('what is it for')).toBe('What Is It For');
  });

  it('leaves words with capitals, abbreviations and web addresses as written', () => {
    expect(titleCase('talks with the U.S. on iPhone sales')).toBe('Talks with the U.S. on iPhone Sales');
    expect(titleCase('antiwar.com says no')).toBe('antiwar.com Says No');
  });
});
