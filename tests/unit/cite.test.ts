import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationsFor, loadCitationJs, type CiteInput } from '../../src/lib/cite/citations.ts';
import { cslName } from '../../src/lib/cite/names.ts';
import { ROOT } from './helpers.ts';

// Some inputs below (quotation marks, markup, other scripts) go to citation-js.
await loadCitationJs();

const SLUG = '2024-08-27-irans-khamenei-opens-door-to-direct-talks-with-the-us';
const ORIGINAL = 'https://news.antiwar.com/2024/08/27/irans-khamenei-opens-door-to-direct-talks-with-the-us';
const PAGE = `https://dossier.example.org/articles/${SLUG}/`;

/** The seed article the product was commissioned with. */
const SEED: CiteInput = {
  title: 'Iran’s Khamenei Opens Door to Direct Talks With the US',
  authors: ['Dave DeCamp'],
  publisher: 'Antiwar.com',
  published: '2024-08-27',
  originalUrl: ORIGINAL,
  pageUrl: PAGE,
  siteTitle: 'Dossier: Iran–US relations',
  id: SLUG,
};

const TITLE = SEED.title;

/** RIS as tag → values, read line by line the way reference managers do. */
function risTags(ris: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of ris.split('\n').filter(Boolean)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    expect(match, `not a RIS line: ${JSON.stringify(line)}`).not.toBeNull();
    tags.set(match![1]!, [...(tags.get(match![1]!) ?? []), match![2]!]);
  }
  return tags;
}

