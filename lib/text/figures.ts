/**
 * Figures: a number with its unit and qualifier (`近1.3萬人`, `30億元以上`, `97.5%`, `兩成`,
 * `三分之一`, `3萬至5萬人`). One left-to-right scan; each position is read at most a
 * bounded number of times, so the cost is linear in the text length.
 */
import type { Figure, Span } from '../analysis.ts';
import {
  cnDigit,
  digitAt,
  largeMultiplier,
  numeralStartsAt,
  readMultipliers,
  readNumeral,
} from './numerals.ts';
import type { Numeral } from './numerals.ts';
import { MID_QUALIFIERS, postQualifierAt, preQualifierBefore, unitAt } from './units.ts';
import type { UnitInfo } from './units.ts';

export interface FigureOptions {
  /** Spans already taken by dates and times: numbers starting inside are not figures. */
  blocked?: Span[];
  /** Garbled crawl artifacts: figures inside or touching one are suspect. */
  garbled?: Span[];
}

/** Qualifiers that let a number start with a bare multiplier: 近億元, 逾萬人, 超百萬. */
const BARE_OK = new Set(['近', '將近', '将近', '逾', '超', '超過', '超过', '約', '约', '突破', '接近', '上']);

/** After X成, words where 成 is a verb or noun, not tenths (一成不變, 成功, 成員). */
const CHENG_BLOCKERS = '不功員员立本績绩果長长熟就型交品分效年人為为了都';

const RANGE_JOINERS = new Set(['至', '到', '-', '—', '–', '~', '～', '〜']);

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

interface Read {
  value: number;
  end: number;
  unit: UnitInfo | null;
  qualifier: string | null;
  numeral: Numeral;
  /** The numeral's own multiplier was applied (for `3至5萬`). */
  mantissa: number;
}

/** Read `number [多|余] [multiplier] [unit] [多|以上…]` starting at a numeral at `i`. */
function readQuantity(text: string, i: number): Read | null {
  const numeral = readNumeral(text, i);
  if (!numeral) return null;
  let value = numeral.value;
  let j = numeral.end;
  let qualifier: string | null = null;
  let mantissa = value;
  if (MID_QUALIFIERS.has(text[j] ?? '')) {
    const m = readMultipliers(text, j + 1);
    if (m.factor !== 1) {
      qualifier = text[j] as string;
      value = value * m.factor;
      mantissa = numeral.value;
      j = m.end;
    } else if (unitAt(text, j + 1)) {
      qualifier = text[j] as string;
      j++;
    }
  }
  let unit: UnitInfo | null = null;
  const u = unitAt(text, j);
  if (u) {
    unit = { unit: u.unit, kind: u.kind };
    j += u.length;
    // 6個多月: the qualifier sits inside the unit.
    if ((u.unit === '個' || u.unit === '个') && MID_QUALIFIERS.has(text[j] ?? '') && !qualifier) {
      const rest = ['月', '小時', '小时', '星期'].find((r) => text.startsWith(r, j + 1));
      if (rest) {
        qualifier = text[j] as string;
        unit = { unit: u.unit + rest, kind: 'time' };
        j += 1 + rest.length;
      }
    }
    // 100周年 is an anniversary, not a duration.
    if ((u.unit === '周' || u.unit === '週') && text[j] === '年') return null;
    if (!qualifier && unit.kind === 'time' && MID_QUALIFIERS.has(text[j] ?? '')) {
      qualifier = text[j] as string;
      j++;
    }
  }
  return { value, end: j, unit, qualifier, numeral, mantissa };
}

function percentOf(text: string, i: number): { value: number; end: number } | null {
  const n = readNumeral(text, i);
  return n ? { value: n.value, end: n.end } : null;
}

/** Sorted spans → a cursor that answers, for queries in increasing order, "does [s,e) overlap (or touch) a span?". */
function spanCursor(spans: Span[] | undefined, touch: boolean) {
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

/** Find the figures in `text`. */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const figures: Figure[] = [];
  const blocked = spanCursor(options.blocked, false);
  const garbled = spanCursor(options.garbled, true);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!numeralStartsAt(text, i)) {
      i++;
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
    found.suspect = garbled(found.start, found.end);
    figures.push(found);
    i = found.end;
  }
  return figures;
}

