/** A calendar day, month 1–12. All arithmetic is in UTC so no time zone can shift a day. */
export type Ymd = { y: number; m: number; d: number };

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ABBREVIATIONS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };

/** 1–12 for a month name or its abbreviation as newspapers write it ("Sept.", "Oct"), else null. */
export function monthNumber(name: string): number | null {
  const bare = name.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(bare);
  return full >= 0 ? full + 1 : (ABBREVIATIONS[bare] ?? null);
}

export function parseIsoDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays({ y, m, d }: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months from (y, m), across year ends. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday({ y, m, d }: Ymd): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function compareDays(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatDay = ({ y, m, d }: Ymd) => `${y}-${pad(m)}-${pad(d)}`;
export const formatMonth = (y: number, m: number) => `${y}-${pad(m)}`;
