/**
 * Dates in Chinese news text: 2021年7月29日, 2021-07-29, 2021/7/29, 二〇二一年七月二十九日,
 * partial (2021年6月, 2021年, 11月底), ranges (10月14日至16日, 2021-2025年), and dates
 * relative to the published date (今天, 昨天, 本月10日, 去年, 今年5月, 3天前, 上週五).
 * A month or day without a year takes it from earlier in the paragraph, else from the
 * published date. One left-to-right scan.
 */
import type { Precision, Span } from '../analysis.ts';
import { addDays, addMonths, formatYmd, isValidDay, parsePublished, weekday } from './calendar.ts';
import type { Ymd } from './calendar.ts';
import * as chars from './chars.ts';
import * as numerals from './numerals.ts';
import type { Numeral } from './numerals.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { classAt, mark, NUMERAL, RELATIVE, SENTENCE_END } = chars;
const { digitAt, readNumeral } = numerals;

export interface DateMention extends Span {
  text: string;
  /** ISO date to `precision`: 2021-07-29, 2021-06, 2021 (with THH:MM for minute precision). */
  date: string;
  /** End of a range, else null. */
  until: string | null;
  precision: Precision;
  /** The date of a statistic (截至2021年11月底), not of a happening. */
  cutoff: boolean;
  /** Resolved against the published date (昨天, 去年). */
  relative: boolean;
}

/** A date as read, before missing parts are filled in. */
interface Part {
  y?: number;
  m?: number;
  d?: number;
  hh?: number;
  mm?: number;
  end: number;
  /** Year given relative to published (今年5月): counts as explicit for context. */
  relative?: boolean;
}

const DAY_MARKS = new Set(['日', '號', '号']);
const JOINERS = new Set(['至', '到', '-', '－', '—', '–', '~', '～', '〜']);
const ISO_SEPARATORS = new Set(['-', '/', '.']);
const CUTOFFS = ['截至', '截止', '截止到', '截止至', '截至到'];
const MONTH_SUFFIXES = ['上旬', '中旬', '下旬', '月底', '月初', '月末', '月中', '份'];
const YEAR_SUFFIXES = ['年底', '年初', '年末', '年中', '度'];
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** Relative words: the date they name, from the published date. */
const RELATIVE_DAYS: Record<string, number> = {
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
  明天: 1,
  明日: 1,
  後天: 2,
  后天: 2,
};
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
const RELATIVE_MONTHS: Record<string, number> = {
  本月: 0,
  上月: -1,
  上個月: -1,
  上个月: -1,
  下月: 1,
  下個月: 1,
  下个月: 1,
};
const RELATIVE_WEEKS: Record<string, number> = {
  上週: -1,
  上周: -1,
  上星期: -1,
  本週: 0,
  本周: 0,
  這週: 0,
  这周: 0,
  本星期: 0,
  下週: 1,
  下周: 1,
  下星期: 1,
};
const AGO_UNITS: Record<string, 'd' | 'm' | 'y'> = {
  天前: 'd',
  日前: 'd',
  個月前: 'm',
  个月前: 'm',
  年前: 'y',
};
const YEAR_WORDS = Object.entries(RELATIVE_YEARS);
const MONTH_WORDS = Object.entries(RELATIVE_MONTHS);
const DAY_WORDS = Object.entries(RELATIVE_DAYS);
const WEEK_WORDS = Object.entries(RELATIVE_WEEKS);
const AGO_WORDS = Object.keys(AGO_UNITS);
const RELATIVE_FIRST = new Set(
  [RELATIVE_DAYS, RELATIVE_YEARS, RELATIVE_MONTHS, RELATIVE_WEEKS].flatMap((t) =>
    Object.keys(t).map((k) => k[0]),
  ),
);
mark(
  [...RELATIVE_FIRST].filter((c): c is string => c !== undefined),
  RELATIVE,
);

function isYear(n: Numeral): boolean {
  if (!Number.isInteger(n.value) || n.scaled) return false;
  if (n.kind === 'arabic') return n.digitsLength === 4 && !n.formatted && n.value >= 1000 && n.value <= 2999;
  return n.positional && n.digitsLength === 4;
}

function small(n: Numeral | null, max: number): n is Numeral {
  return !!n && !n.scaled && !n.positional && Number.isInteger(n.value) && n.value >= 1 && n.value <= max;
}

function startsWithAny(text: string, i: number, list: string[]): string | null {
  for (const w of list) if (text.startsWith(w, i)) return w;
  return null;
}

