import { addDays, addMonths, compareDays, formatDay, formatMonth, isRealDay, monthNumber, MONTH_NAMES, weekday, WEEKDAY_NAMES, type Ymd } from './dates-calendar.ts';
import type { Tense } from './dates-sentence.ts';

export type Precision = 'day' | 'month' | 'year';
export type Resolved = { date: string; precision: Precision };

/**
 * A date phrase in a text. `value` is null when the phrase is a date but the
 * text does not say which one without guessing ("next Tuesday", "October 7"
 * with no publication date, "Friday prayers"): it still claims its span, so
 * that no shorter rule reads part of it.
 */
export type Found = { start: number; end: number; value: Resolved | null };

export type RuleContext = {
  text: string;
  published: Ymd | null;
  /** Tense of the clause around [start, end) of the text. */
  tense: (start: number, end: number) => Tense;
};

type Groups = Record<string, string | undefined>;
/**
 * `needs`: regexes that every text the rule matches in also matches. They
 * are tested first, once per text for all the rules that share them: each
 * rule's regex opens with a lookbehind, which makes scanning a text with no
 * date in it slower than looking for a month's name.
 */
type Rule = { re: RegExp; needs: RegExp[]; resolve: (g: Groups, start: number, end: number, ctx: RuleContext) => Resolved | null };

// Month and weekday names are matched case-sensitively: "may" and "march" are verbs.
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const FULL_MONTH = `(?:${MONTH_NAMES.join('|')})`;
const MONTH = `(?<month>${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)${R}`;
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const LEADING_WEEKDAY = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;
const DAY = `(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?${R}`;
const YEAR = `(?<year>1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)`;
/** Not a range ("June 13-24"), a decimal, a time ("5:30"), a percentage or a compound ("12-day"). */
const NOT_MORE_NUMBER = '(?!\\s*[-–]\\s*\\d|[.,:]\\d|\\s*%|\\s*per\\s*cent|-\\p{L})';
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const MONTH_LEAD = ['in', 'since', 'by', 'until', 'till', 'through', 'before', 'after', 'during', 'from', 'early', 'late', 'end of', 'start of', 'beginning of', 'middle of'];

