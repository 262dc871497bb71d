/**
 * Quantities: the pieces a figure is made of — `number [多|余] [multiplier] [unit] [qualifier]`,
 * ranges (`3萬至5萬人`, `3至5萬人`), fractions and percentages (`三分之一`, `百分之四點八`), and
 * the Figure record built from them.
 */
import type { Figure } from '../analysis.ts';
import * as numerals from './numerals.ts';
import type { Numeral } from './numerals.ts';
import * as units from './units.ts';
import type { Qualifier, UnitInfo } from './units.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { clean, digitAt, largeMultiplierAt, numeralStartsAt, readMultipliers, readNumeral } = numerals;
const { MID_QUALIFIERS, MORE_WORD_NEXT, postQualifierAt, preQualifierBefore, unitAt } = units;

export const RANGE_JOINERS = new Set(['至', '到', '-', '－', '—', '–', '~', '～', '〜']);

export interface Read {
  value: number;
  end: number;
  unit: UnitInfo | null;
  qualifier: string | null;
  numeral: Numeral;
  /** The value before any multiplier (5 for 5萬): for `3至5萬`. */
  mantissa: number;
  /** A multiplier (萬, 億 …) was applied, in the numeral or after 多 (20多萬). */
  scaled: boolean;
  /** The multiplier came after 个 (十个亿): a sum said aloud, a quantity even without a unit. */
  spoken: boolean;
}

export /** Read `number [多|余] [multiplier] [unit] [多|以上…]` starting at a numeral at `i`. */
function readQuantity(text: string, i: number): Read | null {
  const numeral = readNumeral(text, i);
  if (!numeral) return null;
  let value = numeral.value;
  let j = numeral.end;
  // 1兆9,937億, 4萬3千: a smaller scaled Arabic part right after a large multiplier adds on.
  const last = largeMultiplierAt(text, j - 1);
  if (numeral.kind === 'arabic' && last > 0 && digitAt(text.charCodeAt(j)) >= 0) {
    const tail = readNumeral(text, j);
    // (A part with its own multiplier, or digits enough to fill the place the multiplier leaves:
    // 2萬2500元 is 22,500; 1.7亿65周岁 is 1.7亿, then 65周岁.)
    if (tail && (tail.scaled || tail.digitsLength >= Math.log10(last) - 1) && tail.value < last) {
      value += tail.value;
      j = tail.end;
    }
  }
  let qualifier: string | null = null;
  let mantissa = numeral.mantissa;
  let spoken = false;
  // 十个亿, 两个亿: 个 said between a number and 亿 (a sum, not ten things; 一个百万富翁 is none).
  if (largeMultiplierAt(text, j - 1) === 0 && (text[j] === '个' || text[j] === '個')) {
    const m = readMultipliers(text, j + 1);
    if (m.factor === 1e8) {
      mantissa = value;
      value *= m.factor;
      j = m.end;
      spoken = true;
    }
  }
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
  const u = unitAt(text, j) ?? indexPointsAt(text, i, j, numeral, value);
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
    // 3年多, 兩倍多 (not 多為, 多數: see figures.ts' moreAt).
    if (
      !qualifier &&
      (unit.kind === 'time' || unit.unit === '倍') &&
      MID_QUALIFIERS.has(text[j] ?? '') &&
      (unit.kind === 'time' || !MORE_WORD_NEXT.includes(text[j + 1] || '_'))
    ) {
      qualifier = text[j] as string;
      j++;
    }
  }
  return {
    value,
    end: j,
    unit,
    qualifier,
    numeral,
    mantissa,
    scaled: numeral.scaled || value !== numeral.value,
    spoken,
  };
}

/**
 * 点 after an Arabic number too large for an hour or with a decimal part: an index's points
 * (沪指5178.19点, 跌掉了1491点), not a time (下午3点) nor a decimal point (2点5).
 */
function indexPointsAt(
  text: string,
  i: number,
  j: number,
  numeral: Numeral,
  value: number,
): (UnitInfo & { length: number }) | null {
  const c = text.charCodeAt(j);
  if ((c !== 0x70b9 /* 点 */ && c !== 0x9ede) /* 點 */ || numeral.kind !== 'arabic') return null;
  if (numeralStartsAt(text, j + 1) || (value < 100 && !text.slice(i, j).includes('.'))) return null;
  return { unit: text[j] as string, kind: 'measure', length: 1 };
}

function percentOf(text: string, i: number): { value: number; end: number } | null {
  const n = readNumeral(text, i);
  return n ? { value: n.value, end: n.end } : null;
}

export /** Past an ordinal and the range that may follow it (第605～606頁). */
function skipOrdinal(text: string, i: number): number {
  const a = readNumeral(text, i);
  if (!a) return i + 1;
  if (RANGE_JOINERS.has(text[a.end] ?? '') && numeralStartsAt(text, a.end + 1))
    return readNumeral(text, a.end + 1)?.end ?? a.end;
  return a.end;
}

export /**
 * `A joiner B`: both with the same unit (10%—15%), or a bare A that takes B's unit and, when
 * A is smaller than B's mantissa, B's multiplier too (3至5萬人 = 30000–50000). Without a unit,
 * only scaled Arabic numbers make a range (100億～120億).
 */
function rangeAt(text: string, i: number, q: Read, pre: Qualifier | null): Figure | null {
  if (!RANGE_JOINERS.has(text[q.end] ?? '') || !numeralStartsAt(text, q.end + 1)) return null;
  const b = readQuantity(text, q.end + 1);
  if (!b || b.numeral.kind !== q.numeral.kind) return null;
  let lo = q.value;
  if (q.unit) {
    if (!b.unit || b.unit.unit !== q.unit.unit) return null;
  } else {
    if (!b.unit && !(q.scaled && b.scaled && q.numeral.kind === 'arabic')) return null;
    if (!q.scaled && b.scaled && q.value < b.mantissa) lo = q.value * (b.value / b.mantissa);
  }
  if (!(b.value > lo)) return null;
  let end = b.end;
  const post = postQualifierAt(text, end);
  if (post) end += post.length;
  const unit = b.unit ? b.unit.unit : null;
  return finish(text, i, end, lo, b.value, unit, pre, q.qualifier ?? b.qualifier ?? post);
}

export function fractionAt(text: string, i: number): Figure | null {
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
  const qualifier = post;
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

export function finish(
  text: string,
  numStart: number,
  end: number,
  value: number,
  max: number | null,
  unit: string | null,
  pre: Qualifier | null,
  qualifier: string | null,
): Figure {
  const start = pre ? pre.start : numStart;
  return {
    start,
    end,
    text: text.slice(start, end),
    value: clean(value),
    max: max === null ? null : clean(max),
    unit,
    qualifier: pre ? pre.text : qualifier,
    suspect: false,
  };
}
