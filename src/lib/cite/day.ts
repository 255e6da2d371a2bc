/** A publication date as its parts: year, then month and day when known. */
export type DayParts = [number] | [number, number] | [number, number, number];

/**
 * "2024-08-27" → [2024, 8, 27]; null stays null. A year or a year and month
 * alone are accepted too. Anything else throws: a citation with a wrong date
 * is worse than a build that stops and names the bad value.
 */
export function dayParts(published: string | null): DayParts | null {
  if (published === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published.trim());
  if (!match) throw new TypeError(`published must be YYYY-MM-DD or null, not ${JSON.stringify(published)}`);
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
  if (month === null) return [year];
  if (month < 1 || month > 12) throw new TypeError(`published has no month ${month}: ${published}`);
  if (day === null) return [year, month];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new TypeError(`published has no day ${day}: ${published}`);
  return [year, month, day];
}

/** The parts joined with `separator`, zero-padded: ("/") → "2024/08/27". */
export function formatDay(parts: DayParts, separator: string): string {
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join(separator);
}

/** RIS writes YYYY/MM/DD/ and leaves unknown parts empty: "2024/08/27/", "2024/08//". */
export function risDate(parts: DayParts): string {
  const [year, month, day] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(year).padStart(4, '0')}/${two(month)}/${two(day)}/`;
}
