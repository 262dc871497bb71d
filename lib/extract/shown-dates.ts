/**
 * Times a page shows that need more than the line: the moment the page was seen (发布时间：10-08,
 * 昨天 12:30, 3小时前, 24-5-13 17:07) or the day its header shows as today (a bare 【17:52】). Used
 * by published.ts and the detection's dated signal.
 */
import { englishMonthDay, type MonthDay } from './date-shapes';
import { findDates, offsetMinutes, pad, PUBLISH_LABEL, valid, type FoundDate } from './dates';

/** The wall-clock parts of an instant in a fixed offset (`+08:00`). */
function wallParts(ms: number, offset: string): { y: number; mo: number; d: number } {
  const w = new Date(ms + offsetMinutes(offset) * 60_000);
  return { y: w.getUTCFullYear(), mo: w.getUTCMonth() + 1, d: w.getUTCDate() };
}

const DAY_MS = 86_400_000;

/** `发布时间：10-08 12:00`: a labelled month and day without a year (the platform means this year). */
const MONTH_DAY_RE = new RegExp(
  `${PUBLISH_LABEL}(\\d{1,2})\\s*[-/月]\\s*(\\d{1,2})日?(?![\\d/-])(?:\\s*(\\d{1,2})[:：](\\d{2})(?!\\d))?`,
);
/**
 * `05-20 09:47`, `5月20日 09:47`: a month and day without a year and without a label, with the
 * clock time after them (which tells them from a range such as 3-5), as MONTH_DAY_RE's groups.
 */
