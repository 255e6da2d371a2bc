/**
 * Random and hostile input for the property-based tests (tests/unit/fuzz.test.ts)
 * and the long fuzz run (scripts/fuzz.ts). Pure random strings rarely look like
 * an article, so most arbitraries mix three sources: characters that have
 * broken text pipelines before, snippets of markup and furniture, and plain
 * news words with registered names, so that parsing succeeds often enough for
 * the later stages to be exercised too.
 */
import fc from 'fast-check';
import { entitySchema, type Entity } from '../../src/lib/schema/entity.ts';
import { REGISTERED_NAMES } from './registry.ts';

/** Single characters (some are pairs or sequences) that text pipelines get wrong. */
export const SPECIAL_CHARS: readonly string[] = [
  '\u202E', '\u202D', '\u200F', '\u200E', '\u061C', '\u2066', '\u2069', // bidi controls, RTL override
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width and soft hyphen
  '\u00A0', '\u2028', '\u2029', '\u0085', '\u3000', '\u2009', '\u180E', // odd spaces and line separators
  '\u0301', '\u0308', '\u0336', // combining marks
  '😀', '👩‍👩‍👧', '🇮🇷', '🏳️‍🌈', '\u{1D400}', '\u{10FFFF}', // astral code points and ZWJ sequences
  'İ', 'ß', 'ﬁ', 'Σ', 'ǅ', // case mappings that change length
  'ا', 'ش', 'ה', '中', // scripts without case
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001B', '\u007F', '\u0080', '\u009D', '\uFFFE', '\uFFFF', '\uFFFD',
  '\t', '\r', '\n', '\r\n', '\v', '\f',
];

/** Characters with a meaning in Markdown, HTML, YAML or regular expressions. */
export const MARKUP_CHARS: readonly string[] = [...'<>&"\'`*_[]()!#\\~|-=+:{}$%^@;,./?'];

/** Whole pieces of markup, attacks and furniture, as an author or a paste might leave them. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<script>alert(1)</script>', '</script><script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
  '[x](javascript:alert(1))', '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '<javascript:alert(1)>',
  '<https://evil.example/>', 'https://evil.example/x', 'www.evil.example', 'mail@evil.example',
  '&lt;script&gt;', '&amp;', '&#x3C;', '&#60;', '&nbsp;', '&unknown;', '&#0;', '&#xD800;',
  '---', '***', '___', '===', '- item', '* item', '+ item', '1. item', '1) item', '# Heading', '###### Six', '#hashtag',
  '> quote', '    indented code', '```js', '~~~', '<!-- comment -->', '<![CDATA[x]]>', '<?php echo 1; ?>', '<div>', '</p>',
  '[ref]: https://evil.example/', '[ref]', '[x][ref]', '[^1]', '\\', 'trailing backslash\\', '| a | b |', '|---|---|',
  'title: pwned', 'dek: "pwned"', '- file: a.txt', '%YAML 1.2', '...', '? key', '{{ x }}', '${x}', '{x}', '<%= x %>',
  '*emphasis*', '_under_', '**strong**', '`code`', '~~strike~~', 'a  b', 'x\\*y', '\\[not a link\\]', '[](<>)', '<>',
];

/** Lines publishers print around a story, so the cleaner's rules all fire now and then. */
export const FURNITURE_LINES: readonly string[] = [
  'By Jane Roe', 'Author: Dave DeCamp', 'Samar Al-Gamal , Tuesday 9 Sep 2025', 'ADVERTISEMENT', 'Share', 'TT',
  'Unlock the Editor’s Digest for free', 'Roula Khalaf selects her favourite stories', 'Continue Reading', 'Read more: other news',
  '© 2025 Reuters. All rights reserved.', '2 min read', 'Published Apr 26, 2025 05:51 am', 'IRAN WORSHIP.jpg', '* * *', '-',
  '(Reporting by Jane Roe; Editing by John Doe)', 'People walk past a mural in Tehran on Monday. (AP)', 'A handout picture shows the minister.',
  'Jane Roe is a correspondent for the paper.', 'Follow her on X', 'Background',
  'WASHINGTON (Reuters) - Talks between the two governments will resume next week, officials said.',
  'MUSCAT, Oman (AP) — The envoys met on Saturday for a third round of indirect talks.',
  'Dubai (AFP) - Officials in the Gulf said the ships would sail on Monday morning.',
];

