/**
 * Dates relative to the published date: 今天, 昨天, 前天, 本月10日, 上月, 去年, 今年5月,
 * 3天前, 上週五, and the Taiwanese 今（23）日.
 */
import { addDays, addMonths, isValidDay, weekday } from './calendar.ts';
import type { Ymd } from './calendar.ts';
import * as chars from './chars.ts';
import {
  DAY_MARKS,
  readDigits,
  readHoliday,
  readMonthDay,
  readSeason,
  small,
  startsWithAny,
} from './date-parts.ts';
import type { Part } from './date-parts.ts';
import * as numerals from './numerals.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { mark, RELATIVE } = chars;
const { readNumeral } = numerals;

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
  // (A part of the day with it: 昨晚, 今晨, 前晚 name the day too; not 前夜, the eve of something.)
  昨晚: -1,
  昨夜: -1,
  昨晨: -1,
  今晨: 0,
  今早: 0,
  今晚: 0,
  今夜: 0,
  前晚: -2,
  明晚: 1,
  明早: 1,
  明晨: 1,
  大前天: -3,
  大後天: 3,
  大后天: 3,
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
const AGO_UNITS: Record<string, 'd' | 'w' | 'm' | 'y'> = {
  天前: 'd',
  日前: 'd',
  週前: 'w',
  周前: 'w',
  星期前: 'w',
  個星期前: 'w',
  个星期前: 'w',
  個月前: 'm',
  个月前: 'm',
  年前: 'y',
};
const YEAR_WORDS = Object.entries(RELATIVE_YEARS);
const MONTH_WORDS = Object.entries(RELATIVE_MONTHS);
const DAY_WORDS = Object.entries(RELATIVE_DAYS);
const WEEK_WORDS = Object.entries(RELATIVE_WEEKS);
const AGO_WORDS = Object.keys(AGO_UNITS);
/** A weekday named alone (港府周三公布, 星期天, 週五): the week's word before its day. */
const BARE_WEEK_WORDS = ['星期', '禮拜', '礼拜', '週', '周'];
const RELATIVE_FIRST = new Set(
  [RELATIVE_DAYS, RELATIVE_YEARS, RELATIVE_MONTHS, RELATIVE_WEEKS]
    .flatMap((t) => Object.keys(t).map((k) => k[0]))
    .concat(BARE_WEEK_WORDS.map((w) => w[0])),
);
mark(
  [...RELATIVE_FIRST].filter((c): c is string => c !== undefined),
  RELATIVE,
);

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
  // (Present-day China, the world of today: no day.)
  '今天的中國',
  '今天的中国',
  '今天的世界',
  // (How it looks now: 即使在今天看来, 从今天来看.)
  '今天看来',
  '今天看來',
  '今天来看',
  '今天來看',
  '今日看来',
  '今日看來',
  '明日之星',
  '昨日重現',
  '昨日重现',
  '後天性',
  '后天性',
];

/** How far back a 在 is looked for before …的今天. */
const AGE_REACH = 40;

/**
 * Is the 今天/今日 at `i` the age one lives in, 在…的今天 (在科技飞速发展的今天), not a day? A 在
 * opens its clause before the 的 right before it. (4年后的今天, with no 在, is a day.)
 */
function ageOfToday(text: string, i: number): boolean {
  if (text[i - 1] !== '的' || text[i] !== '今' || (text[i + 1] !== '天' && text[i + 1] !== '日'))
    return false;
  for (let j = i - 2; j >= 0 && j >= i - AGE_REACH; j--) {
    const c = text[j] as string;
    if (c === '在') return true;
    if ('，,。！？!?；;\n'.includes(c)) return false;
  }
  return false;
}

/** Characters that make a word ending in 前 with it (以前, 之前, 提前, 目前, 此前 …). */
const BEFORE_WORD_END = '以之提從从目此事生當当空眼面向日先';

function insideWord(text: string, i: number, word: string): boolean {
  for (const w of NOT_RELATIVE) {
    const k = w.indexOf(word);
    if (k >= 0 && i - k >= 0 && text.startsWith(w, i - k)) return true;
  }
  return false;
}