const MONTH_DAY_TIME_RE =
  /(?:^|[\s【[（(:：])(\d{1,2})\s*[-/月]\s*(\d{1,2})日?\s+(\d{1,2})[:：](\d{2})(?!\d)/;
/** The month and day of a line (MONTH_DAY_RE, else in a short line the unlabelled shapes). */
function monthDayOf(line: string): MonthDay | null {
  const m = MONTH_DAY_RE.exec(line) ?? (line.length <= 40 ? MONTH_DAY_TIME_RE.exec(line) : null);
  if (m) return { mo: m[1] ?? '', d: m[2] ?? '', h: m[3], mi: m[4], index: m.index };
  return line.length <= 40 ? englishMonthDay(line) : null;
}

/** `24-5-13 17:07`: a short year, month and day, with the clock time. */
const SHORT_YEAR_TIME_RE = /(?:^|[\s【[（(:：])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2})[:：](\d{2})(?!\d)/;

/**
 * Relative times as platforms print them (今天 09:30, 昨天, 前天, 3天前, 2小时前, 10分钟前, 刚刚), as a
 * word of their own in a short line (after a label, a space or the start; before a space or the end).
 */
const RELATIVE_RE =
  /(?:^|\s|[:：])(今天|今日|昨天|昨日|前天|刚刚|剛剛|(\d{1,2})\s*(天|小時|小时|分鐘|分钟)前)(?:\s*(\d{1,2})[:：](\d{2}))?(?=$|\s)/;

/**
 * Does a short line show a time relative to the moment it is seen (今日 15:23, 3小时前)? The
 * page is dated then, though the day needs that moment (seenRelativeDate).
 */
export function showsRelativeTime(line: string): boolean {
  if (line.length > 40) return false;
  const m = RELATIVE_RE.exec(line);
  return !!m && (m[4] !== undefined || m[2] !== undefined);
}

/** Is the line a relative time and nothing else (1天前, 刚刚, 昨天 12:30)? */
export function onlyRelativeTime(line: string): boolean {
  const t = line.trim();
  const m = t.length <= 16 ? RELATIVE_RE.exec(t) : null;
  return !!m && m.index === 0 && m[0].length === t.length;
}

/**
 * A publication time that needs the moment the page was seen (`seenAt`, ms since the epoch): a
 * labelled month and day without a year (the latest such day not after `seenAt`), or a relative
 * time in a line of at most 40 characters. Hours and minutes ago give the day only. Null when
 * the line holds neither.
 */
export function seenRelativeDate(line: string, seenAt: number, defaultOffset = '+08:00'): FoundDate | null {
  const md = monthDayOf(line);
  if (md) {
    const { mo: mos, d: ds, h: hs, mi: mis } = md;
    const now = wallParts(seenAt, defaultOffset);
    const time = hs === undefined ? '' : ` ${hs}:${mis}`;
    // This year's day, or last year's when this year's is still ahead (a day of slack for clocks).
    for (const y of [now.y, now.y - 1]) {
      const found = findDates(`${y}-${mos}-${ds}${time}`, defaultOffset)[0];
      if (!found) return null;
      const day = Date.UTC(y, Number(mos) - 1, Number(ds));
      if (day <= Date.UTC(now.y, now.mo - 1, now.d) + DAY_MS) return { ...found, index: md.index };
    }
    return null;
  }
  if (line.length > 40) return null;
  // `24-5-13 17:07`: the year in two digits (this century, not after the moment seen).
  const short = SHORT_YEAR_TIME_RE.exec(line);
  if (short) {
    const [, yy, mos, ds, hs, mis] = short;
    const found = findDates(`20${yy}-${mos}-${ds} ${hs}:${mis}`, defaultOffset)[0];
    return found && Date.parse(found.iso) <= seenAt + DAY_MS ? { ...found, index: short.index } : null;
  }
  const m = RELATIVE_RE.exec(line);
  if (!m?.[1]) return null;
  const [, word, ns, unit, hs, mis] = m;
  const n = Number(ns);
  let back = 0;
  if (word === '昨天' || word === '昨日') back = DAY_MS;
  else if (word === '前天') back = 2 * DAY_MS;
  else if (unit === '天') back = n * DAY_MS;
  else if (unit === '小時' || unit === '小时') back = n * 3_600_000;
  else if (unit) back = n * 60_000;
  const day = wallParts(seenAt - back, defaultOffset);
  // A clock time is kept only after a day word (昨天 12:30), not after 3小时前.
  const time = hs !== undefined && !unit && word !== '刚刚' && word !== '剛剛' ? ` ${hs}:${mis}` : '';
  const found = findDates(`${day.y}-${day.mo}-${day.d}${time}`, defaultOffset)[0];
  return found ? { ...found, index: m.index } : null;
}

/**
 * `【17:52】` or `17:52` closing a line: a clock time shown without its date (not after a month and
 * day, nor after any number: `May 20 09:47`, `20240520 09:47` hold a date not read here).
 */
const BARE_TIME_RE =
  /(?<!\d\s*[-/.月]\s*\d{1,2}\s*日?)(?<!\d\s*)(?:^|[\s【[（(])([01]?\d|2[0-3])[:：]([0-5]\d)(?:[】\]）)]\s*$|\s*$)/;

/**
 * A date with its weekday in a short line (`2013年6月29日‧星期六`, `2021-07-29 周四`): the day a
 * portal's header shows as today.
 */
const WEEKDAY_DATE_RE =
  /^\D{0,30}(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[‧·・,，]?\s*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]\D{0,12}$/;

/**
 * The day the page shows as today (`2013年6月29日‧星期六` in its header), as YYYY-MM-DD, or ''.
 * Only a line of at most 48 characters that holds no other digits (a breadcrumb may come
 * before the date); the first such line, when no other such line names another day.
 */
export function shownToday(lines: Iterable<string>): string {
  let day = '';
  for (const line of lines) {
    if (line.length > 48) continue;
    const m = WEEKDAY_DATE_RE.exec(line);
    if (!m) continue;
    const [, y, mo, d] = m;
    if (!valid(Number(y), Number(mo), Number(d))) continue;
    const iso = `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
    if (day && day !== iso) return '';
    day = iso;
  }
  return day;
}

/** Does the line close with a clock time shown without its date (`【17:52】`)? */
export function showsBareTime(line: string): boolean {
  return BARE_TIME_RE.test(line);
}

/**
 * A time shown without its date (`又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】`) on the day `today`
 * (YYYY-MM-DD): a live news list's item of the day. Null when the line holds no such time.
 */
export function timeOnDay(line: string, today: string, defaultOffset = '+08:00'): FoundDate | null {
  const m = BARE_TIME_RE.exec(line);
  if (!m) return null;
  const found = findDates(`${today} ${m[1]}:${m[2]}`, defaultOffset)[0];
  return found ? { ...found, index: m.index } : null;
}

/** The day of an instant in a fixed offset, as YYYY-MM-DD. */
export function dayOf(ms: number, offset = '+08:00'): string {
  const { y, mo, d } = wallParts(ms, offset);
  return `${y}-${pad(mo)}-${pad(d)}`;
}
