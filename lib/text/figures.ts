/**
 * Figures: a number with its unit and qualifier (`近1.3萬人`, `30億元以上`, `97.5%`, `兩成`,
 * `三分之一`, `3萬至5萬人`). One left-to-right scan; each position is read at most a
 * bounded number of times, so the cost is linear in the text length.
 */
import type { Figure, Span } from '../analysis.ts';
import * as chars from './chars.ts';
import * as numerals from './numerals.ts';
import { durationCueBefore } from './date-parts.ts';
import * as quantity from './quantity.ts';
import { setPhraseAt } from './set-phrases.ts';
import * as units from './units.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { classAt, NUMERAL } = chars;
const { cnDigit, digitAt, numeralStartsAt, readNumeral } = numerals;
const { MID_QUALIFIERS, MORE_WORD_NEXT, postQualifierAt, preQualifierBefore } = units;
const { finish, fractionAt, RANGE_JOINERS, rangeAt, readQuantity, skipOrdinal } = quantity;

export interface FigureOptions {
  /** Spans already taken by dates and times: numbers starting inside are not figures. */
  blocked?: Span[];
  /** Garbled crawl artifacts: figures inside or touching one are suspect. */
  garbled?: Span[];
}

/** Qualifiers that let a number start with a bare multiplier: 近億元, 逾萬人, 超百萬. */
const BARE_OK = new Set(['近', '將近', '将近', '逾', '超', '超過', '超过', '約', '约', '突破', '接近']);

/** After X成, words where 成 is a verb or noun, not tenths (一成不變, 成功, 成員). */
const CHENG_BLOCKERS = '不功員员立本績绩果長长熟就型交品分效為为了都';

const VAGUE = new Set(['幾', '几', '數', '数']);

/** Banking numerals: alone they are usually part of a word (大陸人, 參加, 隊伍). */
const FORMAL_DIGITS = '壹貳贰參叁肆伍陸陆柒捌玖拾佰仟';

/** What may follow 度 or 級 when it is a unit: not a hanzi, except these. */
const DEGREE_NEXT = /^$|^[^\u3400-\u9fff]|^[的以左上下之至到高低地震強强風风]/;

/** Reign and era names a year is counted in (the last two characters before the number). */
const ERA =
  /^(康熙|雍正|乾隆|嘉庆|嘉慶|道光|咸丰|咸豐|同治|光绪|光緒|宣统|宣統|洪武|永乐|永樂|万历|萬曆|崇祯|崇禎|贞观|貞觀|开元|開元|天宝|天寶|明治|大正|昭和|平成|令和)$/;

/**
 * What follows a year, not a span of years (获, 起, 初, 底, 春 …), and what comes before one: a
 * clause's start or a preposition of time (苦练30年获得冠军 is thirty years). See figureAt.
 */
const YEAR_NEXT = /[获獲起初底末春夏秋冬入生毕畢任考赴进進参參开開创創建被]/;
const YEAR_BEFORE = /[，,。；;：:、\s（(「“于於在从從自]/;

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Sorted spans → a cursor that answers, for queries in increasing order, "does [s,e) overlap (or touch) a span?". */
export function spanCursor(spans: readonly Span[] | undefined, touch: boolean) {
  const list = (spans ?? []).slice().sort((a, b) => a.start - b.start);
  let k = 0;
  return (s: number, e: number): boolean => {
    while (k < list.length && (touch ? (list[k] as Span).end < s : (list[k] as Span).end <= s)) k++;
    for (let m = k; m < list.length; m++) {
      const sp = list[m] as Span;
      if (touch ? sp.start > e : sp.start >= e) break;
      if (touch ? sp.end >= s : sp.end > s) return true;
    }
    return false;
  };
}

/** A minus sign before a number, not a hyphen between words or numbers (COVID-19, 3-5). */
function isMinusAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '-' && ch !== '−' && ch !== '－') return false;
  const before = text.charCodeAt(i - 1);
  return !(before === before && (digitAt(before) >= 0 || isLatin(before) || before === 0x5e74) /* 年 */);
}

/** Where a scan for figures is: resumable at any point (see findFiguresSteps). */
interface FigureScan {
  figures: Figure[];
  blocked: ReturnType<typeof spanCursor>;
  garbled: ReturnType<typeof spanCursor>;
  i: number;
}