/** The figure whose numeral starts at `i`; a number (where to resume) when there is none. */
function figureAt(text: string, i: number): Figure | number {
  const prev = text[i - 1] ?? '';
  const prevCode = text.charCodeAt(i - 1);
  // Percent and fractions: 百分之九十七點五, 三分之一.
  const special = fractionAt(text, i);
  if (special) return special;
  if (prev === '第' || prev === '初' || prev === '週' || prev === '周' || prev === '星' || prev === '期')
    return readNumeral(text, i)?.end ?? i + 1;
  const arabic = digitAt(text.charCodeAt(i)) >= 0;
  if (
    arabic &&
    (isLatin(prevCode) || prev === '.' || prev === '/' || (prev === '-' && isLatin(text.charCodeAt(i - 2))))
  )
    return readNumeral(text, i)?.end ?? i + 1;
  const q = readQuantity(text, i);
  if (!q) return readNumeral(text, i)?.end ?? i + 1;
  const nm = q.numeral;
  const pre = preQualifierBefore(text, i);
  // Words made of numeral characters: 億萬職工, 千家萬戶, 萬家, 百名勞模 (bare multiplier).
  if (nm.kind === 'chinese') {
    const first = text[i] as string;
    const bare = cnDigit(first) < 0 && first !== '廿' && first !== '卅' && first !== '十';
    if (bare && !(pre && BARE_OK.has(pre) && largeMultiplier(text[nm.end - 1]) > 0)) return nm.end;
    if (nm.positional) return nm.end;
  }
  // Tenths: 兩成, 三成五, 7成.
  if (!q.unit && !q.qualifier && text[nm.end] === '成' && !nm.scaled) {
    const after = text[nm.end + 1] ?? '';
    if (CHENG_BLOCKERS.includes(after) || (nm.kind === 'chinese' && nm.value > 10)) return nm.end;
    let value = nm.value * 10;
    let end = nm.end + 1;
    const d = cnDigit(text[end]);
    if (d > 0 && nm.kind === 'chinese' && !numeralStartsAt(text, end + 1)) {
      value += d;
      end++;
    }
    return finish(text, i, end, value, null, '%', pre, null);
  }
  if (!q.unit) return rangeWithSharedUnit(text, i) ?? nm.end;
  if (
    nm.kind === 'chinese' &&
    nm.single &&
    !nm.scaled &&
    q.unit.kind !== 'strong' &&
    q.unit.kind !== 'measure'
  )
    return q.end;
  if (nm.kind === 'chinese' && nm.single && nm.value === 1 && q.unit.unit !== '倍') return q.end;
  // Dates, times and years that the date recognizer did not take.
  if (q.unit.unit === '年' && !q.qualifier && Number.isInteger(q.value) && q.value >= 1000) return q.end;
  if (arabic && (text[nm.end] === ':' || text[nm.end] === '：' || prev === ':' || prev === '：'))
    return nm.end;
  // A range: 3萬至5萬人, 10%—15%, 3至5年.
  const value = q.value;
  let max: number | null = null;
  let end = q.end;
  const unit = q.unit;
  let qualifier = q.qualifier;
  if (RANGE_JOINERS.has(text[q.end] ?? '') && numeralStartsAt(text, q.end + 1)) {
    const r = readQuantity(text, q.end + 1);
    if (r && r.unit && r.unit.unit === q.unit.unit && r.value >= q.value) {
      max = r.value;
      end = r.end;
      qualifier = qualifier ?? r.qualifier;
    }
  }
  const post = postQualifierAt(text, end);
  if (post) end += post.length;
  return finish(text, i, end, value, max, unit.unit, pre, qualifier ?? post);
}

/** `3至5萬人`: a bare first number takes the second one's multiplier. */
function rangeWithSharedUnit(text: string, i: number): Figure | null {
  const a = readNumeral(text, i);
  if (!a || a.scaled || !RANGE_JOINERS.has(text[a.end] ?? '')) return null;
  const b = readQuantity(text, a.end + 1);
  if (!b || !b.unit || !b.numeral.scaled) return null;
  const factor = b.value / b.mantissa;
  if (!(a.value < b.mantissa) || !Number.isFinite(factor)) return null;
  return finish(
    text,
    i,
    b.end,
    a.value * factor,
    b.value,
    b.unit.unit,
    preQualifierBefore(text, i),
    b.qualifier,
  );
}

function fractionAt(text: string, i: number): Figure | null {
  const den = readNumeral(text, i);
  if (!den || text[den.end] !== '分' || text[den.end + 1] !== '之') return null;
  const num = percentOf(text, den.end + 2);
  if (!num) return null;
  const pre = preQualifierBefore(text, i);
  let end = num.end;
  let max: number | null = null;
  // 百分之三十至四十
  if (RANGE_JOINERS.has(text[end] ?? '') && numeralStartsAt(text, end + 1)) {
    const hi = percentOf(text, end + 1);
    if (hi && hi.value >= num.value) {
      max = hi.value;
      end = hi.end;
    }
  }
  const post = postQualifierAt(text, end);
  const qualifier = pre ?? post;
  if (post) end += post.length;
  if (den.value === 100) return finish(text, i, end, num.value, max, '%', pre, qualifier);
  if (den.value === 1000) return finish(text, i, end, num.value, max, '‰', pre, qualifier);
  if (den.value <= 0) return null;
  return finish(
    text,
    i,
    end,
    num.value / den.value,
    max === null ? null : max / den.value,
    null,
    pre,
    qualifier,
  );
}

function finish(
  text: string,
  numStart: number,
  end: number,
  value: number,
  max: number | null,
  unit: string | null,
  pre: string | null,
  qualifier: string | null,
): Figure {
  const start = pre ? numStart - pre.length : numStart;
  const clean = (x: number) => Number(x.toPrecision(12));
  return {
    start,
    end,
    text: text.slice(start, end),
    value: clean(value),
    max: max === null ? null : clean(max),
    unit,
    qualifier: pre ?? qualifier,
    suspect: false,
  };
}
