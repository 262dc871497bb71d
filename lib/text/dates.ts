/**
 * Dates in Chinese news text: 2021年7月29日, 2021-07-29, 2021/7/29, 二〇二一年七月二十九日,
 * partial (2021年6月, 2021年, 11月底), ranges (10月14日至16日, 2021-2025年), and dates
 * relative to the published date (今天, 昨天, 本月10日, 去年, 今年5月, 3天前, 上週五).
 * A month or day without a year takes it from earlier in the paragraph, else from the
 * published date. One left-to-right scan.
 */
import type { Precision, Span } from '../analysis.ts';
import { addDays, formatYmd, isValidDay, parsePublished } from './calendar.ts';
import type { Ymd } from './calendar.ts';
import * as chars from './chars.ts';
import { JOINERS, readAbsolute, readMonthDay } from './date-parts.ts';
import type { Part } from './date-parts.ts';
import * as numerals from './numerals.ts';
import { readAgo, readRelative } from './relative-dates.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { classAt, mark, NUMERAL, RELATIVE, SENTENCE_END } = chars;

/** Words that point back to the last full date of the paragraph: 次日, 當天, 同日 (and 同年). */
const ANAPHORA: Array<[string, number]> = [
  ['次日', 1],
  ['翌日', 1],
  ['隔天', 1],
  ['隔日', 1],
  ['當天', 0],
  ['当天', 0],
  ['當日', 0],
  ['当日', 0],
  ['同一天', 0],
  ['同一日', 0],
  ['同日', 0],
];
const ANAPHOR = 32;
mark([...ANAPHORA.map(([w]) => w[0] as string), '同'], ANAPHOR);
const { readNumeral } = numerals;

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

const CUTOFFS = ['截至', '截止', '截止到', '截止至', '截至到'];

