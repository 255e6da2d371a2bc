/**
 * Sentence bounds and tense, as far as dating needs them. A full stop after
 * an abbreviation ("Oct. 18", "U.S. envoy", "Mr. Grossi") does not end a
 * sentence: a date phrase must not be cut in two.
 */

const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Jr|Sr|Prof|Rev|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|\p{Lu}|(?:\p{L}\.)+\p{L})$/u;
const END = /[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/** Offsets where sentences start in `text` (always including 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const next = m.index + m[0].length;
    starts.push(next + (/^\s*/.exec(text.slice(next))?.[0].length ?? 0));
  }
  return starts;
}

/** [start, end) of the sentence that holds text[at]. */
export function sentenceAt(text: string, starts: readonly number[], at: number): [number, number] {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
  return [starts[i]!, end];
}

/**
 * The time a clause speaks of, as far as dating needs it. 'present' matters
 * only for a date after publication ("October 18 is the deadline" is this
 * October). 'reported-future' is the future seen from a past moment ("he
 * said he would meet them on Thursday"): after the saying, but before or
 * after publication the sentence does not say.
 */
export type Tense = 'past' | 'present' | 'future' | 'reported-future';

const FUTURE = /^(?:will|shall|scheduled|slated|expected|upcoming|planned|planning|next|deadline)$/;
const PRESENT = /^(?:am|can|may|might|must|should|remains?)$/;
const PAST = /^(?:was|were|had|did|said|told|been|met|held|took|began|came|went|left|made|gave|struck|fought|won|lost|spoke|saw|sent|led|ran|rose|fell|kept|brought|sought|became|wrote|ago|since|earlier|\p{Ll}{3,}ed)$/u;

/**
 * The tense of the clause around a date phrase. The nearest decisive word
 * wins: first looking back from the phrase ("said on Tuesday", "will meet on
 * Tuesday"), then, if nothing back there decides it, forward ("On Tuesday,
 * talks will resume"). Undecided means past: news reports what has happened.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const back = words(sentence.slice(0, start)).slice(-10).reverse();
  for (let i = 0; i < back.length; i++) {
    const verdict = decide(back[i]!, back[i - 1], back[i + 1]);
    if (verdict) return verdict;
  }
  const ahead = words(sentence.slice(end)).slice(0, 10);
  for (let i = 0; i < ahead.length; i++) {
    const verdict = decide(ahead[i]!, ahead[i + 1], ahead[i - 1]);
    if (verdict) return verdict;
  }
  return 'past';
}

/**
 * `after` is the word that follows `word` in the text, `before` the one that
 * precedes it. Some words only decide in company: "set to", "due on", "is
 * to", "plans to", "going to".
 */
function decide(word: string, after: string | undefined, before: string | undefined): Tense | null {
  if (FUTURE.test(word)) return 'future';
  if (word === 'would') return 'reported-future';
  if (PRESENT.test(word)) return 'present';
  switch (word) {
    case 'is':
    case 'are':
      return after === 'to' || after === 'due' || after === 'set' ? 'future' : 'present';
    case 'set':
    case 'due':
      return after === 'to' || after === 'for' || after === 'on' || after === 'by' ? 'future' : null;
    case 'to':
      return before === 'plans' || before === 'plan' || before === 'going' ? 'future' : null;
    case 'plans':
    case 'plan':
    case 'going':
      return after === 'to' ? 'future' : null;
  }
  // "will be held": a participle after "be" says nothing; the auxiliary before it does.
  return PAST.test(word) && before !== 'be' ? 'past' : null;
}

/** Lowercase words, contractions undone so far as tense goes: "won't" is will, "didn't" did, "they'll" will. */
function words(text: string): string[] {
  return (text.replace(/[’‘]/g, "'").toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? []).map((w) => {
    if (w === "won't") return 'will';
    if (w === "shan't") return 'shall';
    if (w.endsWith("'ll")) return 'will';
    if (w.endsWith("n't")) return w.slice(0, -3);
    return w.replace(/'\p{L}+$/u, '');
  });
}
