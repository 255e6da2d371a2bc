import * as chrono from 'chrono-node';
import { isoDate } from '../schema/source.ts';

/**
 * A page's date → the calendar day it names, "YYYY-MM-DD", or null. The day is
 * taken as the page writes it, never shifted to UTC: "2025-06-21T23:30:00+03:00"
 * is the 21st, the day the publisher's own readers saw on the page.
 */
export function toIsoDay(value: string): string | null {
  const text = value.trim();
  // ISO 8601 and Highwire's "2025/06/21".
  const numeric = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text);
  if (numeric) return checked(numeric[1]!, numeric[2]!, numeric[3]!);
  // Everything else ("June 21, 2025", "Sat, 21 Jun 2025 08:00:00 GMT") needs a
  // year, a month and a day that are all written down, not guessed.
  const [result] = chrono.strict.parse(text);
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return checked(String(start.get('year')), String(start.get('month')), String(start.get('day')));
}

function checked(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoDate.safeParse(iso).success ? iso : null;
}
