/**
 * Numerals in Chinese news text: Arabic (`1,594`, `328.13`), full-width (`１２３`), Chinese in
 * both scripts (`三百二十八萬`, `一萬零二十`, `兩`, `〇`, `廿`, `卅`), digit-by-digit
 * (`二〇二一`), and mixed (`1.5億`, `3千萬`, `5萬億`). One left-to-right scan, no regex.
 */
import * as chars from './chars.ts';
import * as codes from './numeral-codes.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { CHAR_CLASS, NUMERAL } = chars;
const {
  cnDigitCode,
  DIAN,
  DIAN_S,
  largeAt,
  LIANG,
  LIANG_S,
  NIAN,
  QIAN,
  SA,
  smallAt,
  unitAfterMultiplier,
  ZHAO,
} = codes;

export interface Numeral {
  value: number;
  /** The value before a trailing multiplier: 5 for 5萬, 1.5 for 1.5億. */
  mantissa: number;
  /** Offset just past the numeral. */
  end: number;
  /** `arabic` digits (maybe with Chinese multipliers), or all `chinese`. */
  kind: 'arabic' | 'chinese';
  /** Chinese numeral written digit by digit without multipliers (二〇二一). */
  positional: boolean;
  /** A Chinese numeral that is one character long (一, 三, 十): often a word, not a quantity. */
  single: boolean;
  /** Has a large multiplier (萬, 億, 兆) or a small one after Arabic digits. */
  scaled: boolean;
  /** Number of characters read before any multiplier (`1,594` → 5). */
  digitsLength: number;
  /** Arabic integer part written with thousands commas or a decimal point. */
  formatted: boolean;
}

/** Round away binary noise: 328.13 * 1e4 → 3281300. */
export function clean(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(15));
}