/** Every `{` has its `}` (ignoring escaped braces): BibTeX fails on anything else. */
function balancedBraces(bibtex: string): boolean {
  let depth = 0;
  for (const ch of bibtex.replace(/\\[{}]/g, '')) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('citationsFor: the seed article (author, date, original address)', () => {
  const c = citationsFor(SEED);

  it('APA 7: the newspaper article, then the annotated copy', () => {
    expect(c.apa).toBe(
      `DeCamp, D. (2024, August 27). ${TITLE}. Antiwar.com. ${ORIGINAL} Annotated copy in Dossier: Iran–US relations. ${PAGE}`,
    );
  });

  it('MLA 9: day month year, abbreviated month, no access date', () => {
    expect(c.mla).toBe(
      `DeCamp, Dave. “Iran’s Khamenei Opens Door to Direct Talks With the US.” Antiwar.com, 27 Aug. 2024, ${ORIGINAL}. Annotated copy in Dossier: Iran–US relations, ${PAGE}.`,
    );
  });

  it('Chicago author-date: year after the author, full date after the newspaper', () => {
    expect(c.chicago).toBe(
      `DeCamp, Dave. 2024. “Iran’s Khamenei Opens Door to Direct Talks With the US.” Antiwar.com, August 27, 2024. ${ORIGINAL}. Annotated copy in Dossier: Iran–US relations. ${PAGE}.`,
    );
  });

  it('BibTeX: @article keyed by the slug, url = the original, note = the Dossier page', () => {
    expect(c.bibtex).toMatch(new RegExp(`^@article\\{${SLUG},\\n`));
    expect(c.bibtex).toContain('\tauthor = {DeCamp, Dave},\n');
    expect(c.bibtex).toContain('\tjournal = {Antiwar.com},\n');
    expect(c.bibtex).toContain('\tyear = {2024},\n');
    expect(c.bibtex).toContain(`\turl = {${ORIGINAL}},\n`);
    expect(c.bibtex).toContain(`\tnote = {Annotated copy in Dossier: Iran--US relations: ${PAGE}},\n`);
    expect(balancedBraces(c.bibtex)).toBe(true);
  });

  it('BibTeX parses back with citation-js to the same record', () => {
    const [item] = new Cite(c.bibtex).data;
    expect(item!['title']).toBe(TITLE);
    expect(item!['author']).toEqual([{ family: 'DeCamp', given: 'Dave' }]);
    expect(item!['issued']).toEqual({ 'date-parts': [[2024, 8, 27]] });
    expect(item!['URL']).toBe(ORIGINAL);
    expect(item!['container-title']).toBe('Antiwar.com');
    expect(item!['note']).toBe(`Annotated copy in Dossier: Iran–US relations: ${PAGE}`);
  });

  it('RIS: TY NEWS with TI, AU, T2, PY, DA, UR (the original) and N1 (the Dossier page), ended by ER', () => {
    const tags = risTags(c.ris);
    expect(c.ris.startsWith('TY  - NEWS\n')).toBe(true);
    expect(c.ris.endsWith('ER  - \n')).toBe(true);
    expect(tags.get('TI')).toEqual([TITLE]);
    expect(tags.get('AU')).toEqual(['DeCamp, Dave']);
    expect(tags.get('T2')).toEqual(['Antiwar.com']);
    expect(tags.get('PY')).toEqual(['2024']);
    expect(tags.get('DA')).toEqual(['2024/08/27/']);
    expect(tags.get('UR')).toEqual([ORIGINAL]);
    expect(tags.get('N1')).toEqual([`Annotated copy in Dossier: Iran–US relations: ${PAGE}`]);
    expect(tags.get('ID')).toEqual([SLUG]);
  });

  it('RIS keeps every value on one line, so long addresses survive import', () => {
    const [item] = new Cite(c.ris).data;
    expect(item!['title']).toBe(TITLE);
    expect(item!['URL']).toBe(ORIGINAL);
    expect(item!['note']).toBe(`Annotated copy in Dossier: Iran–US relations: ${PAGE}`);
  });

  it('plain text: no HTML in any format', () => {
    for (const text of Object.values(c)) expect(text).not.toMatch(/<\/?(?:span|i|b|div|a)\b/);
  });
});

describe('citationsFor: missing facts', () => {
  it('no author: APA and MLA start with the title, Chicago with the newspaper; BibTeX and RIS name no one', () => {
    const c = citationsFor({ ...SEED, authors: [] });
    expect(c.apa).toBe(`${TITLE}. (2024, August 27). Antiwar.com. ${ORIGINAL} Annotated copy in Dossier: Iran–US relations. ${PAGE}`);
    expect(c.mla.startsWith(`“${TITLE}.” Antiwar.com, 27 Aug. 2024, `)).toBe(true);
    expect(c.chicago.startsWith(`Antiwar.com. 2024. “${TITLE}.” August 27, 2024. ${ORIGINAL}.`)).toBe(true);
    expect(c.bibtex).not.toContain('author =');
    expect(risTags(c.ris).has('AU')).toBe(false);
  });

  it('an agency credit stays whole, never "Reuters, R."', () => {
    const c = citationsFor({ ...SEED, authors: ['Reuters'] });
    expect(c.apa.startsWith('Reuters. (2024, August 27).')).toBe(true);
    expect(c.mla.startsWith('Reuters. “')).toBe(true);
    expect(c.bibtex).toContain('author = {{Reuters}}');
    expect(risTags(c.ris).get('AU')).toEqual(['Reuters']);
  });

  it('no date: APA and Chicago say "n.d.", MLA leaves the date out; no "Retrieved" without a date to give', () => {
    const c = citationsFor({ ...SEED, published: null });
    expect(c.apa).toBe(`DeCamp, D. (n.d.). ${TITLE}. Antiwar.com. ${ORIGINAL} Annotated copy in Dossier: Iran–US relations. ${PAGE}`);
    expect(c.mla).toBe(`DeCamp, Dave. “${TITLE}.” Antiwar.com, ${ORIGINAL}. Annotated copy in Dossier: Iran–US relations, ${PAGE}.`);
    expect(c.chicago.startsWith(`DeCamp, Dave. n.d. “${TITLE}.” Antiwar.com. ${ORIGINAL}.`)).toBe(true);
    expect(c.bibtex).not.toMatch(/year =|month =/);
    const tags = risTags(c.ris);
    expect(tags.has('PY') || tags.has('DA')).toBe(false);
  });

  it('no original address: the styles end at the publisher; BibTeX and RIS point at the Dossier page', () => {
    const c = citationsFor({ ...SEED, originalUrl: null });
    for (const text of [c.apa, c.mla, c.chicago, c.bibtex, c.ris]) expect(text).not.toContain('news.antiwar.com');
    expect(c.apa).toBe(`DeCamp, D. (2024, August 27). ${TITLE}. Antiwar.com. Annotated copy in Dossier: Iran–US relations. ${PAGE}`);
    expect(c.mla).toContain('Antiwar.com, 27 Aug. 2024. Annotated copy in');
    expect(c.bibtex).toContain(`\turl = {${PAGE}},\n`);
    expect(risTags(c.ris).get('UR')).toEqual([PAGE]);
  });

  it('nothing but a title: every format still cites the Dossier page', () => {
    const c = citationsFor({ ...SEED, authors: [], publisher: null, published: null, originalUrl: null });
    expect(c.apa).toBe(`${TITLE}. (n.d.). Annotated copy in Dossier: Iran–US relations. ${PAGE}`);
    expect(c.mla).toBe(`“${TITLE}.” Annotated copy in Dossier: Iran–US relations, ${PAGE}.`);
    expect(c.chicago).toBe(`“${TITLE}.” n.d. Annotated copy in Dossier: Iran–US relations. ${PAGE}.`);
    expect(new Cite(c.bibtex).data[0]!['title']).toBe(TITLE);
    expect(risTags(c.ris).get('UR')).toEqual([PAGE]);
  });

  it('the second seed (Financial Times, no author, no address): MLA and Chicago title-case the headline', () => {
    const c = citationsFor({
      ...SEED,
      title: 'Iran’s supreme leader rules out direct talks with US',
      authors: [],
      publisher: 'Financial Times',
      published: '2025-08-24',
      originalUrl: null,
      id: '2025-08-24-irans-supreme-leader-rules-out-direct-talks-with-us',
    });
    expect(c.apa.startsWith('Iran’s supreme leader rules out direct talks with US. (2025, August 24). Financial Times.')).toBe(true);
    expect(c.mla.startsWith('“Iran’s Supreme Leader Rules out Direct Talks with US.” Financial Times, 24 Aug. 2025.')).toBe(true);
    expect(c.chicago.startsWith('Financial Times. 2025. “Iran’s Supreme Leader Rules out Direct Talks with US.” August 24, 2025.')).toBe(true);
  });
});

describe('citationsFor: one paragraph', () => {
  const c = citationsFor({ ...SEED, paragraph: 3, pageUrl: `${PAGE}#p-3` });

  it('each style names the paragraph its own way and links to its anchor', () => {
    expect(c.apa.endsWith(`Annotated copy in Dossier: Iran–US relations, para. 3. ${PAGE}#p-3`)).toBe(true);
    expect(c.mla.endsWith(`Annotated copy in Dossier: Iran–US relations, par. 3, ${PAGE}#p-3.`)).toBe(true);
    expect(c.chicago.endsWith(`Annotated copy in Dossier: Iran–US relations, para. 3. ${PAGE}#p-3.`)).toBe(true);
  });

  it('BibTeX and RIS get their own key and the paragraph in the note', () => {
    expect(c.bibtex.startsWith(`@article{${SLUG}-p3,`)).toBe(true);
    expect(new Cite(c.bibtex).data[0]!['note']).toBe(`Annotated copy in Dossier: Iran–US relations, paragraph 3: ${PAGE}#p-3`);
    const tags = risTags(c.ris);
    expect(tags.get('ID')).toEqual([`${SLUG}-p3`]);
    expect(tags.get('N1')).toEqual([`Annotated copy in Dossier: Iran–US relations, paragraph 3: ${PAGE}#p-3`]);
    expect(tags.get('UR')).toEqual([ORIGINAL]);
  });

  it('refuses a paragraph that cannot exist', () => {
    expect(() => citationsFor({ ...SEED, paragraph: 0 })).toThrow(/paragraph/);
    expect(() => citationsFor({ ...SEED, paragraph: 2.5 })).toThrow(/paragraph/);
  });
});

describe('citationsFor: determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the same input gives the same text, whatever was cited in between', () => {
    const first = citationsFor(SEED);
    citationsFor({ ...SEED, authors: ['Jane Roe', 'John Doe'], id: 'other', title: 'Other' });
    expect(citationsFor(SEED)).toEqual(first);
  });

  it('does not depend on the day of the build', () => {
    const today = citationsFor(SEED);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
    expect(citationsFor(SEED)).toEqual(today);
    for (const text of Object.values(today)) expect(text).not.toMatch(/Retrieved|Accessed|urldate|Y2 {2}-/);
  });
});