const NEWS_WORDS = `the a of in on and to said officials talks minister on Monday week government
  sanctions nuclear deal envoy president meeting foreign ministry statement press his her their
  after before during would could not new former top diplomat supreme leader's Iran's US-led
  Mark Carney Ottawa Embassy Museum of Art Mr Smith Ms Jones Dr Who UNESCO NATO IRGC Reuters AP`.split(/\s+/);

/** One UTF-16 code unit of any value: lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** Any code point (surrogates come out lone). fast-check's own `unit: 'binary'` takes seconds to set up. */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));

/** A unit of garbled text: any code point, any code unit, or one of the troublemakers. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: codePoint },
  { weight: 1, arbitrary: codeUnit },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP_CHARS) },
);

/** Garbled text with no structure at all. */
export const garbledText: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 400 });

/** A long line (10–100 k characters) made of a repeated piece: the kind of line that finds slow regexes. */
export const hugeLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS, ...NEWS_WORDS, ...REGISTERED_NAMES, '(', 'A ', 'Aa Bb ', '. ', ' '), fc.string({ unit: hostileUnit, minLength: 1, maxLength: 6 })), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([piece, length]) => (piece + ' ').repeat(Math.ceil(length / (piece.length + 1))).slice(0, length));

/** Office titles of the fuzz registry, so that "Iran’s foreign minister" turns up as a role mention. */
const ROLE_PHRASES = ['foreign minister', 'top diplomat', 'former foreign minister', 'new top diplomat', 'Foreign Minister'];

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ROLE_PHRASES) },
  { weight: 4, arbitrary: fc.constantFrom(...REGISTERED_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: hostileUnit, minLength: 1, maxLength: 8 }) },
);

/** Between words: a space most of the time, sometimes punctuation, possessives or nothing. */
const joiner = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '’s ', "'s ", '. ', ' — ', '-', '', '  ', ' "', '" ', ' (', ') ');

/** Sentence-ish prose: news words, registered names and hostile pieces. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, joiner), { minLength: 1, maxLength: 30 })
  .chain((parts) => fc.constantFrom('.', '', '?', '!', ':', '.”').map((end) => parts.map(([w, j]) => w + j).join('').trimEnd() + end));

/** One line of a seed: mostly prose, then furniture, markup, garbage and the odd huge line. */
export const seedLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: prose },
  { weight: 3, arbitrary: fc.constantFrom(...FURNITURE_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
  { weight: 2, arbitrary: fc.string({ unit: hostileUnit, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant('\t  \u00A0') },
);

const lineBreak = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\r\n\r\n', '\r\n', '\n\n\n', '\n \t\n', '\r\r', '\n\r\n');

/**
 * A whole seed: headline, lines and line breaks of every kind, sometimes a
 * BOM, rarely a huge line (`huge` weights it; the long run can afford more).
 */
export function seedText(huge = 1): fc.Arbitrary<string> {
  const line = fc.oneof({ weight: 200, arbitrary: seedLine }, { weight: huge, arbitrary: hugeLine });
  return fc
    .record({
      bom: fc.boolean(),
      headline: fc.oneof({ weight: 4, arbitrary: prose }, { weight: 1, arbitrary: seedLine }),
      lines: fc.array(fc.tuple(lineBreak, line), { minLength: 0, maxLength: 14 }),
      end: fc.constantFrom('', '\n', '\r\n', '\n\n'),
    })
    .map(({ bom, headline, lines, end }) => `${bom ? '\uFEFF' : ''}${headline}${lines.map(([br, l]) => br + l).join('')}${end}`);
}

/** Any input the parser could be handed: structured seeds, garbage, and seeds with garbage spliced in. */
export function anyText(huge = 1): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: seedText(huge) },
    { weight: 2, arbitrary: garbledText },
    { weight: 2, arbitrary: fc.tuple(seedText(huge), garbledText, fc.nat()).map(([seed, junk, at]) => seed.slice(0, at % (seed.length + 1)) + junk + seed.slice(at % (seed.length + 1))) },
  );
}

/** Bytes of a seed file: encoded text, text with bytes corrupted or spliced in, and raw bytes. */
export function seedBytes(huge = 1): fc.Arbitrary<Uint8Array> {
  const encoded = anyText(huge).map((t) => new TextEncoder().encode(t));
  const corrupted = fc
    .tuple(encoded, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }))
    .map(([bytes, edits]) => {
      const out = Uint8Array.from(bytes);
      for (const [at, value] of edits) if (out.length > 0) out[at % out.length] = value;
      return out;
    });
  return fc.oneof({ weight: 6, arbitrary: encoded }, { weight: 2, arbitrary: corrupted }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) });
}

