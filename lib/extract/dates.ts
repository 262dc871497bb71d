/**
 * Publication times as pages write them (2022-01-29 09:30:00, 2013年06月29日19:35,
 * 2013.06.29 04:17 pm, 2014/03/19 18:58, ISO with offset) → ISO 8601 at the precision given.
 * Pages in mainland China, Taiwan and Hong Kong mean UTC+8 unless they say otherwise.
 */
import { englishMonthDay, reshapedDates, rocAsWestern, type MonthDay } from './date-shapes';

export interface FoundDate {
  iso: string;
  /** Offset of the match in the input. */
  index: number;
  /** 'day' | 'minute' | 'second' … how much the page gave. */
  precision: 'day' | 'minute' | 'second';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Minutes east of UTC of an offset as ISO writes it (`Z`, `+08:00`, `-05:30`). */
function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * ((oh ?? 0) * 60 + (om ?? 0));
}

/** (A zone of UTC+8 may stand between the day and the time: RTHK's `2024-05-20 HKT 09:47`.) */
const DATE_RE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:\s*[（(]?[星周週]?[期]?[一二三四五六日天][）)]?)?(?:\s*(?:HKT|SGT|MYT|北京[時时]間|北京时间|香港[時时]間))?(?:\s*[T ]?\s*(上午|下午|早上|晚上)?\s*(\d{1,2})\s*[:：時时点點]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2})\s*秒?)?(?:\.\d+)?\s*(am|pm|AM|PM)?(Z|(?:\s*(?:JST|KST|HKT|SGT))?\s*[+-]\d{2}:?\d{2}|\s*(?:JST|KST)(?![A-Za-z])|\s*[（(]?(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![A-Za-z])[）)]?)?)?/g;

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  // (Day 0 of the next month is the last day of this one: 2019-02-30 is no date.)
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return (
    y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= days && h <= 23 && mi <= 59 && s <= 59
  );
}

/**
 * An offset as the page writes it after a time (`+0800`, `UTC`, `(GMT+8)`, `UTC+05:30`, a
 * zone's name before its offset or alone: `JST+0900`, `JST`) → ISO.
 */
