/**
 * Absolute dates as written: 2021年7月29日, 2021-07-29, 2021/7/29, 二〇二一年七月二十九日,
 * 2021年6月, 2021年, 11月底, 29日, 民國110年, 22年2月2日 — read into parts that findDates
 * completes (a missing year from the paragraph or the published date).
 */
import { isValidDay } from './calendar.ts';
import { holidayAt } from './holidays.ts';
import * as numerals from './numerals.ts';
import type { Numeral } from './numerals.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { digitAt, readNumeral } = numerals;

export /** A date as read, before missing parts are filled in. */
interface Part {
  y?: number;
  m?: number;
  d?: number;
  hh?: number;
  mm?: number;
  end: number;
  /** Year given relative to published (今年5月): counts as explicit for context. */
  relative?: boolean;
  /** The last month of a quarter or half year (2024年一季度: months 1 to 3). */
  untilM?: number;
  /** A year listed before another (2005、2006年): the two read as a span. */
  listed?: boolean;
}

const QUARTER_DIGITS = '一二三四1234';

/**
 * A quarter or half of the year after its year (2024年一季度, 第二季度, 前三季度, Q3, 上半年,
 * 下半年): its first month and last, read into `part` (which has a year and no month), or false.
 */
export function readSeason(text: string, j: number, part: Part): boolean {
  let first = 0;
  let last = 0;
  let end = 0;
  if (text.startsWith('上半年', j) || text.startsWith('下半年', j)) {
    first = text[j] === '上' ? 1 : 7;
    [last, end] = [first + 5, j + 3];
  } else {
    // (第二季度, 前三季度: a mark before the quarter's digit; Q3: a letter.)
    const lead = text[j] === '第' || text[j] === '前' || text[j] === 'Q' ? 1 : 0;
    const q = QUARTER_DIGITS.indexOf(text[j + lead] ?? '_') % 4;
    const k = j + lead + 1;
    if (q < 0) return false;
    if (text[j] === 'Q') end = /[A-Za-z\d]/.test(text[k] ?? '') ? 0 : k;
    // (第三季 and 前三季 without 度, as Taiwan writes them.)
    else end = text.startsWith('季度', k) ? k + 2 : lead && text[k] === '季' ? k + 1 : 0;
    [first, last] = [text[j] === '前' ? 1 : q * 3 + 1, q * 3 + 3];
  }
  if (!end) return false;
  part.m = first;
  part.untilM = last;
  part.end = end;
  return true;
}

/** A holiday after the year (2023年中秋节): its day in part's year. */
export function readHoliday(text: string, j: number, part: Part): boolean {
  const day = part.y === undefined ? null : holidayAt(text, j, part.y);
  if (!day) return false;
  [part.y, part.m, part.d, part.end] = [day.y, day.m, day.d, day.end];
  return true;
}

export const DAY_MARKS = new Set(['日', '號', '号']);
export const JOINERS = new Set(['至', '到', '-', '－', '—', '–', '~', '～', '〜']);
const ISO_SEPARATORS = new Set(['-', '/', '.']);
const MONTH_SUFFIXES = ['上旬', '中旬', '下旬', '月底', '月初', '月末', '月中', '份'];
const YEAR_SUFFIXES = ['年底', '年初', '年末', '年中', '度'];

function isYear(n: Numeral): boolean {
  if (!Number.isInteger(n.value) || n.scaled) return false;
  if (n.kind === 'arabic') return n.digitsLength === 4 && !n.formatted && n.value >= 1000 && n.value <= 2999;
  return n.positional && n.digitsLength === 4;
}

export function small(n: Numeral | null, max: number): n is Numeral {
  return !!n && !n.scaled && !n.positional && Number.isInteger(n.value) && n.value >= 1 && n.value <= max;
}

export function startsWithAny(text: string, i: number, list: string[]): string | null {
  for (const w of list) if (text.startsWith(w, i)) return w;
  return null;
}

/** `M月[D日]` or `D日` at i (after a year or a relative month). */
export function readMonthDay(text: string, i: number, part: Part, allowDayOnly: boolean): Part {
  const a = readNumeral(text, i);
  if (small(a, 12) && text[a.end] === '月') {
    part.m = a.value;
    part.end = a.end + 1;
    const b = readNumeral(text, part.end);
    if (small(b, 31) && DAY_MARKS.has(text[b.end] ?? '')) {
      part.d = b.value;
      part.end = b.end + 1;
    } else if (small(b, 31) && JOINERS.has(text[b.end] ?? '')) {
      // 10月14至16日: the first day has no 日.
      const c = readNumeral(text, b.end + 1);
      if (small(c, 31) && DAY_MARKS.has(text[c.end] ?? '')) {
        part.d = b.value;
        part.end = b.end;
      }
    } else {
      const suffix =
        startsWithAny(text, part.end - 1, MONTH_SUFFIXES.slice(3)) ??
        startsWithAny(text, part.end, MONTH_SUFFIXES);
      if (suffix)
        part.end = suffix.startsWith('月') ? part.end - 1 + suffix.length : part.end + suffix.length;
    }
    return part;
  }
  // A day alone only with 日 (29日): 5號 alone is more often a line, a building or a document.
  // (Not after a month that could not be read: 2021年13月5日 names no day.)
  if (allowDayOnly && small(a, 31) && text[a.end] === '日' && !a.single && text[i - 1] !== '月') {
    part.d = a.value;
    part.end = a.end + 1;
  }
  return part;
}

