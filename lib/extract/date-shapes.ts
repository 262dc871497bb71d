/**
 * Date shapes rarer than year-month-day, each rewritten as findDates' common shape
 * (`2024-5-20 9:47 pm GMT`) for it to read: a year of the Republic of China, a slashed date with
 * the year last, an English month's name, a date in Chinese numerals. Pure string work.
 */
import { parseNumeral } from '../text/numerals';

/**
 * A year of the Republic of China (Taiwan): `民國113年5月20日`, and `發布日期：113/05/20` (three
 * digits before a month and a day, opening the line or after a label's colon). Group 1 or 2: the
 * year (1911 before 民國1).
 */
const ROC_YEAR_RE =
  /(?:民國|民国)\s*(\d{2,3})(?=\s*年)|(?<=^\s{0,3}|[:：]\s{0,3})(1\d{2})(?=([/.-])\d{1,2}\3\d{1,2}(?![\d/.-]))/g;

/** The text with each ROC year written as its Western year, the rest in place (the same offsets). */
export function rocAsWestern(text: string): string {
  if (!text.includes('民') && !/1\d\d[/.-]\d/.test(text)) return text;
  return text.replace(ROC_YEAR_RE, (all: string, a?: string, b?: string): string => {
    const y = Number(a ?? b);
    return y >= 80 && y <= 150 ? String(y + 1911).padStart(all.length, ' ') : all;
  });
}

/** A clock after a date: `9:23:57 PM`, `09:47`, with the zone it names (`GMT`, `UTC+8`, `+0800`). */
const CLOCK = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:\s*([ap]\.?m\.?)(?![a-z]))?(?:\s*((?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{4}))?)?`;

/**
 * `20/05/2024 09:47`, `7/5/2005 9:23:57 PM`, `20-05-2024`, `20.05.2024`: a date with the year last,
 * read day first as Hong Kong and Singapore write it; month first only when the second number is
 * above 12.
 */
const DAY_FIRST_RE = new RegExp(
  String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])` + CLOCK,
  'gi',
);

/** `20240520 09:47`: year, month and day run together, a clock after them. */
const COMPACT_RE =
  /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)(\s+\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])/g;

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** An English month's name, whole or cut (May, Sept., December), as a regex group. */
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![A-Za-z])`;

/** The number of an English month's name as MONTH matches it (1–12). */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
/** `20 May 2024 09:47`, `Mon, 20 May 2024 09:47:00 GMT`, `May 20, 2024 9:47 AM`. */
const ENGLISH_RE = new RegExp(
  String.raw`(?<![A-Za-z\d])(?:(\d{1,2})\s+${MONTH},?|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})(?!\d)` +
    CLOCK,
  'gi',
);

/** `二〇二四年五月二十日`: a year's four digits, then a month and a day in Chinese numerals. */
const CHINESE_RE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]/g;

/** Each date of a rarer shape in `text`, in order: its common shape, and where it was found. */
export function reshapedDates(text: string): { shaped: string; index: number }[] {
  const out: { shaped: string; index: number }[] = [];
  const clock = (m: RegExpExecArray, at: number): string => {
    const [h, mi, s, half, zone] = m.slice(at, at + 5);
    if (h === undefined) return '';
    // (An offset right after the clock, a zone's name after a space, as findDates reads them.)
    const z = !zone ? '' : /^[+-]/.test(zone) ? zone : ` ${zone}`;
    return ` ${h}:${mi}${s === undefined ? '' : `:${s}`} ${(half ?? '').replace(/\./g, '')}${z}`;
  };
  if (/\d[/.-]\d/.test(text))
    for (const m of text.matchAll(DAY_FIRST_RE)) {
      const [, a, , b, y] = m;
      const [d, mo] = Number(b) > 12 ? [b, a] : [a, b];
      out.push({ shaped: `${y}-${mo}-${d}${clock(m, 5)}`, index: m.index });
    }
  // 20240520 09:47: a date written as one number, only with the clock after it (not an id).
  // (Eight digits and a space, tested first: matchAll copies its regex.)
  if (/\d{8}\s/.test(text))
    for (const m of text.matchAll(COMPACT_RE))
      out.push({ shaped: `${m[1]}-${m[2]}-${m[3]}${m[4]}`, index: m.index });
  if (/[A-Za-z]{3}/.test(text))
    for (const m of text.matchAll(ENGLISH_RE)) {
      const month = monthNumber(m[2] ?? m[3] ?? '');
      out.push({ shaped: `${m[5]}-${month}-${m[1] ?? m[4]}${clock(m, 6)}`, index: m.index });
    }
  if (/[〇零一二三四五六七八九]\s*年/.test(text))
    for (const m of text.matchAll(CHINESE_RE)) {
      const [y, mo, d] = [m[1], m[2], m[3]].map((s) => parseNumeral((s ?? '').replace(/零/g, '〇')));
      if (y && mo && d) out.push({ shaped: `${y}-${mo}-${d}`, index: m.index });
    }
  return out.sort((a, b) => a.index - b.index);
}

/** A month and day without a year, with the clock when given, and where it was found. */
export interface MonthDay {
  mo: string;
  d: string;
  h?: string;
  mi?: string;
  index: number;
}

/** `May 20 09:47`, `20 May 09:47`: an English month and day without a year, with the clock. */
const ENGLISH_MONTH_DAY_TIME_RE = new RegExp(
  `(?:^|[\\s(])(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH}),?\\s+(\\d{1,2}):(\\d{2})(?!\\d)`,
  'i',
);

/** `May 20 09:47`, `8 October, 12:00`: an English month and day without a year, with the clock. */
export function englishMonthDay(line: string): MonthDay | null {
  const e = ENGLISH_MONTH_DAY_TIME_RE.exec(line);
  if (!e) return null;
  return {
    mo: String(monthNumber(e[1] ?? e[4] ?? '')),
    d: e[2] ?? e[3] ?? '',
    h: e[5],
    mi: e[6],
    index: e.index,
  };
}
