/**
 * Publication times as pages write them (2022-01-29 09:30:00, 2013年06月29日19:35,
 * 2013.06.29 04:17 pm, 2014/03/19 18:58, ISO with offset) → ISO 8601 at the precision given.
 * Pages in mainland China, Taiwan and Hong Kong mean UTC+8 unless they say otherwise.
 */
import { reshapedDates, rocAsWestern } from './date-shapes';

export interface FoundDate {
  iso: string;
  /** Offset of the match in the input. */
  index: number;
  /** 'day' | 'minute' | 'second' … how much the page gave. */
  precision: 'day' | 'minute' | 'second';
}

export const pad = (n: number): string => String(n).padStart(2, '0');

/** Minutes east of UTC of an offset as ISO writes it (`Z`, `+08:00`, `-05:30`). */
export function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * ((oh ?? 0) * 60 + (om ?? 0));
}

/** (A zone of UTC+8 may stand between the day and the time: RTHK's `2024-05-20 HKT 09:47`.) */
const DATE_RE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:\s*[（(]?[星周週]?[期]?[一二三四五六日天][）)]?)?(?:\s*(?:HKT|SGT|MYT|北京[時时]間|北京时间|香港[時时]間))?(?:\s*[T ]?\s*(上午|下午|早上|晚上)?\s*(\d{1,2})\s*[:：時时点點]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2})\s*秒?)?(?:\.\d+)?\s*(am|pm|AM|PM)?(Z|(?:\s*(?:JST|KST|HKT|SGT))?\s*[+-]\d{2}:?\d{2}|\s*(?:JST|KST)(?![A-Za-z])|\s*[（(]?(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![A-Za-z])[）)]?)?)?/g;

export function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
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
    // (A time range's end right after it, 8:30-13:00, is no offset: an offset with a minus sign
    // is read after an ISO T, seconds or a space only: 2024-05-20T09:47-05:00, 09:47 -0500.)
    const range =
      tz?.startsWith('-') &&
      ss === undefined &&
      !m[0].includes('T') &&
      !/\s$/.test(m[0].slice(0, -tz.length));
    const off = tz && !range ? zoneOffset(tz.trim()) : defaultOffset;
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
export const PUBLISH_LABEL =
  '(?:(?:^|\\s)(?:時間|时间|日期)|(?:發布|发布|發佈|发佈|發表|发表)(?:時間|时间|日期|於|于))\\s*[:：]?\\s*';
const PUBLISH_LABEL_RE = new RegExp(PUBLISH_LABEL);
/** Unix seconds or milliseconds right after a publication label, and the years they may fall in. */
const EPOCH_RE = /^\s*(\d{13}|\d{10})(?!\d)/;
const EPOCH_FROM = Date.UTC(1995, 0, 1);
const EPOCH_TO = Date.UTC(2040, 0, 1);
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
  // A template's unformatted placeholder: the Unix time itself (发布时间：1699522538778).
  const epoch = EPOCH_RE.exec(rest);
  if (epoch) {
    const ms = Number(epoch[1]) * (epoch[1]?.length === 10 ? 1000 : 1);
    if (ms >= EPOCH_FROM && ms < EPOCH_TO)
      return {
        iso: parseMachineDate(epoch[1] as string, defaultOffset),
        index: label.index,
        precision: 'second',
      };
  }
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
  // A day's code, and its time's (20230329, 20230329143500: 東方日報's articleDate).
  const code = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(v);
  if (code) {
    const [, y, mo, d, h, mi, sec] = code;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return '';
    if (h === undefined) return `${y}-${mo}-${d}`;
    return Number(h) < 24 && Number(mi) < 60 && Number(sec) < 60
      ? `${y}-${mo}-${d}T${h}:${mi}:${sec}${offset}`
      : '';
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