/** Text as the pipeline hands it to the writer: one line, trimmed, no NUL (decodeSeed refuses NUL bytes). */
const blockUnit = hostileUnit.filter((c) => !/[\r\n\0]/.test(c));

/** Entity ids as the registry and discovery make them (lowercase words joined by single hyphens). */
export const entityIdArb: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);

export type WrittenLink = { start: number; end: number; id: string };
export type WrittenParagraph = { text: string; links: WrittenLink[] };

/**
 * A body paragraph for the Markdown writer: segments of hostile text, some of
 * them links, joined and trimmed as the parser trims a block. Offsets are in
 * the trimmed text; a link left empty by the trim is dropped.
 */
export const writtenParagraph: fc.Arbitrary<WrittenParagraph> = fc
  .array(
    fc.record({
      text: fc.oneof(fc.string({ unit: blockUnit, minLength: 1, maxLength: 12 }), fc.constantFrom(...HOSTILE_SNIPPETS, ...REGISTERED_NAMES)),
      link: fc.option(entityIdArb, { freq: 3 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((segments) => {
    const raw = segments.map((s) => s.text.replace(/[\r\n\0]/g, ' ')).join('');
    const text = raw.trim();
    const cut = raw.length - raw.trimStart().length;
    const links: WrittenLink[] = [];
    let at = 0;
    for (const segment of segments) {
      const start = Math.max(0, at - cut);
      const end = Math.min(text.length, at + segment.text.length - cut);
      if (segment.link !== null && end > start) links.push({ start, end, id: segment.link });
      at += segment.text.length;
    }
    return { text, links };
  })
  .filter((p) => p.text.length > 0);

/** Any string at all, for values that only ever pass through YAML: newlines, `---`, NUL and lone surrogates included. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: hostileUnit, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_SNIPPETS, ...SPECIAL_CHARS, '\n---\n', '\n'), { maxLength: 6 }).map((xs) => xs.join('')) },
);

const yamlValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: anyString.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: anyString },
  { weight: 2, arbitrary: fc.constantFrom('null', '~', '', '12', '2025-06-01', '"2025-02-30"', '[a, b]', '{a: 1}', '&anchor x', '*anchor', '!!binary x', '|', '>-') },
  { weight: 3, arbitrary: fc.constantFrom('javascript:alert(1)', '"JavaScript:alert(1)"', 'data:text/html,<script>alert(1)</script>', 'https://evil.example/"><script>', 'http://', 'https://example.org/a b', '//evil.example/', 'mailto:a@b', 'https://example.org/') },
);

/** A sources.yaml: entries with known and unknown keys and hostile values, between lines of garbage. */
export const manifestText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .tuple(
            fc.oneof(fc.constant('a.txt'), yamlValue),
            fc.array(fc.tuple(fc.constantFrom('publisher', 'url', 'url', 'url', 'published', 'author', 'slug', 'former_slugs', 'note', 'file'), yamlValue), { maxLength: 5 }),
          )
          .map(([file, fields]) => [`- file: ${file}`, ...fields.map(([k, v]) => `  ${k}: ${v}`)].join('\n')),
      },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
      { weight: 1, arbitrary: fc.string({ unit: hostileUnit, maxLength: 30 }) },
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.join('\n'));

const nameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...REGISTERED_NAMES, ...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: hostileUnit, minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NEWS_WORDS), fc.constantFrom(...HOSTILE_SNIPPETS, ...SPECIAL_CHARS)).map(([w, x]) => `${w} ${x}`) },
);

/** A random registry (names and aliases of any text) and paragraphs that use its names among hostile pieces. */
export const registryAndText: fc.Arbitrary<{ entities: Entity[]; paragraphs: string[] }> = fc
  .array(fc.record({ name: nameArb, aliases: fc.array(nameArb, { maxLength: 3 }) }), { minLength: 1, maxLength: 5 })
  .map((list) => list.map(({ name, aliases }, i) => entitySchema.parse({ id: `e${i}`, name, type: 'organization', aliases, description: 'fuzz entity' })))
  .chain((entities) => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...names) }, { weight: 2, arbitrary: word });
    const paragraph = fc.array(fc.tuple(piece, joiner), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, j]) => w + j).join('').trim()).filter((p) => p.length > 0);
    return fc.record({ entities: fc.constant(entities), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }) });
  });
