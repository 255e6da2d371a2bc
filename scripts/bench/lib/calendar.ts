import type { Rng } from './prng.ts';

/** Date arithmetic and wording for the synthetic articles; all in UTC so output never depends on the machine's zone. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** A publication day between 2024-01-01 and 2025-12-31. */
export function randomDay(rng: Rng): string {
  return isoDay(addDays('2024-01-01', rng.int(0, 730)));
}

/** How a story places an event relative to its own date: "on Tuesday", "last month", "in June", "October 18". */
export function when(rng: Rng, published: string): string {
  const back = addDays(published, -rng.int(1, 6));
  const earlier = addDays(published, -rng.int(8, 60));
  const month = MONTHS[earlier.getUTCMonth()]!;
  switch (rng.int(0, 9)) {
    case 0: case 1: case 2: return `on ${WEEKDAYS[back.getUTCDay()]}`;
    case 3: return 'last week';
    case 4: return 'last month';
    case 5: return earlier.getUTCMonth() === new Date(`${published}T00:00:00Z`).getUTCMonth() ? 'earlier this month' : `in ${month}`;
    case 6: return `on ${month} ${earlier.getUTCDate()}`;
    case 7: return `on ${earlier.getUTCDate()} ${month}`;
    case 8: return 'earlier this year';
    default: return `on ${WEEKDAYS[back.getUTCDay()]}`;
  }
}

/** "Apr 26, 2025 05:51 am", as publishers stamp their pages. */
export function stamp(rng: Rng, published: string): string {
  const d = new Date(`${published}T00:00:00Z`);
  const hour = rng.int(1, 12);
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${String(hour).padStart(2, '0')}:${minute} ${rng.chance(0.5) ? 'am' : 'pm'}`;
}

export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
