import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEvents, type DateBlock } from '../../src/lib/annotate/dates.ts';
import { MONTH_NAMES, parseIsoDay, WEEKDAY_NAMES } from '../../src/lib/annotate/dates-calendar.ts';
import { findDatePhrases } from '../../src/lib/annotate/dates-rules.ts';

/** `phrase → date` for each event in one body paragraph. */
function dates(text: string, published: string | null): string[] {
  return findEvents([{ id: 'p-1', kind: 'body', text }], published).map((e) => `${e.text} → ${e.date}`);
}

describe('weekdays', () => {
  // Monday 3 March 2025.
  const MON = '2025-03-03';
  it('are the latest such day on or before publication, the publication day being today', () => {
    expect(dates('Envoys met on Friday.', MON)).toEqual(['Friday → 2025-02-28']);
    expect(dates('On Monday, the minister resigned.', MON)).toEqual(['Monday → 2025-03-03']);
    expect(dates('Saturday’s talks were cancelled.', MON)).toEqual(['Saturday → 2025-03-01']);
    expect(dates('He spoke on Friday night and again early Sunday.', MON)).toEqual(['Friday night → 2025-02-28', 'early Sunday → 2025-03-02']);
  });
  it('"last Monday" is the one before publication day', () => {
    expect(dates('They met last Monday.', MON)).toEqual(['last Monday → 2025-02-24']);
  });
  it('are the next such day in a clause about the future, unless that is ambiguous', () => {
    expect(dates('The envoys will meet on Friday.', MON)).toEqual(['Friday → 2025-03-07']);
    expect(dates('Talks are scheduled for Thursday, officials said.', MON)).toEqual(['Thursday → 2025-03-06']);
    expect(dates('Araghchi said on Friday that talks would resume.', MON)).toEqual(['Friday → 2025-02-28']);
    expect(dates('The envoys will meet on Monday.', MON)).toEqual([]);
    // The Thursday after the saying: before or after publication, the sentence does not say.
    expect(dates('Trump said on Sunday he would meet them on Thursday.', MON)).toEqual(['Sunday → 2025-03-02']);
    expect(dates('They meet next Friday, or this Thursday.', MON)).toEqual([]);
  });
  it('are not dates in "Friday prayers" or "Good Friday"', () => {
    expect(dates('Hardliners spoke during Friday prayer sermons and on Good Friday.', MON)).toEqual([]);
  });
  it('resolve across month and year ends, and into a leap day', () => {
    expect(dates('They met on Saturday.', '2025-01-02')).toEqual(['Saturday → 2024-12-28']);
    expect(dates('They met on Thursday.', '2024-03-01')).toEqual(['Thursday → 2024-02-29']);
  });
});

describe('relative days, months and years', () => {
  it('resolve against publication', () => {
    expect(dates('He said yesterday that today is calm and tomorrow will not be.', '2025-01-01')).toEqual([
      'yesterday → 2024-12-31',
      'today → 2025-01-01',
      'tomorrow → 2025-01-02',
    ]);
    expect(dates('Prices rose last month and this month, and will rise next month.', '2024-12-15')).toEqual([
      'last month → 2024-11',
      'this month → 2024-12',
      'next month → 2025-01',
    ]);
    expect(dates('He said last month he was ready.', '2025-01-02')).toEqual(['last month → 2024-12']);
    expect(dates('Elected last year, he spoke earlier this year of next year.', '2025-08-24')).toEqual(['last year → 2024', 'earlier this year → 2025', 'next year → 2026']);
    expect(dates('Two days ago, and a year ago, it was different.', '2025-03-01')).toEqual(['Two days ago → 2025-02-27', 'a year ago → 2024']);
  });
  it('leave out spans and ranges', () => {
    expect(dates('Over the last year, and last week, and last weekend, it rained.', '2025-03-01')).toEqual([]);
  });
  it('year precision and month precision are marked', () => {
    const [month, year] = findEvents([{ id: 'p-1', kind: 'body', text: 'Last month and last year.' }], '2025-03-01');
    expect([month?.precision, year?.precision]).toEqual(['month', 'year']);
  });
});

describe('months and days without a year', () => {
  it('take the publication year when on or before publication', () => {
    expect(dates('The law passed in July.', '2025-09-09')).toEqual(['July → 2025-07']);
    expect(dates('Iran said on October 18 that it would not budge.', '2025-11-01')).toEqual(['October 18 → 2025-10-18']);
    expect(dates('They met on 18 October and on the 3rd of September.', '2025-11-01')).toEqual(['18 October → 2025-10-18', 'the 3rd of September → 2025-09-03']);
  });
  it('take last year for a later date in a past-tense clause', () => {
    expect(dates('Iran attacked Israel in October.', '2025-08-24')).toEqual(['October → 2024-10']);
    expect(dates('The talks collapsed in December.', '2025-01-10')).toEqual(['December → 2024-12']);
    expect(dates('Missiles were fired on Oct. 1.', '2025-08-24')).toEqual(['Oct. 1 → 2024-10-01']);
  });
  it('take this year for a later date in a present or future clause', () => {
    expect(dates('Talks will resume on Oct. 18 in Muscat.', '2025-08-24')).toEqual(['Oct. 18 → 2025-10-18']);
    expect(dates('October 18 is the last date on which it could be used.', '2025-08-24')).toEqual(['October 18 → 2025-10-18']);
    expect(dates('Elections are to be held in March.', '2025-01-10')).toEqual(['March → 2025-03']);
    expect(dates('The E3 could trigger snapback by October 18, diplomats said.', '2025-08-24')).toEqual(['October 18 → 2025-10-18']);
    expect(dates('Iran said it would retaliate in October.', '2025-08-24')).toEqual(['October → 2025-10']);
    expect(dates('Prices fell in mid-June.', '2025-07-01')).toEqual(['June → 2025-06']);
  });
  it('let a written weekday settle the year, and drop a date it contradicts', () => {
    expect(dates('It happened on Friday, December 20.', '2025-01-10')).toEqual(['Friday, December 20 → 2024-12-20']);
    expect(dates('It happened on Monday, April 25.', '2025-04-30')).toEqual([]);
  });
  it('drop a leap day in a year without one, and a named event whose year is not given', () => {
    expect(dates('It was signed on February 29.', '2025-03-01')).toEqual([]);
    expect(dates('It was signed on February 29.', '2024-03-01')).toEqual(['February 29 → 2024-02-29']);
    expect(dates('Since the Oct. 7 attack, and the October 7 massacre, the region changed.', '2025-08-24')).toEqual([]);
  });
  it('need a preposition for a bare month, so "may" and "the June war" are not dates', () => {
    expect(dates('Talks may resume. The June war ended. March on.', '2025-08-24')).toEqual([]);
  });
});

