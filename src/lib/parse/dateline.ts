/**
 * Wire-service datelines open the first paragraph: "WASHINGTON (Reuters) -",
 * "MUSCAT, Oman (AP) —", "GENEVA, June 20 (Reuters) -", "LONDON —",
 * "Dubai (AFP) -". The place is in capitals, or an agency in brackets follows.
 */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’\-]+(?:[ \-]\p{Lu}[\p{Lu}.'’\-]+){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}.'’\-]+(?:[ \-]\p{Lu}[\p{L}.'’\-]+){0,3}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?`;
const DAY = String.raw`(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?`;
const AGENCY = String.raw`\((?:[\p{L}\- ]{2,30})\)`;
const DASH = String.raw`\s*[-–—]{1,2}\s+`;

const DATELINE = new RegExp(
  String.raw`^(?:(${CAPS_PLACE}${REGION}${DAY}(?:\s*${AGENCY})?)|(${TITLE_PLACE}${REGION}${DAY}\s*${AGENCY}))${DASH}`,
  'u',
);

export type Dateline = { dateline: string; rest: string };

export function splitDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const dateline = (match[1] ?? match[2] ?? '').trim();
  const rest = paragraph.slice(match[0].length);
  // A capitalised first word alone ("IRAN -") is too weak a sign unless the
  // sentence after the dash reads like one.
  if (rest.length < 20 || !/^[\p{Lu}"“‘'\d]/u.test(rest)) return null;
  return { dateline, rest };
}