/** `M月[D日]` or `D日` at i (after a year or a relative month). */
function readMonthDay(text: string, i: number, part: Part, allowDayOnly: boolean): Part {
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
  if (allowDayOnly && small(a, 31) && text[a.end] === '日' && !a.single) {
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

function readDigits(text: string, i: number, max: number): { value: number; end: number } | null {
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
function readAbsolute(text: string, i: number): Part | null {
  const n = readNumeral(text, i);
  if (!n) return null;
  // Taiwan's Minguo years: 民國110年 = 2021.
  if ((text.startsWith('民國', i - 2) || text.startsWith('民国', i - 2)) && i >= 2 && text[n.end] === '年') {
    if (!Number.isInteger(n.value) || n.value < 1 || n.value > 300 || n.positional) return null;
    const part = readMonthDay(text, n.end + 1, { y: 1911 + n.value, end: n.end + 1 }, false);
    return part;
  }
  if (isYear(n)) {
    if (n.kind === 'arabic') {
      const iso = readIso(text, i, n);
      if (iso) return iso;
    }
    if (text[n.end] === '年' && text[n.end + 1] !== '代') {
      const part = readMonthDay(text, n.end + 1, { y: n.value, end: n.end + 1 }, false);
      if (part.m === undefined && durationCueBefore(text, i)) return null; // 晚1000年, 歷時2000年
      if (part.m === undefined) {
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
  // Two-digit years before a month: 22年2月2日, 18年3月.
  if (n.kind === 'arabic' && n.digitsLength === 2 && !n.scaled && text[n.end] === '年') {
    const part = readMonthDay(text, n.end + 1, { y: 2000 + n.value, end: n.end + 1 }, false);
    if (part.m === undefined) return null;
    if (n.value >= 50) part.y = 1900 + n.value;
    return part;
  }
  const part = readMonthDay(text, i, { end: i }, true);
  return part.end > i ? part : null;
}

/** Words that contain a relative word without meaning a date (光明日報, 今日頭條, 明日之星). */
const NOT_RELATIVE = [
  '光明日報',
  '光明日报',
  '今日頭條',
  '今日头条',
  '今日說法',
  '今日说法',
  '今日美國',
  '今日美国',
  '今日中國',
  '今日中国',
  '明日之星',
  '昨日重現',
  '昨日重现',
  '後天性',
  '后天性',
];

function insideWord(text: string, i: number, word: string): boolean {
  for (const w of NOT_RELATIVE) {
    const k = w.indexOf(word);
    if (k >= 0 && i - k >= 0 && text.startsWith(w, i - k)) return true;
  }
  return false;
}

/** A relative date at i, resolved to a part against `pub`. */
function readRelative(text: string, i: number, pub: Ymd): Part | null {
  // Taiwanese style: 今（23）日, 昨(22)日 — the day of the month is given in brackets.
  const open = text[i + 1];
  if ((open === '（' || open === '(') && '今昨前明'.includes(text[i] as string)) {
    const dd = readDigits(text, i + 2, 2);
    const close = dd ? text[dd.end] : '';
    if (dd && (close === '）' || close === ')') && DAY_MARKS.has(text[dd.end + 1] ?? '')) {
      // The bracketed day wins; the month is the published one, or the one before for a later day.
      const back = dd.value > pub.d + 1 ? addMonths(pub.y, pub.m, -1) : { y: pub.y, m: pub.m };
      if (isValidDay(back.y, back.m, dd.value))
        return { ...back, d: dd.value, end: dd.end + 2, relative: true };
    }
  }
  for (const [w, dy] of YEAR_WORDS) {
    if (!text.startsWith(w, i)) continue;
    const part = readMonthDay(
      text,
      i + w.length,
      { y: pub.y + dy, end: i + w.length, relative: true },
      false,
    );
    return part;
  }
  for (const [w, dm] of MONTH_WORDS) {
    if (!text.startsWith(w, i)) continue;
    const { y, m } = addMonths(pub.y, pub.m, dm);
    const part: Part = { y, m, end: i + w.length, relative: true };
    const dd = readNumeral(text, part.end);
    if (small(dd, 31) && DAY_MARKS.has(text[dd.end] ?? '') && isValidDay(y, m, dd.value)) {
      part.d = dd.value;
      part.end = dd.end + 1;
    }
    return part;
  }
  for (const [w, dd] of DAY_WORDS) {
    if (!text.startsWith(w, i) || insideWord(text, i, w)) continue;
    return { ...addDays(pub, dd), end: i + w.length, relative: true };
  }
  for (const [w, dw] of WEEK_WORDS) {
    if (!text.startsWith(w, i)) continue;
    const wd = WEEKDAYS[text[i + w.length] ?? ''];
    if (wd === undefined) return null;
    const monday = addDays(pub, 1 - weekday(pub));
    return { ...addDays(monday, dw * 7 + wd - 1), end: i + w.length + 1, relative: true };
  }
  return null;
}

/** N天前, 3個月前, 兩年前. */
function readAgo(text: string, i: number, pub: Ymd): Part | null {
  const n = readNumeral(text, i);
  if (!n || !Number.isInteger(n.value) || n.positional || n.value > 1000) return null;
  const unit = startsWithAny(text, n.end, AGO_WORDS);
  if (!unit) return null;
  const end = n.end + unit.length;
  const kind = AGO_UNITS[unit];
  if (kind === 'd') return { ...addDays(pub, -n.value), end, relative: true };
  if (kind === 'm') return { ...addMonths(pub.y, pub.m, -n.value), end, relative: true };
  return { y: pub.y - n.value, end, relative: true };
}

function precisionOf(p: Part): Precision {
  if (p.mm !== undefined) return 'minute';
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

function format(p: Part): string {
  const base = formatYmd(p.y as number, p.m, p.d);
  if (p.mm === undefined) return base;
  return `${base}T${String(p.hh).padStart(2, '0')}:${String(p.mm).padStart(2, '0')}`;
}

/** Find the dates in `text`; `published` is ISO 8601 or null. */
export function findDates(text: string, published: string | null): DateMention[] {
  const pub = parsePublished(published);
  const out: DateMention[] = [];
  let ctxY: number | null = null;
  let ctxM: number | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if ((cls & (NUMERAL | RELATIVE | SENTENCE_END)) === 0) {
      i++;
      continue;
    }
    if (text.charCodeAt(i) === 10) {
      ctxY = ctxM = null;
      i++;
      continue;
    }
    const ch = text[i] as string;
    let part: Part | null = null;
    const numeric = (cls & NUMERAL) !== 0;
    if (numeric) {
      part = readAbsolute(text, i) ?? (pub ? readAgo(text, i, pub) : null);
    } else if (pub && RELATIVE_FIRST.has(ch)) {
      part = readRelative(text, i, pub);
    }
    if (!part || part.end <= i) {
      // Skip the whole numeral so that long digit runs are read once.
      i = numeric ? Math.max(i + 1, readNumeral(text, i)?.end ?? i + 1) : i + 1;
      continue;
    }
    const relative = !!part.relative;
    if (!fill(part, ctxY, ctxM, pub)) {
      i = part.end;
      continue;
    }
    let until: string | null = null;
    let end = part.end;
    if (JOINERS.has(text[part.end] ?? '')) {
      const second = readAbsolute(text, part.end + 1);
      if (second && fillFrom(second, part) && format(second) > format(part)) {
        until = format(second);
        end = second.end;
      }
    }
    const start = i;
    const cutoff = CUTOFFS.some((c) => start >= c.length && text.startsWith(c, start - c.length));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      date: format(part),
      until,
      precision: precisionOf(part),
      cutoff,
      relative,
    });
    ctxY = part.y ?? ctxY;
    ctxM = part.m ?? ctxM;
    i = end;
  }
  return out;
}

/** Fill in a missing year (and month) from the paragraph, else from the published date. */
function fill(p: Part, ctxY: number | null, ctxM: number | null, pub: Ymd | null): boolean {
  if (p.y !== undefined) return p.m === undefined || p.d === undefined || isValidDay(p.y, p.m, p.d);
  if (p.m === undefined) {
    const m = ctxM ?? pub?.m;
    if (m === undefined) return false;
    p.m = m;
  }
  if (ctxY !== null) p.y = ctxY;
  else if (pub) {
    p.y = pub.y;
    // A month far after the published date is last year's (12月24日 in a January article).
    const months = (p.m as number) - pub.m;
    if (months > 6) p.y = pub.y - 1;
  } else return false;
  return p.d === undefined || isValidDay(p.y, p.m as number, p.d);
}

/** The second half of a range takes what it lacks from the first. */
function fillFrom(second: Part, first: Part): boolean {
  if (second.y === undefined) second.y = first.y;
  if (second.m === undefined && second.y === first.y) second.m = first.m;
  if (first.d !== undefined && second.d === undefined && second.m !== undefined && first.m !== second.m)
    return false;
  if (precisionOf(second) === 'year' && precisionOf(first) !== 'year') return false;
  return second.d === undefined || isValidDay(second.y as number, second.m as number, second.d);
}