function startScan(options: FigureOptions): FigureScan {
  return {
    figures: [],
    blocked: spanCursor(options.blocked, false),
    garbled: spanCursor(options.garbled, true),
    i: 0,
  };
}

/** Find the figures in `text`. */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const scan = startScan(options);
  scanFigures(text, scan, text.length);
  return scan.figures;
}

/**
 * findFigures in steps of chars.SCAN_CHUNK characters: the same loop, paused and resumed (the span
 * cursors only move forward), so the same figures.
 */
export function* findFiguresSteps(
  text: string,
  options: FigureOptions = {},
): Generator<void, Figure[], void> {
  const scan = startScan(options);
  yield* chars.inChunks(
    text.length,
    () => scan.i,
    (to) => scanFigures(text, scan, to),
  );
  return scan.figures;
}

/** Scans from scan.i until it passes `to` (a figure that starts before `to` is read whole). */
function scanFigures(text: string, scan: FigureScan, to: number): void {
  const { figures, blocked, garbled } = scan;
  let i = scan.i;
  while (i < to) {
    if ((classAt(text, i) & NUMERAL) === 0) {
      i++;
      continue;
    }
    const phrase = setPhraseAt(text, i);
    if (phrase > 0) {
      i += phrase;
      continue;
    }
    const found = figureAt(text, i);
    if (typeof found === 'number') {
      i = Math.max(found, i + 1);
      continue;
    }
    if (blocked(found.start, found.end)) {
      i = found.end;
      continue;
    }
    // 零下5度, -5℃: below zero.
    const minus = text.startsWith('零下', found.start - 2) ? 2 : isMinusAt(text, found.start - 1) ? 1 : 0;
    if (minus > 0 && found.start >= minus) {
      found.start -= minus;
      found.text = text.slice(found.start, found.end);
      found.value = -found.value;
      if (found.max !== null) found.max = -found.max;
    }
    found.suspect = garbled(found.start, found.end);
    figures.push(found);
    i = found.end;
  }
  scan.i = i;
}

interface Tenths {
  /** In percent: 兩成 is 20, 三成五 35. */
  value: number;
  end: number;
}

/** The tenths `nm成[digit]` (its 成 right after the numeral), or null where 成 is a word's (成功, 一成不變). */
function tenthsAt(text: string, nm: numerals.Numeral): Tenths | null {
  const after = text[nm.end + 1] ?? '';
  if ((after && CHENG_BLOCKERS.includes(after)) || (nm.kind === 'chinese' && nm.value > 10)) return null;
  let value = nm.value * 10;
  let end = nm.end + 1;
  const d = nm.kind === 'chinese' ? cnDigit(text[end]) : digitAt(text.charCodeAt(end));
  if (d > 0 && !numeralStartsAt(text, end + 1) && text[end + 1] !== '.') {
    value += d;
    end++;
  }
  return { value, end };
}

/** The tenths after a range's joiner at `j` (至2成, 到兩成), in numerals of the same kind, or null. */
function tenthsAfterJoiner(text: string, j: number, kind: numerals.Numeral['kind']): Tenths | null {
  if (!RANGE_JOINERS.has(text[j] ?? '') || !numeralStartsAt(text, j + 1)) return null;
  const b = readNumeral(text, j + 1);
  if (!b || b.kind !== kind || b.scaled || text[b.end] !== '成') return null;
  return tenthsAt(text, b);
}

/** 多 or 余 after tenths or a multiple (兩成多, 兩倍多), not where it starts a word (多為, 多數). */
function moreAt(text: string, i: number): string | null {
  const ch = text[i] ?? '';
  const next = text[i + 1];
  return MID_QUALIFIERS.has(ch) && !(next && MORE_WORD_NEXT.includes(next)) ? ch : null;
}

/** A currency's sign right before a number (HK$, NT$, US$, $, ￥, ¥, €, £). */
const CURRENCY_BEFORE = /(?:HK|NT|US|S|A|C|NZ|MOP)?\$\s?$|[￥¥€£]\s?$/;

/** After a bond's year and the 万 or 亿 its issuer's name opens with: the rest of it and its number. */
const BOND_REST = /^[\u4e00-\u9fff]{1,3}\d{2}(?!\d)/;

function currencyBefore(text: string, i: number): string {
  return CURRENCY_BEFORE.exec(text.slice(Math.max(0, i - 5), i))?.[0] ?? '';
}