describe('citationsFor: titles with special characters', () => {
  const TRICKY = 'Iran’s {Khamenei} & 100% "quoted" <script>alert(1)</script> \\ _x_ $5 #1 on X.com';
  const c = citationsFor({ ...SEED, title: TRICKY });

  it('BibTeX escapes them, keeps its braces balanced, and reads back to the same title', () => {
    const title = /\ttitle = \{(.*)\},\n/.exec(c.bibtex)![1]!;
    expect(title).toContain('\\&');
    expect(title).toContain('\\%');
    expect(title).toContain('\\textbraceleft{}');
    expect(title).not.toContain('<script>');
    expect(balancedBraces(c.bibtex)).toBe(true);
    expect(new Cite(c.bibtex).data[0]!['title']).toBe(TRICKY);
  });

  it('the text styles print them as written (HTML escaping is the page’s job), with typographic quotes', () => {
    expect(c.apa).toContain('Iran’s {Khamenei} & 100% “quoted” <script>alert(1)</script> \\ _x_ $5 #1 on X.com.');
    // MLA and Chicago title-case the headline but keep the web address as written.
    expect(c.mla).toContain('on X.com.”');
    expect(c.chicago).toContain('on X.com.”');
  });

  it('RIS carries the title unchanged', () => {
    expect(risTags(c.ris).get('TI')).toEqual([TRICKY]);
    expect(new Cite(c.ris).data[0]!['title']).toBe(TRICKY);
  });

  it('a headline quoting a formatting tag keeps it', () => {
    expect(citationsFor({ ...SEED, title: 'Why <i> is not <em>' }).apa).toContain('Why <i> is not <em>.');
  });

  it('a line break in a field does not break a RIS line or a BibTeX field', () => {
    const broken = citationsFor({ ...SEED, title: 'Line one\nline two', publisher: 'Antiwar.com\n' });
    expect(risTags(broken.ris).get('TI')).toEqual(['Line one line two']);
    expect(new Cite(broken.bibtex).data[0]!['title']).toBe('Line one line two');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => citationsFor({ ...SEED, published: '27 August 2024' })).toThrow(/YYYY-MM-DD/);
    expect(() => citationsFor({ ...SEED, published: '2024-02-30' })).toThrow(/no day 30/);
  });
});

