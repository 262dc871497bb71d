/**
 * Holidays a date names after its year (2023年中秋节, 今年国庆节期间, 去年春節): the day each falls
 * on that year. The lunar ones (春节, 端午, 中秋 …) are looked up in the Chinese calendar that
 * Intl carries (ICU, in every browser and in Node), so no table of years goes stale.
 */
import { addDays, type Ymd } from './calendar.ts';

/** Fixed-date holidays: words, month, day. 國慶 alone is left out (10 October in Taiwan). */
const FIXED: Array<[string[], number, number]> = [
  [['元旦'], 1, 1],
  [['情人节', '情人節'], 2, 14],
  [['妇女节', '婦女節', '三八节', '三八節'], 3, 8],
  [['植树节', '植樹節'], 3, 12],
  [['五一劳动节', '五一勞動節', '劳动节', '勞動節', '五一'], 5, 1],
  [['五四青年节', '五四青年節', '青年节', '青年節'], 5, 4],
  [['六一儿童节', '六一兒童節', '儿童节', '兒童節', '六一'], 6, 1],
  [['建党节', '建黨節', '七一'], 7, 1],
  [['八一建军节', '八一建軍節', '建军节', '建軍節', '八一'], 8, 1],
  [['国庆节', '国庆'], 10, 1],
  [['双十节', '雙十節', '双十', '雙十'], 10, 10],
  [['平安夜'], 12, 24],
  [['圣诞节', '聖誕節', '圣诞', '聖誕'], 12, 25],
];

/** Lunar holidays: words, lunar month, day (0, 0: the eve of the year's new year, 2024年除夕 being 9 February 2024). */
const LUNAR: Array<[string[], number, number]> = [
  [['除夕'], 0, 0],
  [['春节', '春節'], 1, 1],
  [['元宵节', '元宵節', '元宵'], 1, 15],
  [['端午节', '端午節', '端午'], 5, 5],
  [['七夕'], 7, 7],
  [['中秋节', '中秋節', '中秋'], 8, 15],
  [['重阳节', '重陽節', '重阳', '重陽'], 9, 9],
];

/** Each word with its holiday, longest first (五一劳动节 before 五一). */
const WORDS = [...FIXED.map((h) => [h, false] as const), ...LUNAR.map((h) => [h, true] as const)]
  .flatMap(([[words, m, d], lunar]) => words.map((w) => ({ w, m, d, lunar })))
  .sort((a, b) => b.w.length - a.w.length);

let chinese: Intl.DateTimeFormat | null | undefined;
const lunarDays = new Map<string, Ymd | null>();

/** The Chinese calendar's month and day of a Gregorian date ('4bis' for a leap month). */
function lunarOf(date: Ymd): { m: string; d: string } | null {
  if (chinese === undefined) {
    try {
      chinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
        timeZone: 'UTC',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      chinese = null;
    }
  }
  if (!chinese) return null;
  const parts = chinese.formatToParts(new Date(Date.UTC(date.y, date.m - 1, date.d)));
  return {
    m: parts.find((p) => p.type === 'month')?.value ?? '',
    d: parts.find((p) => p.type === 'day')?.value ?? '',
  };
}

/**
 * The Gregorian day in year `y` of lunar month `m`, day `d` of the lunar year that begins in `y`
 * (null where Intl has no Chinese calendar, or for a year outside 1900–2100). From an estimate
 * (the new year comes between 21 January and 20 February; a month is ~29.5 days), corrected by
 * what the calendar says of it: a few look-ups, not a scan (a text full of years stays cheap).
 */
export function lunarDay(y: number, m: number, d: number): Ymd | null {
  const key = `${y}-${m}-${d}`;
  if (lunarDays.has(key)) return lunarDays.get(key) ?? null;
  let found: Ymd | null = null;
  let day = addDays({ y, m: 2, d: 5 }, Math.round((m - 1) * 29.53) + d - 1);
  for (let k = 0; k < 8 && !found && y >= 1900 && y <= 2100; k++) {
    const l = lunarOf(day);
    if (!l) break;
    const leap = l.m.endsWith('bis');
    let lm = parseInt(l.m, 10);
    const ld = parseInt(l.d, 10);
    // (An engine that names the months in words: no day, rather than a guess.)
    if (Number.isNaN(lm) || Number.isNaN(ld)) break;
    // (Before the new year: the last months of the year before.)
    if (lm >= 10 && day.m <= 3) lm -= 12;
    if (lm === m && !leap && ld === d) found = day;
    else {
      // Months to go (a leap month follows its month: from 4bis, month 5 is one on, month 4 one
      // back); a leap month skipped on the way is made up on the next look-up.
      const away = m - lm - (leap && lm >= m ? 1 : 0);
      day = addDays(day, Math.round(away * 29.53) + d - ld);
    }
  }
  lunarDays.set(key, found);
  return found;
}

/** The holiday named at `i` in year `y`: its day, and where its word ends; null when none. */
export function holidayAt(text: string, i: number, y: number): (Ymd & { end: number }) | null {
  for (const h of WORDS) {
    if (!text.startsWith(h.w, i)) continue;
    if (!h.lunar) return { y, m: h.m, d: h.d, end: i + h.w.length };
    const day = h.m === 0 ? lunarDay(y, 1, 1) : lunarDay(y, h.m, h.d);
    if (!day) return null;
    return { ...(h.m === 0 ? addDays(day, -1) : day), end: i + h.w.length };
  }
  return null;
}