/** ISO-like 2021-07-29, 2021/7/29, 2021.7.29, with an optional time 09:30[:00]. */
function readIso(text: string, i: number, y: Numeral): Part | null {
  const sep = text[y.end] ?? '';
  if (!ISO_SEPARATORS.has(sep)) return null;
  const mo = readDigits(text, y.end + 1, 2);
  if (!mo || text[mo.end] !== sep) return null;
  const da = readDigits(text, mo.end + 1, 2);
  if (!da || !isValidDay(y.value, mo.value, da.value) || digitAt(text.charCodeAt(da.end)) >= 0) return null;
  const part: Part = { y: y.value, m: mo.value, d: da.value, end: da.end };
  let k = da.end;
  if (text[k] === ' ' || text[k] === 'T') k++;
  const hh = readDigits(text, k, 2);
  if (hh && text[hh.end] === ':' && hh.value < 24) {
    const mm = readDigits(text, hh.end + 1, 2);
    if (mm && mm.value < 60 && mm.end - hh.end === 3) {
      part.hh = hh.value;
      part.mm = mm.value;
      part.end = mm.end;
      if (text[mm.end] === ':' && readDigits(text, mm.end + 1, 2)) part.end = mm.end + 3;
    }
  }
  void i;
  return part;
}

export function readDigits(text: string, i: number, max: number): { value: number; end: number } | null {
  let v = 0;
  let j = i;
  while (j < text.length && j - i < max && digitAt(text.charCodeAt(j)) >= 0)
    v = v * 10 + digitAt(text.charCodeAt(j++));
  return j === i ? null : { value: v, end: j };
}

/** Words before N年 that make it a length of time, not a year: 晚1000年, 長達1500年, 近2000年. */
const DURATION_CUES = [
  '歷時',
  '历时',
  '長達',
  '长达',
  '持續',
  '持续',
  '大約',
  '大约',
  '將近',
  '将近',
  '超過',
  '超过',
  '晚',
  '早',
  '近',
  '約',
  '约',
  '逾',
  '達',
  '达',
];

export function durationCueBefore(text: string, i: number): boolean {
  return DURATION_CUES.some((c) => i >= c.length && text.startsWith(c, i - c.length));
}

/** An absolute date part starting with a numeral at i. */
export function readAbsolute(text: string, i: number): Part | null {
  const n = readNumeral(text, i);
  if (!n) return null;
  // Taiwan's Minguo years: 民國110年 = 2021.
  if ((text.startsWith('民國', i - 2) || text.startsWith('民国', i - 2)) && i >= 2 && text[n.end] === '年') {
    if (!Number.isInteger(n.value) || n.value < 1 || n.value > 300 || n.positional) return null;
    const part = readMonthDay(text, n.end + 1, { y: 1911 + n.value, end: n.end + 1 }, false);
    return part;
  }
  // 2021.7.29: the year and month read as one decimal number.
  if (n.kind === 'arabic' && !Number.isInteger(n.value) && !n.scaled && text[i + 4] === '.') {
    const y = readDigits(text, i, 4);
    if (y && y.end === i + 4 && y.value >= 1000 && y.value <= 2999)
      return readIso(text, i, { ...n, value: y.value, end: y.end });
  }
  if (isYear(n)) {
    if (n.kind === 'arabic') {
      const iso = readIso(text, i, n);
      if (iso) return iso;
    }
    if (text[n.end] === '年' && text[n.end + 1] !== '代') {
      const part = readMonthDay(text, n.end + 1, { y: n.value, end: n.end + 1 }, false);
      if (part.m === undefined && durationCueBefore(text, i)) return null; // 晚1000年, 歷時2000年
      if (part.m === undefined && !readSeason(text, n.end + 1, part) && !readHoliday(text, n.end + 1, part)) {
        const suffix = startsWithAny(text, n.end, YEAR_SUFFIXES);
        if (suffix) part.end = n.end + suffix.length;
      }
      return part;
    }
    // 2021-2025年: the first year borrows 年 from the second.
    if (JOINERS.has(text[n.end] ?? '')) {
      const second = readNumeral(text, n.end + 1);
      if (second && isYear(second) && text[second.end] === '年') return { y: n.value, end: n.end };
    }
    return null;
  }
  // Three-digit years before a month are Minguo years without 民國 (Taiwan's usual way: 110年7月1日
  // is 2021-07-01); no Western year has three digits in the news.
  if (n.kind === 'arabic' && n.digitsLength === 3 && !n.scaled && n.value >= 100 && text[n.end] === '年') {
    const part = readMonthDay(text, n.end + 1, { y: 1911 + n.value, end: n.end + 1 }, false);
    return part.m === undefined ? null : part;
  }
  // Two-digit years before a month: 22年2月2日, 18年3月.
  if (n.kind === 'arabic' && n.digitsLength === 2 && !n.scaled && text[n.end] === '年') {
    const part = readMonthDay(text, n.end + 1, { y: 2000 + n.value, end: n.end + 1 }, false);
    if (part.m === undefined) return null;
    if (n.value >= 50) part.y = 1900 + n.value;
    return part;
  }
  const part = readMonthDay(text, i, { end: i }, true);
  if (part.end <= i) return null;
  // 3月期貨, 12月合约: a contract's month, no date.
  if (part.d === undefined && CONTRACT_AFTER.test(text.slice(part.end, part.end + 3))) return null;
  return part;
}

/** What makes a month a contract's (3月期貨, 3月份合约, 12月交割). */
const CONTRACT_AFTER = /^份?(?:期貨|期货|合約|合约|期權|期权|交割)/;