function precisionOf(p: Part): Precision {
  if (p.mm !== undefined) return 'minute';
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

function format(p: Part): string {
  const base = formatYmd(p.y as number, p.m, p.d);
  if (p.mm === undefined) return base;
  return `${base}T${String(p.hh).padStart(2, '0')}:${String(p.mm).padStart(2, '0')}`;
}

/** Where a scan for dates is: resumable at any point (see findDatesSteps). */
interface DateScan {
  pub: Ymd | null;
  out: DateMention[];
  ctxY: number | null;
  ctxM: number | null;
  /** The year of the mention ctxM is from (a later mention of a year alone leaves it). */
  ctxMY: number | null;
  ctxDay: Ymd | null;
  i: number;
}

/** Find the dates in `text`; `published` is ISO 8601 or null. */
export function findDates(text: string, published: string | null): DateMention[] {
  const scan = startScan(published);
  scanDates(text, scan, text.length);
  return scan.out;
}

/**
 * findDates in steps of chars.SCAN_CHUNK characters (a cold scan of a long article takes tens of
 * ms): the same loop, paused and resumed, so the same dates.
 */
export function* findDatesSteps(
  text: string,
  published: string | null,
): Generator<void, DateMention[], void> {
  const scan = startScan(published);
  yield* chars.inChunks(
    text.length,
    () => scan.i,
    (to) => scanDates(text, scan, to),
  );
  return scan.out;
}

function startScan(published: string | null): DateScan {
  return { pub: parsePublished(published), out: [], ctxY: null, ctxM: null, ctxMY: null, ctxDay: null, i: 0 };
}

/** Scans from scan.i until it passes `to` (a date that starts before `to` is read whole). */
function scanDates(text: string, scan: DateScan, to: number): void {
  const { pub, out } = scan;
  let { ctxY, ctxM, ctxMY, ctxDay, i } = scan;
  while (i < to) {
    const cls = classAt(text, i);
    if ((cls & (NUMERAL | RELATIVE | SENTENCE_END | ANAPHOR)) === 0) {
      i++;
      continue;
    }
    if (text.charCodeAt(i) === 10) {
      ctxY = ctxM = ctxMY = null;
      ctxDay = null;
      i++;
      continue;
    }
    let part: Part | null = null;
    const numeric = (cls & NUMERAL) !== 0;
    if (numeric) {
      part = readAbsolute(text, i) ?? listedYear(text, i) ?? (pub ? readAgo(text, i, pub) : null);
    } else {
      if (cls & ANAPHOR) part = readAnaphor(text, i, ctxDay, ctxY);
      if (!part && pub && (cls & RELATIVE) !== 0) part = readRelative(text, i, pub);
    }
    if (!part || part.end <= i) {
      // Skip the whole numeral so that long digit runs are read once.
      i = numeric ? Math.max(i + 1, readNumeral(text, i)?.end ?? i + 1) : i + 1;
      continue;
    }
    // 这年10月, 當年: the year of a date before, in the paragraph; with none there, unknown.
    if (part.y === undefined && ctxY === null && THAT_YEAR.some((w) => text.startsWith(w, i - w.length))) {
      i = part.end;
      continue;
    }
    const relative = !!part.relative;
    if (!fill(part, ctxY, ctxM, ctxMY, pub)) {
      i = part.end;
      continue;
    }
    let until: string | null = part.untilM === undefined ? null : formatYmd(part.y as number, part.untilM);
    let end = part.end;
    // The range's end, when it has one: the context goes on from there.
    let last: Part = part;
    if (until === null && (JOINERS.has(text[part.end] ?? '') || part.listed)) {
      const second = readAbsolute(text, part.end + 1);
      if (second && fillFrom(second, part) && format(second) > format(part)) {
        until = format(second);
        end = second.end;
        if (second.y !== part.y) last = second;
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
    ctxY = last.y ?? ctxY;
    if (last.m !== undefined) {
      ctxM = last.m;
      ctxMY = last.y ?? ctxY;
    }
    if (last.d !== undefined) ctxDay = { y: last.y as number, m: last.m as number, d: last.d };
    i = end;
  }
  scan.ctxY = ctxY;
  scan.ctxM = ctxM;
  scan.ctxMY = ctxMY;
  scan.ctxDay = ctxDay;
  scan.i = i;
}

/** A year listed before another that takes the 年 for both (2005、2006年): read as the span of the two. */
function listedYear(text: string, i: number): Part | null {
  const m = LISTED_YEAR.exec(text.slice(i, i + 10));
  return m && !/\d/.test(text[i - 1] ?? '') ? { y: Number(m[1]), end: i + 4, listed: true } : null;
}
const LISTED_YEAR = /^((?:19|20)\d{2})[、和及与與](?=(?:19|20)\d{2}年)/;

/** 次日, 當天, 同日: relative to the paragraph's last full date; 同年10月: to its year. */
function readAnaphor(text: string, i: number, day: Ymd | null, year: number | null): Part | null {
  if (year !== null && text.startsWith('同年', i)) {
    const part = readMonthDay(text, i + 2, { y: year, end: i + 2 }, false);
    return part.m === undefined ? null : part;
  }
  if (!day || '不相共如'.includes(text[i - 1] ?? '_')) return null; // 不同日期, 相同日子
  for (const [w, delta] of ANAPHORA) {
    if (text.startsWith(w, i)) return { ...addDays(day, delta), end: i + w.length, relative: true };
  }
  return null;
}

/** Words for the year of a date said before (这年10月, 當年): the paragraph's year, or none. */
const THAT_YEAR = ['这年', '這年', '那年', '当年', '當年', '该年', '該年', '是年'];

/**
 * Fill in a missing year (and month) from the paragraph, else from the published date. A day
 * alone (12日) takes the month of the paragraph's last month and that month's year, not a year
 * said after it alone (繼…10日下調明年原油需求預期後，…12日 is this year's).
 */
function fill(
  p: Part,
  ctxY: number | null,
  ctxM: number | null,
  ctxMY: number | null,
  pub: Ymd | null,
): boolean {
  if (p.y !== undefined) return p.m === undefined || p.d === undefined || isValidDay(p.y, p.m, p.d);
  if (p.m === undefined) {
    const m = ctxM ?? pub?.m;
    if (m === undefined) return false;
    p.m = m;
    if (ctxM !== null && ctxMY !== null) {
      p.y = ctxMY;
      return p.d === undefined || isValidDay(p.y, p.m, p.d);
    }
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
  // A range that runs into the next year gives its end no year (12月30日至1月2日): an earlier
  // month than the start's is the next year's.
  if (second.y === undefined)
    second.y =
      second.m !== undefined && first.m !== undefined && second.m < first.m
        ? (first.y as number) + 1
        : first.y;
  if (second.m === undefined && second.y === first.y) second.m = first.m;
  if (first.d !== undefined && second.d === undefined && second.m !== undefined && first.m !== second.m)
    return false;
  if (precisionOf(second) === 'year' && precisionOf(first) !== 'year') return false;
  return second.d === undefined || isValidDay(second.y as number, second.m as number, second.d);
}