function zoneOffset(tz: string): string {
  if (tz === 'Z') return 'Z';
  if (tz === 'JST' || tz === 'KST') return '+09:00';
  const m = /(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?/.exec(tz);
  if (!m) return tz.replace(/^(?:[A-Z]{3}\s*)?([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return m[1] ? `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}` : '+00:00';
}

/** A character every date findDates reads holds. */
const DATE_CHAR = /[0-9０-９年]/;

/** Every date (with its time when given) in `text`, in order. */
export function findDates(text: string, defaultOffset = '+08:00'): FoundDate[] {
  // Every shape holds a digit, or (in Chinese numerals) 年: most lines of prose hold neither.
  if (!DATE_CHAR.test(text)) return [];
  // Full-width digits and marks (２０２４年５月２０日 ０９：４７), one for one: the offsets hold.
  if (/[０-９]/.test(text))
    text = text.replace(/[０-９：／－．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const out = westernDates(text, defaultOffset);
  if (out.length) return out;
  // (Rarer shapes, only where the common ones found nothing.)
  const west = rocAsWestern(text);
  if (west !== text) return westernDates(west, defaultOffset);
  for (const { shaped, index } of reshapedDates(text)) {
    const found = westernDates(shaped, defaultOffset)[0];
    if (found) out.push({ ...found, index });
  }
  return out;
}

const TIME_BEFORE_RE = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s+$/;

function westernDates(text: string, defaultOffset: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const [, ys, mos, ds, half, hs, mis, ss, ampm, tz] = m;
    const y = Number(ys);
    const mo = Number(mos);
    const d = Number(ds);
    // A longer digit run before the year (a phone number, an id) is not a date.
    if (m.index > 0 && /\d/.test(text[m.index - 1] ?? '')) continue;
    let h = hs === undefined ? undefined : Number(hs);
    let mi = mis === undefined ? 0 : Number(mis);
    let s = ss === undefined ? undefined : Number(ss);
    // The clock written before the date (`09:47 2024/05/20`).
    const lead = h === undefined ? TIME_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 10), m.index)) : null;
    if (lead) [h, mi, s] = [Number(lead[1]), Number(lead[2]), lead[3] ? Number(lead[3]) : undefined];
    else if (h !== undefined) {
      const pm = /pm/i.test(ampm ?? '') || half === '下午' || half === '晚上';
      const am = /am/i.test(ampm ?? '') || half === '上午' || half === '早上';
      if (pm && h < 12) h += 12;
      if (am && h === 12) h = 0;
    }
    if (!valid(y, mo, d, h ?? 0, mi, s ?? 0)) continue;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (h === undefined) {
      out.push({ iso: date, index: m.index, precision: 'day' });
      continue;
    }
    const off = tz ? zoneOffset(tz.trim()) : defaultOffset;
    const time = `${pad(h)}:${pad(mi)}${s === undefined ? '' : `:${pad(s)}`}`;
    out.push({
      iso: `${date}T${time}${off}`,
      index: m.index,
      precision: s === undefined ? 'minute' : 'second',
    });
  }
  return out;
}

/** `更新時間：`, `最后更新于`, `Updated:` closing the text before a date: a later edit's time. */
const UPDATE_LABEL_RE = /(?:更新|修改|修訂|修订|Updated?)\s*(?:時間|时间|日期|於|于|on)?\s*[:：]?\s*$/i;

/** Is the date found at `index` of `line` the time of an update (更新時間：…), not of publication? */
export function isUpdateTime(line: string, index: number): boolean {
  return UPDATE_LABEL_RE.test(line.slice(Math.max(0, index - 12), index));
}

/** A label that says what follows is the publication time (not 活动时间, 截止日期 …). */
const PUBLISH_LABEL =
  '(?:(?:^|\\s)(?:時間|时间|日期)|(?:發布|发布|發佈|发佈|發表|发表)(?:時間|时间|日期|於|于))\\s*[:：]?\\s*';
const PUBLISH_LABEL_RE = new RegExp(PUBLISH_LABEL);
const SHORT_YEAR_RE = new RegExp(
  `${PUBLISH_LABEL}(\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)(?:\\s*(\\d{1,2})[:：](\\d{2})(?!\\d))?`,
);

/**
 * The publication time a labelled line gives (`发布日期：2019-09-23 14:34:05`, and the two-digit
 * year some platforms print, `发布时间：18-03-08 23:16`), or null. A date after another label
 * (活动时间：…) is not one.
 */
export function labelledDate(line: string, defaultOffset = '+08:00'): FoundDate | null {
  const label = PUBLISH_LABEL_RE.exec(line);
  if (!label) return null;
  const rest = line.slice(label.index + label[0].length);
  const full = findDates(rest, defaultOffset)[0];
  if (full && full.index === 0) return full;
  const m = SHORT_YEAR_RE.exec(line);
  if (!m || m.index !== label.index) return null;
  const [, ys, mos, ds, hs, mis] = m;
  const found = findDates(`20${ys}-${mos}-${ds}${hs === undefined ? '' : ` ${hs}:${mis}`}`, defaultOffset)[0];
  return found ? { ...found, index: m.index } : null;
}

/**
 * Parse a machine-readable date (meta, JSON-LD, <time>, a script variable) to ISO at the
 * precision given. Unix seconds or milliseconds, and times without an offset, are read in
 * `offset` (UTC+8 unless the caller knows the page's own).
 */
export function parseMachineDate(value: string, offset = '+08:00'): string {
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    const d = new Date(ms + offsetMinutes(offset) * 60_000);
    if (Number.isNaN(d.getTime())) return '';
    return `${d.toISOString().slice(0, 19)}${offset}`;
  }
  const found = findDates(v, offset)[0];
  return found && found.index <= 2 ? found.iso : '';
}

const OFFSET_RE = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * A finer reading of the same moment: `2014-04-30T14:49+08:00` shown on the page and the
 * page's own script saying `1398840577` (14:49:37 in UTC+8) give `2014-04-30T14:49:37+08:00`.
 * `raw` are machine values (epoch seconds, `2014-04-30 14:49:37`); the first one that falls
 * inside the shown minute wins. Returns `shown` when none does.
 */
export function refineTime(shown: string, raw: readonly string[]): string {
  const offset = OFFSET_RE.exec(shown)?.[1];
  // Only a minute is checked against the page: a script time for a day the page shows alone may
  // be in UTC without saying so, or a date padded to midnight.
  if (!offset || !/T\d{2}:\d{2}$/.test(shown.replace(OFFSET_RE, ''))) return shown;
  const wall = shown.replace(OFFSET_RE, '');
  for (const r of raw) {
    const iso = parseMachineDate(r, offset);
    if (!iso.endsWith(offset)) continue;
    const w = iso.replace(OFFSET_RE, '');
    if (w.length > wall.length && w.startsWith(wall) && /[T:]$/.test(w.slice(0, wall.length + 1))) return iso;
  }
  return shown;
}

/**
 * Re-express a machine time (`2022-02-06T12:48:06+00:00`) in the page's own local time when
 * the page shows that instant as a wall-clock time (`13:48`): `2022-02-06T13:48:06+01:00`.
 * Returns the input unchanged when the shown time does not fit (other minutes, > 14 h apart).
 */
export function toShownOffset(iso: string, shown: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  const h = /(?:^|\D)(\d{1,2}):(\d{2})(?!\d)/.exec(shown);
  if (!m || !h) return iso;
  const [, y, mo, d, hh, mi, ss, off] = m;
  if (Number(h[2]) !== Number(mi)) return iso;
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mi)) -
    offsetMinutes(off ?? 'Z') * 60_000;
  let diff =
    (Number(h[1]) * 60 + Number(mi) - (new Date(utc).getUTCHours() * 60 + new Date(utc).getUTCMinutes())) %
    1440;
  if (diff > 840) diff -= 1440;
  if (diff < -720) diff += 1440;
  if (diff % 15 !== 0) return iso;
  const local = new Date(utc + diff * 60_000);
  const abs = Math.abs(diff);
  const offset = `${diff < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${ss ?? ''}${offset}`;
}

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