describe('cslName', () => {
  it.each([
    ['Dave DeCamp', { given: 'Dave', family: 'DeCamp' }],
    ['Mohammad Javad Zarif', { given: 'Mohammad Javad', family: 'Zarif' }],
    ['Ursula von der Leyen', { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }],
    ['Jean-Yves Le Drian', { given: 'Jean-Yves', family: 'Le Drian' }],
    ['Samar Al-Gamal', { given: 'Samar', family: 'Al-Gamal' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Martin Luther King, Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['DeCamp, Dave', { given: 'Dave', family: 'DeCamp' }],
    ['  Dave   DeCamp ', { given: 'Dave', family: 'DeCamp' }],
  ])('%s is a person', (raw, expected) => {
    expect(cslName(raw)).toEqual(expected);
  });

  it.each(['Reuters', 'AFP', 'Al Jazeera Staff', 'Associated Press', 'IRNA News Agency', 'The Times of Israel', 'Reuters, AFP', 'Tehran Times'])(
    '%s stays literal',
    (raw) => {
      expect(cslName(raw)).toEqual({ literal: raw });
    },
  );

  it('a credit equal to the publisher is the publisher', () => {
    expect(cslName('Middle East Eye', 'Middle East Eye')).toEqual({ literal: 'Middle East Eye' });
  });
});

describe('our CSL styles (MLA 9, Chicago author-date)', () => {
  it.each(['mla-9.csl', 'chicago-author-date.csl'])('%s is a well-formed CSL 1.0 style with the required parts', (file) => {
    const xml = readFileSync(join(ROOT, 'src', 'lib', 'cite', 'styles', file), 'utf8');
    const { DOMParser } = parseHTML('<!doctype html><html></html>');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const style = doc.documentElement;
    expect(style.localName).toBe('style');
    expect(style.getAttribute('xmlns')).toBe('http://purl.org/net/xbiblio/csl');
    expect(style.getAttribute('version')).toBe('1.0');
    for (const selector of ['info > title', 'info > id', 'info > updated', 'citation > layout', 'bibliography > layout']) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('MLA abbreviates months as MLA 9 does: Sept., but June and July in full', () => {
    const on = (published: string) => citationsFor({ ...SEED, published }).mla;
    expect(on('2024-09-03')).toContain('Antiwar.com, 3 Sept. 2024,');
    expect(on('2024-06-05')).toContain('Antiwar.com, 5 June 2024,');
    expect(on('2024-07-05')).toContain('Antiwar.com, 5 July 2024,');
    expect(on('2024-02-05')).toContain('Antiwar.com, 5 Feb. 2024,');
    expect(on('2024-05-05')).toContain('Antiwar.com, 5 May 2024,');
  });

  it('two authors: APA with an ampersand, MLA and Chicago with "and"', () => {
    const c = citationsFor({ ...SEED, authors: ['Dave DeCamp', 'Jane Roe'] });
    expect(c.apa.startsWith('DeCamp, D., & Roe, J. (2024, August 27).')).toBe(true);
    expect(c.mla.startsWith('DeCamp, Dave, and Jane Roe. “')).toBe(true);
    expect(c.chicago.startsWith('DeCamp, Dave, and Jane Roe. 2024. “')).toBe(true);
    expect(risTagsOf(c.ris, 'AU')).toEqual(['DeCamp, Dave', 'Roe, Jane']);
  });
});

function risTagsOf(ris: string, tag: string): string[] {
  return risTags(ris).get(tag) ?? [];
}
