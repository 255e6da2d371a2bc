import fc from 'fast-check';
import type { Paragraph, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { linkMentions, type Link } from '../../src/lib/write/link-mentions.ts';
import { articleMarkdown, type BodyParagraph } from '../../src/lib/write/markdown.ts';
import { plainParagraph } from '../../src/lib/write/plain-markdown.ts';

// articleMarkdown writes plain paragraphs itself and serialises the rest one
// by one. These tests hold its body to what mdast-util-to-markdown makes of
// the whole body as one tree, which is the definition.

function bySerialiser(paragraphs: BodyParagraph[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map(({ text, links }) => {
      const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }] };
      linkMentions(node, links);
      return node;
    }),
  };
  return toMarkdown(tree, { bullet: '-', emphasis: '_', fences: true, resourceLink: true });
}

const bodyOf = (paragraphs: BodyParagraph[]) => articleMarkdown({ title: 'T' }, paragraphs, 'seeds/x.txt').split('---\n\n').slice(1).join('---\n\n');

/** Compares the two; returns how many paragraphs took the plain path. */
function same(paragraphs: BodyParagraph[]): number {
  expect(bodyOf(paragraphs), JSON.stringify(paragraphs)).toBe(bySerialiser(paragraphs));
  return paragraphs.filter((p) => plainParagraph(p.text, p.links) !== undefined).length;
}

/** Links on every occurrence of the given words. */
function linked(text: string, words: string[], href = '../../actors/x/'): BodyParagraph {
  const links: Link[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) links.push({ start: at, end: at + word.length, href });
  }
  return { text, links };
}

// Every ASCII punctuation mark, and the whitespace and typographic characters news text carries.
const SPECIAL = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', ' ', '\t', '\n', '\r', '\u00a0', '“', '”', '‘', '’', '—', '–', '…', '€', '£', '1', '12', 'é', 'İ', '🙂'];

describe('plain Markdown paragraphs: the same text as mdast-util-to-markdown', () => {
  it('for every special character at the start, middle and end of a paragraph, and beside a link', () => {
    let plain = 0;
    let total = 0;
    for (const c of SPECIAL) {
      for (const text of [`${c}Iran said`, `Iran ${c} said`, `Iran said${c}`, `Iran${c}said`, `${c}`, `Tehran said Iran${c} talks`, `Talks${c}Iran${c}`, `${c}Iran`, `1${c} Iran`, `2015${c}Iran`]) {
        plain += same([linked(text, ['Iran'])]);
        plain += same([{ text, links: [] }]);
        plain += same([linked(`Iran met.`, ['Iran']), linked(text, ['Iran']), { text: 'After.', links: [] }]);
        total += 5;
      }
    }
    // Most of these need the serialiser; the plain path must still have taken a good share.
    expect(plain).toBeGreaterThan(total / 4);
  });

  it('for links at the edges, side by side, nested, overlapping and out of range, and unusual addresses', () => {
    const text = 'Iran’s foreign minister Abbas Araghchi met US envoy Steve Witkoff.';
    const cases: Link[][] = [
      [{ start: 0, end: 4, href: '../../actors/iran/' }],
      [{ start: 0, end: 23, href: '../../actors/araghchi/' }, { start: 0, end: 4, href: '../../actors/iran/' }],
      [{ start: 24, end: 38, href: '/actors/araghchi/' }, { start: 43, end: 45, href: '/actors/us/' }],
      [{ start: 60, end: 66, href: 'x' }, { start: 62, end: 70, href: 'y' }],
      [{ start: 0, end: 200, href: 'x' }],
      [{ start: 5, end: 5, href: 'x' }],
      [{ start: 0, end: 4, href: 'https://example.org/iran' }],
      [{ start: 0, end: 4, href: '../../actors/a b/' }],
      [{ start: 0, end: 4, href: '../../actors/a(b)/' }],
      [{ start: 0, end: 4, href: '' }],
      [{ start: 0, end: 4, href: '/x/', title: 'Iran' }],
      [{ start: 53, end: 66, href: '/a/' }, { start: 66, end: 67, href: '/b/' }],
    ];
    let plain = 0;
    for (const links of cases) plain += same([{ text, links }]);
    expect(plain).toBeGreaterThanOrEqual(4);
  });

  it('for an empty body and empty paragraphs', () => {
    same([]);
    same([{ text: '', links: [] }]);
    same([{ text: 'A.', links: [] }, { text: '', links: [] }, { text: 'B.', links: [] }]);
  });

  it('for random paragraphs of news-like and Markdown-like text with random links', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('Iran', ' ', ' ', 'said', 'the', 'U.S.', '60%', '(AP)', 'Araghchi', '2024', '’s') },
      { weight: 1, arbitrary: fc.constantFrom(...SPECIAL, '1.', '- ', '# ', '> ', '<b>', '&amp;', '**', '__', '[x](y)', '\\', '~~~', '---', '    ', ')', ' 3) ') },
    );
    const paragraph = fc
      .array(piece, { minLength: 1, maxLength: 14 })
      .map((parts) => parts.join(''))
      .chain((text) =>
        fc
          .array(fc.tuple(fc.nat(text.length), fc.nat(12), fc.constantFrom('../../actors/iran/', '/a/b-c/', 'x.y', 'a b', '<x>', 'u(1)')), { maxLength: 4 })
          .map((spans) => ({ text, links: spans.map(([start, n, href]) => ({ start, end: Math.min(text.length, start + n), href })) })),
      );
    let plain = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        plain += same(paragraphs);
      }),
      { numRuns: 3000, seed: 7 },
    );
    // The generator is built to make both kinds; if the plain path never runs this test proves nothing.
    expect(plain).toBeGreaterThan(300);
  });

  it('for news-like paragraphs built from words and the punctuation of wire copy', () => {
    const word = fc.constantFrom('Iran', 'Tehran', 'said', 'on', 'Tuesday', 'the', 'talks', '“we', 'will', 'not”', 'U.S.', 'Araghchi,', '(IAEA)', '60%', '$5', 'co-operate', 'it’s', 'O’Brien', '2025.', 'said:', 'Iran’s', '—', '…', 'e.g.', 'No.', '#1', 'A&B', 'wow!', 'x_y', '*');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => linked(words.join(' '), ['Iran', 'Araghchi', 'Tehran']));
    let plain = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        plain += same(paragraphs);
      }),
      { numRuns: 2000, seed: 11 },
    );
    expect(plain).toBeGreaterThan(1000);
  });
});
