/** Plain calendar arithmetic on local dates (no time zones: a news date is the date printed). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatYmd(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + months;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(date: Ymd): number {
  const w = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The local date printed in an ISO 8601 string (`2022-01-29T09:30:00+08:00` → 2022-01-29). */
export function parsePublished(published: string | null): Ymd | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(published);
  if (!m) {
    const y = /^(\d{4})/.exec(published);
    return y ? { y: Number(y[1]), m: 1, d: 1 } : null;
  }
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(date.y, date.m, date.d) ? date : null;
}
