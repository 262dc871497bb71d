/** Dates and names as the popup shows them, in the UI's locale. Pure. */
import type { Locale } from '../../lib/i18n';
import type { PageRecord } from '../../lib/db/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO prefix (2021, 2021-07, 2021-07-29, 2021-07-29T09:30…) to its precision: 2021年7月29日 / 29 Jul 2021. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const month = mo ? Number(mo) : 0;
  const day = d ? Number(d) : 0;
  const time = hh && mm ? ` ${hh}:${mm}` : '';
  if (locale === 'en') {
    if (!month) return y!;
    const name = MONTHS[month - 1] ?? mo!;
    return day ? `${day} ${name} ${y}${time}` : `${name} ${y}`;
  }
  return `${y}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}${time}`;
}

/** A date, or a range when the event has an end date. */
export function formatRange(date: string, end: string | null | undefined, locale: Locale): string {
  const from = formatDate(date, locale);
  return end && end !== date ? `${from} – ${formatDate(end, locale)}` : from;
}

/** The page's source as the reader knows it: the outlet's name, else the host name. */
export function sourceOf(page: PageRecord | undefined, url: string): string {
  if (page?.source) return page.source;
  if (page?.site) return page.site;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