/** The figure whose numeral starts at `i`; a number (where to resume) when there is none. */
function figureAt(text: string, i: number): Figure | number {
  const prev = text[i - 1] ?? '';
  const prevCode = text.charCodeAt(i - 1);
  // Percent and fractions: 百分之九十七點五, 三分之一.
  const special = fractionAt(text, i);
  if (special) return special;
  if (prev === '第' || prev === '初' || prev === '週' || prev === '周' || prev === '星' || prev === '期')
    return skipOrdinal(text, i);
  const arabic = digitAt(text.charCodeAt(i)) >= 0;
  // Codes and page numbers written with a leading zero: 02版, 35，000年 (a comma split).
  if (arabic && digitAt(text.charCodeAt(i)) === 0 && digitAt(text.charCodeAt(i + 1)) >= 0)
    return readNumeral(text, i)?.end ?? i + 1;
  if (
    arabic &&
    (isLatin(prevCode) || prev === '.' || prev === '/' || (prev === '-' && isLatin(text.charCodeAt(i - 2))))
  )
    return readNumeral(text, i)?.end ?? i + 1;
  const q = readQuantity(text, i);
  if (!q) return readNumeral(text, i)?.end ?? i + 1;
  const nm = q.numeral;
  // Times: 09:30, 1:30-3:30 (digits on both sides of the colon; 票价：180元 is a price).
  const colonAfter = text[nm.end] === ':' || text[nm.end] === '：';
  const colonBefore = prev === ':' || prev === '：';
  if (
    arabic &&
    ((colonAfter && digitAt(text.charCodeAt(nm.end + 1)) >= 0) ||
      (colonBefore && digitAt(text.charCodeAt(i - 2)) >= 0))
  )
    return nm.end;
  const pre = preQualifierBefore(text, i);
  // Words made of numeral characters: 億萬職工, 千家萬戶, 萬家, 百名勞模 (bare multiplier);
  // 十三四歲 (the 四 of an approximate pair).
  if (nm.kind === 'chinese') {
    if (cnDigit(prev) >= 0 || prev === '十' || prev === '百' || prev === '千') return nm.end;
    // 幾十萬元, 數百人: vague; 十四、五歲: the second half of an approximate pair.
    if (VAGUE.has(prev) || (prev === '、' && cnDigit(text[i - 2]) >= 0)) return q.end;
    const first = text[i] as string;
    const bare = cnDigit(first) < 0 && first !== '廿' && first !== '卅' && first !== '十';
    // A bare multiplier with its unit is a quantity when 余 or 多 follows it (千余人, 百多家,
    // 萬餘名); alone it is a word's (萬家, 百名勞模), and so after 上 (上億人次: the seed's truth
    // counts it no figure).
    if (bare && !(pre && BARE_OK.has(pre.text)) && !(q.unit && q.qualifier)) return nm.end;
    if (nm.positional) return nm.end;
  }
  // Tenths: 兩成, 三成五, 7成; their ranges: 1至2成, 一成至兩成; 兩成多.
  if (!q.unit && !q.qualifier && !nm.scaled) {
    const lo = text[nm.end] === '成' ? tenthsAt(text, nm) : null;
    if (text[nm.end] === '成' && !lo) return nm.end;
    const hi = tenthsAfterJoiner(text, lo ? lo.end : nm.end, nm.kind);
    const value = lo ? lo.value : nm.value * 10;
    if (lo || (hi && hi.value > value)) {
      const end = hi && hi.value > value ? hi.end : (lo as Tenths).end;
      const more = moreAt(text, end);
      const post = more ?? postQualifierAt(text, end);
      const max = hi && hi.value > value ? hi.value : null;
      return finish(text, i, end + (post?.length ?? 0), value, max, '%', pre, post);
    }
  }
  // A range: 3萬至5萬人, 10%—15%, 3至5年, 3至5萬人, 100億～120億.
  const range = rangeAt(text, i, q, pre);
  if (range) return range;
  // A currency's sign before the number is its unit, as written: HK$5,000, NT$300, ￥1,299, €20
  // (and a count's measure word after it is not: ￥1,299起 is from 1,299).
  const sign = arabic && (!q.unit || q.unit.kind === 'count') ? currencyBefore(text, i) : '';
  if (sign) {
    const numEnd = q.end - (q.unit?.unit.length ?? 0);
    const post = q.unit ? null : postQualifierAt(text, numEnd);
    const signStart = i - sign.length;
    const before = preQualifierBefore(text, signStart);
    return finish(
      text,
      signStart,
      numEnd + (post?.length ?? 0),
      q.value,
      null,
      sign.trim(),
      before,
      q.qualifier ?? post,
    );
  }
  if (!q.unit) {
    // 人口約8萬, 賺60億: a scaled Arabic number is a quantity even without a unit; so is a
    // Chinese one of ten thousand or more after 近, 逾, 超 … (市值蒸發近千億; not 億萬職工).
    const qualified = (!arabic && !!pre && BARE_OK.has(pre.text) && q.value >= 10000) || q.spoken;
    // (Not a bond's short name, its year's two digits, its issuer's and its number: 16亿阳03, 18万科01.)
    if (arabic && q.end === i + 3 && BOND_REST.test(text.slice(q.end, q.end + 6))) return q.end;
    if ((arabic || qualified) && q.scaled && !isLatin(text.charCodeAt(q.end))) {
      const mid = MID_QUALIFIERS.has(text[q.end] ?? '') && !q.qualifier ? (text[q.end] as string) : null;
      const post = mid ? null : postQualifierAt(text, q.end);
      const end = q.end + (mid ? 1 : (post?.length ?? 0));
      return finish(text, i, end, q.value, null, null, pre, q.qualifier ?? mid ?? post);
    }
    return nm.end;
  }
  // A one-character Chinese numeral before a generic measure word is a determiner (一個, 兩項,
  // 三年行動計劃) unless a qualifier makes it a quantity (近兩個小時).
  // (With 多 or 余 it counts: 十多個.)
  // (十, 廿 and 卅 are no determiners: 十家企業 is ten firms; but 十字 is a cross, 十字路口.)
  if (nm.kind === 'chinese' && nm.single && nm.value === 10 && q.unit.unit === '字' && !q.qualifier)
    return q.end;
  if (nm.kind === 'chinese' && nm.single && !q.scaled && !pre && !q.qualifier && nm.value < 10) {
    if (q.unit.kind !== 'strong' || FORMAL_DIGITS.includes(text[i] as string)) return q.end;
    if (nm.value === 1 && q.unit.unit !== '倍') return q.end;
  }
  // 3度召開 (three times) is not 3 degrees: a temperature or angle ends there.
  if (
    (q.unit.unit === '度' || q.unit.unit === '級' || q.unit.unit === '级') &&
    !DEGREE_NEXT.test(text[q.end] ?? '')
  )
    return q.end;
  // Rankings: 前三名, 前10位.
  if (prev === '前' && (q.unit.unit === '名' || q.unit.unit === '位')) return q.end;
  // Years that the date recognizer did not take (not 35,000年: a year has no separator), and
  // decades (90年代, 五十年代).
  if (
    q.unit.unit === '年' &&
    !q.qualifier &&
    Number.isInteger(q.value) &&
    q.value >= 1000 &&
    !nm.formatted &&
    !durationCueBefore(text, i)
  )
    return q.end;
  if (q.unit.unit === '年' && text[q.end] === '代') return q.end + 1;
  // A year of a reign or an era (道光二十二年, 光緒二十年, 昭和五十年): a date, not a span.
  if (q.unit.unit === '年' && ERA.test(text.slice(Math.max(0, i - 2), i))) return q.end;
  // A 19xx year written with two digits, opening a clause before what a year does (，98年获…,
  // 于85年起, 49年建国): a date, not thirty to ninety-nine years. (A duration goes on otherwise:
  // 60年后, 70年来, 30年的, 苦练30年获得.)
  if (
    q.unit.unit === '年' &&
    !q.qualifier &&
    q.value >= 30 &&
    q.end === i + 3 &&
    digitAt(text.charCodeAt(i + 1)) >= 0 &&
    !durationCueBefore(text, i) &&
    YEAR_NEXT.test(text[q.end] ?? '') &&
    YEAR_BEFORE.test(text[i - 1] ?? '，')
  )
    return q.end;
  let end = q.end;
  const post = postQualifierAt(text, end);
  if (post) end += post.length;
  return finish(text, i, end, q.value, null, q.unit.unit, pre, q.qualifier ?? post);
}