/** A relative date at i, resolved to a part against `pub`. */
export function readRelative(text: string, i: number, pub: Ymd): Part | null {
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
    // 以前年度, 提前年底, 目前年輕人: the 前 of a word before it.
    if (w === '前年' && BEFORE_WORD_END.includes(text[i - 1] ?? '_')) continue;
    const part = readMonthDay(
      text,
      i + w.length,
      { y: pub.y + dy, end: i + w.length, relative: true },
      false,
    );
    if (part.m === undefined && !readSeason(text, part.end, part)) readHoliday(text, part.end, part);
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
    if (!text.startsWith(w, i) || insideWord(text, i, w) || ageOfToday(text, i)) continue;
    return { ...addDays(pub, dd), end: i + w.length, relative: true };
  }
  for (const [w, dw] of WEEK_WORDS) {
    if (!text.startsWith(w, i)) continue;
    const wd = WEEKDAYS[text[i + w.length] ?? ''];
    if (wd === undefined) return null;
    const monday = addDays(pub, 1 - weekday(pub));
    return { ...addDays(monday, dw * 7 + wd - 1), end: i + w.length + 1, relative: true };
  }
  return bareWeekday(text, i, pub);
}

/**
 * Words before a weekday that put it to come: 将/拟 (將於週五舉行), 预计, 定于 (市府定於週三公布),
 * 计划, 预定, 准备, 打算. (A 将 after the weekday is often 把: 警方週三將疑犯拘捕.)
 */
const FUTURE_BEFORE = /[将將拟擬]|預計|预计|定於|定于|計劃|计划|預定|预定|準備|准备|打算/;

/**
 * A weekday named alone: the last such day on or before the published one (港府周三公布), or the
 * next on or after it when the words before it say it is to come (將於週五舉行: FUTURE_BEFORE).
 * Not every week's (每周三, 逢星期日), a week's span or list (周一至周五, 週二、週四), a paper's
 * name (星期天报, 周日版), the weekday of a date written before it, nor a day in another week
 * (上周三, read above).
 */
function bareWeekday(text: string, i: number, pub: Ymd): Part | null {
  const w = BARE_WEEK_WORDS.find((x) => text.startsWith(x, i));
  const wd = w ? WEEKDAYS[text[i + w.length] ?? ''] : undefined;
  if (!w || wd === undefined) return null;
  const end = i + w.length + 1;
  const before = text[i - 1] ?? '';
  if ('每逢隔上下本這这個个至到、~～-—'.includes(before) && before !== '') return null;
  // (Nor the weekday of the date right before it: 2005年08月30日, 星期二; 2月14日（星期二）.)
  if (/(?:[日号號]|\d)[\s,，(（]*$/.test(text.slice(Math.max(0, i - 4), i))) return null;
  if (
    /^\s*(?:[报報刊版檔档]|(?:至|到|、|~|～|-|—)\s*(?:星期|禮拜|礼拜|週|周)?[一二三四五六日天])/.test(
      text.slice(end, end + 6),
    )
  )
    return null;
  const future = FUTURE_BEFORE.test(text.slice(Math.max(0, i - 6), i));
  const from = weekday(pub);
  const days = future ? (wd - from + 7) % 7 : -((from - wd + 7) % 7);
  return { ...addDays(pub, days), end, relative: true };
}

/** N天前, 3個月前, 兩年前. */
export function readAgo(text: string, i: number, pub: Ymd): Part | null {
  const n = readNumeral(text, i);
  if (!n || !Number.isInteger(n.value) || n.positional || n.value > 1000) return null;
  const unit = startsWithAny(text, n.end, AGO_WORDS);
  if (!unit) return null;
  const end = n.end + unit.length;
  const kind = AGO_UNITS[unit];
  if (kind === 'd' || kind === 'w')
    return { ...addDays(pub, -n.value * (kind === 'w' ? 7 : 1)), end, relative: true };
  if (kind === 'm') return { ...addMonths(pub.y, pub.m, -n.value), end, relative: true };
  return { y: pub.y - n.value, end, relative: true };
}