/** Value of an ASCII or full-width digit at `code`, or -1. */
export function digitAt(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function cnDigit(ch: string | undefined): number {
  return ch === undefined || ch.length === 0 ? -1 : cnDigitCode(ch.charCodeAt(0));
}

/** The value of the large multiplier (萬, 億, 兆) at `i` of `text`, 0 for none. */
export function largeMultiplierAt(text: string, i: number): number {
  return largeAt(text.charCodeAt(i));
}

/** True if a numeral can start at `i`. */
export function numeralStartsAt(text: string, i: number): boolean {
  return ((CHAR_CLASS[text.charCodeAt(i)] ?? 0) & NUMERAL) !== 0;
}

/** Is the character at `i` a multiplier here (千 and 兆 not when a unit goes on: 千米, 兆瓦)? */
function isMultiplierHere(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (smallAt(c) + largeAt(c) === 0) return false;
  if ((c === QIAN || c === ZHAO) && unitAfterMultiplier(text.charCodeAt(i + 1))) return false;
  return true;
}

/**
 * Read multipliers after a mantissa (`萬`, `千萬`, `萬億`): returns the factor and the end,
 * factor 1 when there are none. Used after Arabic digits and after 多/余 (`400多萬`).
 */
export function readMultipliers(text: string, i: number): { factor: number; end: number } {
  let j = i;
  let lastLarge = 0;
  let large = 1;
  let small = 1;
  while (j < text.length && isMultiplierHere(text, j)) {
    const c = text.charCodeAt(j);
    const s = smallAt(c);
    if (s !== 0) {
      if (small !== 1 || lastLarge !== 0) break;
      small = s;
    } else {
      const l = largeAt(c);
      if (lastLarge !== 0 && l <= lastLarge) break;
      lastLarge = l;
      large *= l;
    }
    j++;
  }
  return { factor: small * large, end: j };
}

function readArabic(text: string, i: number): Numeral | null {
  let j = i;
  let intPart = 0;
  let digits = 0;
  let formatted = false;
  while (j < text.length) {
    const d = digitAt(text.charCodeAt(j));
    if (d >= 0) {
      intPart = intPart * 10 + d;
      digits++;
      j++;
      continue;
    }
    // Thousands comma: exactly three digits follow, then a non-digit. (Full-width too, as a crawl
    // that widens punctuation leaves it: 35，000年前.)
    const comma = text.charCodeAt(j);
    if (
      (comma === 0x2c /* , */ || comma === 0xff0c) /* ， */ &&
      digits > 0 &&
      digits <= 3 + (formatted ? 1e9 : 0)
    ) {
      const a = digitAt(text.charCodeAt(j + 1));
      const b = digitAt(text.charCodeAt(j + 2));
      const c = digitAt(text.charCodeAt(j + 3));
      const e = digitAt(text.charCodeAt(j + 4));
      if (a >= 0 && b >= 0 && c >= 0 && e < 0) {
        formatted = true;
        j++;
        continue;
      }
    }
    break;
  }
  if (digits === 0) return null;
  let value = intPart;
  let digitsLength = j - i;
  const dot = text.charCodeAt(j);
  if ((dot === 0x2e /* . */ || dot === 0xff0e) /* ． */ && digitAt(text.charCodeAt(j + 1)) >= 0) {
    let k = j + 1;
    let frac = 0;
    let scale = 1;
    while (k < text.length && digitAt(text.charCodeAt(k)) >= 0) {
      frac = frac * 10 + digitAt(text.charCodeAt(k));
      scale *= 10;
      k++;
    }
    value = clean(intPart + frac / scale);
    formatted = true;
    j = k;
    digitsLength = j - i;
  }
  const m = readMultipliers(text, j);
  return {
    value: clean(value * m.factor),
    mantissa: value,
    end: m.end,
    kind: 'arabic',
    positional: false,
    single: false,
    scaled: m.factor !== 1,
    digitsLength,
    formatted,
  };
}

function readPositional(text: string, i: number): Numeral | null {
  let j = i;
  let v = 0;
  for (
    let c = text.charCodeAt(j);
    cnDigitCode(c) >= 0 && c !== LIANG && c !== LIANG_S;
    c = text.charCodeAt(++j)
  )
    v = v * 10 + cnDigitCode(c);
  if (j - i < 2) return null;
  const next = text.charCodeAt(j);
  if (isMultiplierHere(text, j) || next === DIAN || next === DIAN_S) return null;
  return {
    value: v,
    mantissa: v,
    end: j,
    kind: 'chinese',
    positional: true,
    single: false,
    scaled: false,
    digitsLength: j - i,
    formatted: false,
  };
}

/** A fraction's digit: a Chinese digit, or ○ for 〇 (百分之零點○四, as Hong Kong papers print it). */
const fractionDigit = (c: number): number => (c === 0x25cb ? 0 : cnDigitCode(c));

/** Chinese decimal part after 點/点: digit characters only (`四點八`). */
function readCnFraction(text: string, i: number): { frac: number; end: number } | null {
  const dot = text.charCodeAt(i);
  if (dot !== DIAN && dot !== DIAN_S) return null;
  let j = i + 1;
  let frac = 0;
  let scale = 1;
  for (let d = fractionDigit(text.charCodeAt(j)); d >= 0; d = fractionDigit(text.charCodeAt(++j))) {
    frac = frac * 10 + d;
    scale *= 10;
  }
  if (j === i + 1 || smallAt(text.charCodeAt(j)) !== 0) return null;
  return { frac: frac / scale, end: j };
}

function readChinese(text: string, i: number): Numeral | null {
  const pos = readPositional(text, i);
  if (pos) return pos;
  let result = 0; // closed large sections
  let lastLarge = 0;
  let section = 0; // within the current four-digit section
  let current = -1; // pending digit
  let lastSmall = 0;
  let j = i;
  let scaled = false;
  let sawZero = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const d = cnDigitCode(c);
    if (d >= 0) {
      if (current > 0 || (current === 0 && d === 0)) break; // two digits in a row: stop
      if (d === 0) sawZero = true;
      current = d;
      j++;
      continue;
    }
    if (c === NIAN || c === SA) {
      if (current >= 0 || section % 100 !== 0) break;
      section += c === NIAN ? 20 : 30;
      lastSmall = 10;
      j++;
      continue;
    }
    const s = smallAt(c);
    if (s !== 0 && isMultiplierHere(text, j)) {
      if (lastSmall !== 0 && s >= lastSmall) break;
      section += (current > 0 ? current : current === 0 ? 0 : 1) * s;
      if (current === 0) break;
      lastSmall = s;
      current = -1;
      sawZero = false;
      j++;
      continue;
    }
    const l = largeAt(c);
    if (l !== 0 && isMultiplierHere(text, j)) {
      let sec = section + (current > 0 ? current : 0);
      if (sec === 0 && result === 0) sec = 1;
      if (lastLarge !== 0 && l > lastLarge) result = (result + sec) * l;
      else result += sec * l;
      lastLarge = l;
      section = 0;
      current = -1;
      lastSmall = 0;
      sawZero = false;
      scaled = true;
      j++;
      continue;
    }
    break;
  }
  if (j === i) return null;
  let value = result + section + (current > 0 ? current : 0);
  // A trailing digit after a multiplier, 二百五 = 250, 一萬五 = 15000, only without 零.
  if (current > 0 && !sawZero && j - i >= 3) {
    const prev = text.charCodeAt(j - 2);
    const unitPrev = smallAt(prev) || largeAt(prev);
    if (unitPrev >= 100 && isMultiplierHere(text, j - 2)) {
      value = value - current + current * (unitPrev / 10);
    }
  }
  const frac = lastLarge === 0 ? readCnFraction(text, j) : null;
  if (frac) {
    value = clean(value + frac.frac);
    j = frac.end;
    const m = readMultipliers(text, j);
    if (m.factor !== 1) {
      value = clean(value * m.factor);
      j = m.end;
      scaled = true;
    }
  }
  // A lone 零/〇 is zero; a numeral that is only 零 followed by more is not a number.
  if (value === 0 && !(j - i === 1 && sawZero)) return null;
  const last = largeAt(text.charCodeAt(j - 1));
  return {
    value,
    mantissa: last > 0 && isMultiplierHere(text, j - 1) ? clean(value / last) : value,
    end: j,
    kind: 'chinese',
    positional: false,
    single: j - i === 1,
    scaled,
    digitsLength: j - i,
    formatted: false,
  };
}

/** Read a numeral starting exactly at `i`, or null. */
export function readNumeral(text: string, i: number): Numeral | null {
  if (((CHAR_CLASS[text.charCodeAt(i)] ?? 0) & NUMERAL) === 0) return null;
  const code = text.charCodeAt(i);
  if (digitAt(code) >= 0) return readArabic(text, i);
  if (cnDigitCode(code) >= 0 || smallAt(code) + largeAt(code) > 0 || code === NIAN || code === SA)
    return readChinese(text, i);
  return null;
}

/** Parse a whole string as one numeral (`三百二十八萬` → 3280000), or null if anything is left over. */
export function parseNumeral(s: string): number | null {
  const n = readNumeral(s, 0);
  return n && n.end === s.length ? n.value : null;
}