describe('absolute dates', () => {
  it('read every common form, with or without a publication date', () => {
    const text = 'Pezeshkian spoke on September 24, 2024, on 24 September 2024, on Tuesday, Sept. 24, 2024, on 2024-09-24 and in June 2025.';
    const expected = ['September 24, 2024 → 2024-09-24', '24 September 2024 → 2024-09-24', 'Tuesday, Sept. 24, 2024 → 2024-09-24', '2024-09-24 → 2024-09-24', 'June 2025 → 2025-06'];
    expect(dates(text, null)).toEqual(expected);
    expect(dates(text, '2025-08-24')).toEqual(expected);
  });
  it('read years after a preposition of time, as a modifier, and in ranges', () => {
    expect(dates('The US withdrew in 2018 and has pressed Iran since early 2019.', null)).toEqual(['2018 → 2018', '2019 → 2019']);
    expect(dates('Trump tore up the 2015 nuclear deal and Iran’s 2009 election was disputed.', null)).toEqual(['2015 → 2015', '2009 → 2009']);
    expect(dates('Between 2018 and 2020 exports fell, by mid-2021 they recovered.', null)).toEqual(['2018 → 2018', '2020 → 2020', '2021 → 2021']);
  });
  it('refuse impossible days', () => {
    expect(dates('On February 30, 2025 and 2025-13-01.', null)).toEqual([]);
  });
});

describe('with no publication date', () => {
  it('leaves out everything relative', () => {
    expect(dates('On Tuesday, last month, in June, on October 18, yesterday: all relative. In 2018 was not.', null)).toEqual(['2018 → 2018']);
  });
});

describe('numbers that are not dates', () => {
  it('are left alone', () => {
    const text =
      'The 12-day war claimed more than 1,000 civilian lives; the Liberals won 343 seats, at least 172, not the 51st state. ' +
      'Enrichment reached 60% and 2000 troops came; a crowd of 2000 people met at 3:30. The June 13-24 talks and 2018-19 budget.';
    expect(dates(text, '2025-08-24')).toEqual([]);
  });
});

describe('events', () => {
  it('give the offsets of the phrase in the block and the sentence that holds it', () => {
    const text = 'The U.S. envoy arrived. Talks began on Oct. 18 in Muscat, officials said. More on Friday.';
    const [event] = findEvents([{ id: 'p-4', kind: 'body', text }], '2025-10-20');
    expect(event).toEqual({
      date: '2025-10-18',
      precision: 'day',
      text: 'Oct. 18',
      sentence: 'Talks began on Oct. 18 in Muscat, officials said.',
      block: 'p-4',
      start: text.indexOf('Oct. 18'),
      end: text.indexOf('Oct. 18') + 'Oct. 18'.length,
    });
  });
  it('keep offsets exact in every block, and skip captions', () => {
    const blocks: DateBlock[] = [
      { id: 'title', kind: 'title', text: 'Iran’s leader speaks on Sunday' },
      { id: 'p-1', kind: 'body', text: '“We won’t talk,” he said on Sunday — in June the war began, since 2018 sanctions bit.' },
      { id: 'caption-1', kind: 'caption', text: 'Khamenei on Sunday, August 24, 2025' },
    ];
    const events = findEvents(blocks, '2025-08-24');
    expect(events.map((e) => `${e.block}:${e.text}`)).toEqual(['title:Sunday', 'p-1:Sunday', 'p-1:June', 'p-1:2018']);
    for (const e of events) expect(blocks.find((b) => b.id === e.block)!.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('the rules’ gates', () => {
  // Date words and their near misses, recased, so that gates are often close to wrong.
  const words = [
    ...MONTH_NAMES, ...WEEKDAY_NAMES, 'Jan.', 'Sept.', 'Oct', 'mid-', 'yesterday', 'Today', 'tonight', 'Tomorrow', 'last', 'Next', 'this', 'earlier',
    'month', 'year', 'years', 'days', 'ago', 'a', 'Two', 'the', 'of', 'in', 'since', 'by', 'morning', '24th', '18', '7', '2024', '2015', '13-24', '2025-08-24', 'attack', 'prayers', ',', '.',
  ];
  const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom((w: string) => w, (w: string) => w.toLowerCase(), (w: string) => w.toUpperCase(), (w: string) => w.slice(1)));
  const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '-')), { maxLength: 14 }).map((parts) => parts.map(([[w, f], gap]) => f(w) + gap).join(''));
  const published = parseIsoDay('2025-06-18');
  const ctx = (t: string) => ({ text: t, published, tense: () => 'past' as const });

  it('find exactly what the rules find without them (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDatePhrases(ctx(t))).toEqual(findDatePhrases(ctx(t), false));
      }),
      { numRuns: 3000 },
    );
  });
});