/** A month and day named as an event ("the Oct. 7 attack"), whose year the text does not give. */
const NAMED_EVENT_AFTER = /^\s+(?:attacks?|massacre|assault|raids?|invasion|war|uprising|revolution|coup|bombings?)\b/u;
/** "Good Friday", "Black Friday", "Friday prayers": a weekday that is not a date. */
const WEEKDAY_NOT_DATE_BEFORE = /(?:Good|Black|Holy|Ash|Easter|Maundy|Cyber|Bloody|Super|Palm|Giving|Shrove|Fat)\s+$/u;
const WEEKDAY_NOT_DATE_AFTER = /^(?:['’]s)?\s+(?:prayers?|sermons?|services?|[Mm]ass|[Mm]osque|[Tt]imes|editions?)\b/u;
/** "the last year", "over the past month": a span of time, not the calendar unit. */
const SPAN_BEFORE = /(?:\bthe|\bpast)\s+$/iu;

const day = (y: number, m: number, d: number): Resolved | null => (isRealDay({ y, m, d }) ? { date: formatDay({ y, m, d }), precision: 'day' } : null);
const month = (y: number, m: number): Resolved => ({ date: formatMonth(y, m), precision: 'month' });
const year = (y: number): Resolved => ({ date: String(y), precision: 'year' });

/**
 * A month and day with no year: the publication year if that day is on or
 * before publication; a later day is this year's when the clause speaks of
 * the present or future ("talks will resume on October 18", "October 18 is
 * the deadline", "by October 18"), otherwise last year's (a past-tense
 * report of "October 18" in an August article is last October). A weekday written with it ("Friday, April 25") settles the year
 * when only one of the two candidate years fits it, and rules the phrase out
 * when neither does.
 */
function monthDay(g: Groups, start: number, end: number, ctx: RuleContext): Resolved | null {
  const p = ctx.published;
  const m = monthNumber(g['month']!);
  const d = Number(g['day']);
  if (!p || !m || NAMED_EVENT_AFTER.test(ctx.text.slice(end))) return null;
  const onOrBefore = compareDays({ y: p.y, m, d }, p) <= 0;
  const y = onOrBefore || !pastClause(start, end, ctx) ? p.y : p.y - 1;
  const wd = g['wd'];
  if (!wd) return day(y, m, d);
  const wanted = WEEKDAY_NAMES.indexOf(wd);
  const fits = [y, y === p.y ? p.y - 1 : p.y].filter((cy) => isRealDay({ y: cy, m, d }) && weekday({ y: cy, m, d }) === wanted);
  return fits.length > 0 ? day(fits[0]!, m, d) : null;
}

/** Past tense, and not a deadline: "by October 18" looks ahead whatever the verb. */
function pastClause(start: number, end: number, ctx: RuleContext): boolean {
  return ctx.tense(start, end) === 'past' && !/\b[Bb]y\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$/u.test(ctx.text.slice(Math.max(0, start - 20), start));
}

/** A month with no year: as monthDay, by month ("in June" in a July article is this June). */
function bareMonth(g: Groups, start: number, end: number, ctx: RuleContext): Resolved | null {
  const p = ctx.published;
  const m = monthNumber(g['month']!);
  if (!p || !m) return null;
  return month(m <= p.m || !pastClause(start, end, ctx) ? p.y : p.y - 1, m);
}

/**
 * A weekday: in a past or present clause, the latest such day on or before
 * publication (the publication day is "today"); "last Tuesday" the latest
 * strictly before. In a future clause, the first such day after publication,
 * unless publication fell on that weekday (today or next week?). Left out:
 * "this" and "next Tuesday" (writers use both for either week), and "he said
 * he would meet them on Thursday" (the Thursday after the saying, which may
 * be before or after publication).
 */
function weekdayRule(g: Groups, start: number, end: number, ctx: RuleContext): Resolved | null {
  const p = ctx.published;
  const text = ctx.text;
  if (!p || WEEKDAY_NOT_DATE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || WEEKDAY_NOT_DATE_AFTER.test(text.slice(end))) return null;
  const modifier = g['mod']?.toLowerCase();
  if (modifier === 'this' || modifier === 'next') return null;
  const wanted = WEEKDAY_NAMES.indexOf(g['wd']!);
  const today = weekday(p);
  const tense = modifier === 'last' ? 'past' : ctx.tense(start, end);
  if (tense === 'reported-future') return null;
  let offset: number;
  if (modifier === 'last') offset = -((today - wanted + 7) % 7 || 7);
  else if (tense !== 'future') offset = -((today - wanted + 7) % 7);
  else {
    offset = (wanted - today + 7) % 7;
    if (offset === 0) return null;
  }
  const target = addDays(p, offset);
  return day(target.y, target.m, target.d);
}

const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Every month's name and abbreviation begins with its first three letters, written as MONTH matches them.
const HAS_MONTH = new RegExp(MONTH_NAMES.map((m) => m.slice(0, 3)).join('|'), 'u');
const HAS_WEEKDAY = new RegExp(WEEKDAY_NAMES.join('|'), 'u');
const HAS_DIGIT = /\d/u;
// The words without their first letter, which the rule takes in either case.
const HAS_RELATIVE_DAY = new RegExp(Object.keys(RELATIVE_DAYS).map((w) => w.slice(1)).join('|'), 'u');

const RULES: Rule[] = [
  {
    // 2025-08-24
    re: new RegExp(`${L}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\p{N}-])`, 'gu'),
    needs: [HAS_DIGIT],
    resolve: (g) => day(Number(g['y']), Number(g['m']), Number(g['d'])),
  },
  {
    // September 24, 2024 · Tuesday, Sept. 24 2024
    re: new RegExp(`${L}${LEADING_WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'gu'),
    needs: [HAS_MONTH, HAS_DIGIT],
    resolve: (g) => day(Number(g['year']), monthNumber(g['month']!)!, Number(g['day'])),
  },
  {
    // 24 September 2024 · 21 June, 2025 · Tuesday 9 Sep 2025 · the 24th of September 2024
    re: new RegExp(`${L}${LEADING_WEEKDAY}(?:the\\s+)?(?<![\\p{N}.,])${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}`, 'gu'),
    needs: [HAS_MONTH, HAS_DIGIT],
    resolve: (g) => day(Number(g['year']), monthNumber(g['month']!)!, Number(g['day'])),
  },
  {
    // June 2025 · Sept. 2024
    re: new RegExp(`${L}${MONTH},?\\s+${YEAR}`, 'gu'),
    needs: [HAS_MONTH, HAS_DIGIT],
    resolve: (g) => month(Number(g['year']), monthNumber(g['month']!)!),
  },
  {
    // October 18 · Oct. 18th · Friday, April 25
    re: new RegExp(`${L}${LEADING_WEEKDAY}${MONTH}\\s+${DAY}${NOT_MORE_NUMBER}`, 'gu'),
    needs: [HAS_MONTH, HAS_DIGIT],
    resolve: monthDay,
  },
  {
    // 18 October · the 18th of October (not the "24 June" of "13-24 June")
    re: new RegExp(`${L}${LEADING_WEEKDAY}(?:the\\s+)?(?<![\\p{N}.,]|\\d\\s*[-–]\\s*)${DAY}(?:\\s+of)?\\s+${MONTH}`, 'gu'),
    needs: [HAS_MONTH, HAS_DIGIT],
    resolve: monthDay,
  },
  {
    // in June · since early March · mid-June (a bare month needs a word that makes it a time)
    re: new RegExp(`(?<=${L}(?:${MONTH_LEAD.map(cap).join('|')})\\s+|${L}[Mm]id-)(?<month>${FULL_MONTH})${R}(?!\\s*\\d)`, 'gu'),
    needs: [HAS_MONTH],
    resolve: bareMonth,
  },
  {
    // Tuesday · on Friday night · last Tuesday · early Monday
    re: new RegExp(`${L}(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?${R}`, 'gu'),
    needs: [HAS_WEEKDAY],
    resolve: weekdayRule,
  },
  {
    re: new RegExp(`${L}(?<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)${R}`, 'gu'),
    needs: [HAS_RELATIVE_DAY],
    resolve: (g, _s, _e, ctx) => {
      if (!ctx.published) return null;
      const t = addDays(ctx.published, RELATIVE_DAYS[g['rel']!.toLowerCase()]!);
      return day(t.y, t.m, t.d);
    },
  },
  {
    // last month · earlier this year · next month
    re: new RegExp(`${L}(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<unit>month|year)${R}`, 'gu'),
    needs: [/month|year/u],
    resolve: (g, start, _e, ctx) => {
      const p = ctx.published;
      if (!p || SPAN_BEFORE.test(ctx.text.slice(Math.max(0, start - 8), start))) return null;
      const shift = { last: -1, this: 0, next: 1 }[g['rel']!.toLowerCase() as 'last' | 'this' | 'next'];
      if (g['unit'] === 'year') return year(p.y + shift);
      const t = addMonths(p.y, p.m, shift);
      return month(t.y, t.m);
    },
  },
  {
    // two days ago · a year ago (weeks and months ago are too loose to date)
    re: new RegExp(`${L}(?<n>${Object.keys(COUNTS).map(cap).join('|')}|\\d{1,2})\\s+(?<unit>days?|years?)\\s+ago${R}`, 'gu'),
    needs: [/ago/u],
    resolve: (g, _s, _e, ctx) => {
      const p = ctx.published;
      const n = COUNTS[g['n']!.toLowerCase()] ?? Number(g['n']);
      if (!p || !(n > 0)) return null;
      if (g['unit']!.startsWith('year')) return year(p.y - n);
      const t = addDays(p, -n);
      return day(t.y, t.m, t.d);
    },
  },
];

/** Every date phrase the rules find in `text`, overlapping ones included; see findYears for bare years. */
export function findDatePhrases(ctx: RuleContext, gated = true): Found[] {
  const found: Found[] = [];
  const tested = new Map<RegExp, boolean>();
  const has = (re: RegExp) => tested.get(re) ?? tested.set(re, re.test(ctx.text)).get(re)!;
  for (const rule of RULES) {
    // Ungated only to test that the gates change nothing.
    if (gated && !rule.needs.every(has)) continue;
    for (const m of ctx.text.matchAll(rule.re)) {
      const end = m.index + m[0].length;
      found.push({ start: m.index, end, value: rule.resolve(m.groups ?? {}, m.index, end, ctx) });
    }
  }
  return [...found, ...findYears(ctx.text)];
}

const YEAR_TOKEN = /(?<![\p{L}\p{N}$€£#.,/-]|mid-)(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d|\s*%|\s*[-–/]\s*\d)|(?<=[Mm]id-)(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;
/** Words after which a four-digit number is a year: "in 2018", "since 2018", "the summer of 2018", "mid-2018". */
const YEAR_LEAD = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'before', 'after', 'during', 'of', 'from', 'between', 'early', 'late', 'mid', 'around', 'circa', 'year']);
/** Words after which it is a year only as a modifier: "the 2015 nuclear deal", "Iran's 2009 election". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** A plural after "the 2000 …" is a count ("the 2000 centrifuges") except for these event nouns. */
const EVENT_PLURALS = new Set(['elections', 'protests', 'talks', 'negotiations', 'sanctions', 'strikes', 'attacks', 'polls', 'riots', 'games', 'olympics', 'accords', 'hostilities']);
/** After "of", "by" or "around", a plural makes it a count: "a crowd of 2000 people", "rose by 1500 units". */
const COUNT_LEADS = new Set(['of', 'by', 'around', 'from']);
/** Plural nouns that do not end in s. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff']);
/** Words ending in s that are not plural nouns: "the summer of 2018 was hot". */
const NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'his', 'its', 'this', 'thus', 'does', 'goes', 'plus', 'whereas']);

/**
 * Four-digit numbers from 1800 to 2099 read as years only where the words
 * around them say so: after a preposition of time, as a modifier after a
 * determiner or possessive ("the 2015 nuclear deal" names a year, so it is an
 * event of precision year), or as the second year of "between 2018 and 2020".
 * A bare "2000" elsewhere is more likely a count. Newspapers write counts of
 * a thousand and more with a comma ("1,000"), which never matches.
 */
export function findYears(text: string): Found[] {
  const out: Found[] = [];
  let lastYearEnd = -1;
  for (const m of text.matchAll(YEAR_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const prev = /(\p{L}+(?:['’]s)?)\s+$/u.exec(before)?.[1] ?? (/[Mm]id-$/.test(before) ? 'mid' : '');
    const lead = prev.toLowerCase();
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(end))?.[1] ?? '';
    const plural = (/^\p{Ll}+[^s]s$/u.test(next) && !EVENT_PLURALS.has(next) && !NOT_PLURAL.has(next)) || IRREGULAR_PLURALS.has(next);
    const ranged = lastYearEnd >= 0 && /^\s*(?:and|to|or|until|through|-|–)\s*$/u.test(text.slice(lastYearEnd, start));
    const isYear =
      (YEAR_LEAD.has(lead) && !(COUNT_LEADS.has(lead) && plural)) ||
      ((DETERMINERS.has(lead) || /^\p{Lu}\p{L}*['’]s$/u.test(prev)) && /^\p{L}/u.test(next) && !plural) ||
      ranged;
    if (!isYear) continue;
    out.push({ start, end, value: year(Number(m[0])) });
    lastYearEnd = end;
  }
  return out;
}
