/**
 * Inline pinyin glosses: crawl artifacts where a hanzi is followed by its reading in
 * parentheses, e.g. `網(wǎng)`, `實(shí)現(xiàn)`. Pure: string in, spans out.
 */
import type { Span } from '../analysis';

export interface Gloss extends Span {
  /** Offset of the character the gloss belongs to (start - 1). */
  base: number;
  /** The reading inside the parentheses, e.g. `wǎng`. */
  pinyin: string;
  /** False when the character before is not a hanzi (`F(xiàn)`): a character was lost. */
  afterHanzi: boolean;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** Neutral-tone syllables accepted without a tone mark (only after a hanzi). */
const NEUTRAL = new Set(['de', 'le', 'me', 'men', 'ma', 'ne', 'ba', 'zi', 'zhe', 'tou', 'ge', 'li', 'shang']);
const TONED_RE = new RegExp(`[${TONED}]`);
const SYLLABLE_RE = new RegExp(`^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü${TONED}]{1,3})(?:n|ng|r)?$`);

export function isHanzi(ch: string | undefined): boolean {
  if (!ch) return false;
  return isHanziCode(ch.codePointAt(0) ?? 0);
}

const syllableCache = new Map<string, number>();
/** 0: not a syllable; 1: with a tone mark; 2: a neutral-tone one without; 3: other untoned. */
function syllableKind(s: string): number {
  let k = syllableCache.get(s);
  if (k === undefined) {
    k = !SYLLABLE_RE.test(s) ? 0 : TONED_RE.test(s) ? 1 : NEUTRAL.has(s) ? 2 : 3;
    if (syllableCache.size < 4096) syllableCache.set(s, k);
  }
  return k;
}

/** Is `s` one plausible pinyin syllable with a tone mark (or a common neutral-tone one)? */
export function isPinyinSyllable(s: string, allowNeutral: boolean): boolean {
  const k = syllableKind(s);
  return k === 1 || (allowNeutral && k === 2);
}

/** isHanzi of one UTF-16 code unit (NaN, past the end of a string, is not). */
export function isHanziCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Characters a pinyin reading is made of (a–z, ü and the tone-marked vowels), numbered from 1. */
const PINYIN_CODE = new Uint8Array(0x10000);
Array.from(`abcdefghijklmnopqrstuvwxyzü${TONED}`).forEach((c, i) => (PINYIN_CODE[c.charCodeAt(0)] = i + 1));

/** Is the UTF-16 code unit one a pinyin reading is made of (a–z, ü, a tone-marked vowel)? */
export function isPinyinCode(c: number): boolean {
  return PINYIN_CODE[c] !== undefined && PINYIN_CODE[c] !== 0;
}

/**
 * syllableKind of readings of up to 5 letters, by their letter numbers read as a bijective
 * base-64 number (a small integer), in a direct-mapped table: a typed-array lookup per gloss
 * instead of a Map's hashing.
 */
const CACHE_MASK = (1 << 12) - 1;
const cachedCode = new Int32Array(CACHE_MASK + 1).fill(-1);
const cachedKind = new Uint8Array(CACHE_MASK + 1);

/**
 * The end (after its `)`) of the gloss whose `(` is at `open`, or -1 when none starts there:
 * a reading of 1–6 pinyin letters in parentheses, after a hanzi (or, where a character was
 * lost, after a Latin letter, `?` or U+FFFD), that is one syllable with a tone mark (after a
 * hanzi, a common neutral-tone one too).
 */
export function glossEnd(text: string, open: number): number {
  if (open === 0) return -1;
  // Up to 7 letters are read, so that a longer run is told from a reading.
  const stop = Math.min(text.length, open + 8);
  let close = open + 1;
  let code = 0;
  for (; close < stop; close++) {
    const n = PINYIN_CODE[text.charCodeAt(close)] as number;
    if (!n) break;
    if (close - open <= 5) code = code * 64 + n;
  }
  const len = close - open - 1;
  if (len < 1 || len > 6 || text.charCodeAt(close) !== 41 /* ) */) return -1;
  const prev = text.charCodeAt(open - 1);
  const afterHanzi = isHanziCode(prev);
  // Else a Latin letter, `?` or U+FFFD: a character was lost before the reading.
  const afterOther =
    (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 63 || prev === 0xfffd;
  if (!afterHanzi && !afterOther) return -1;
  let kind: number;
  if (len <= 5) {
    const slot = (code ^ (code >>> 12) ^ (code >>> 24)) & CACHE_MASK;
    if (cachedCode[slot] === code) kind = cachedKind[slot] as number;
    else {
      kind = syllableKind(text.slice(open + 1, close));
      cachedCode[slot] = code;
      cachedKind[slot] = kind;
    }
  } else kind = syllableKind(text.slice(open + 1, close));
  return kind === 1 || (afterHanzi && kind === 2) ? close + 1 : -1;
}

/** Every inline gloss in `text`, in order. `start`/`end` cover the parenthesized reading. */
export function findGlosses(text: string): Gloss[] {
  const out: Gloss[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const end = glossEnd(text, open);
    if (end < 0) continue;
    out.push({
      start: open,
      end,
      base: open - 1,
      pinyin: text.slice(open + 1, end - 1),
      afterHanzi: isHanziCode(text.charCodeAt(open - 1)),
    });
  }
  return out;
}

/**
 * The glosses of findGlosses(text) as flat offsets, [start, end, start, end …]: no object per
 * gloss (`base` is start - 1; `afterHanzi` is isHanziCode of the character there). (A page's
 * paragraphs have theirs from the walk's character pass: textFacts.)
 */
export function glossSpans(text: string): number[] {
  const out: number[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const end = glossEnd(text, open);
    if (end >= 0) out.push(open, end);
  }
  return out;
}

/** `text` without the glosses of glossSpans(text). */
export function withoutSpans(text: string, spans: readonly number[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; i += 2) {
    out += text.slice(at, spans[i]);
    at = spans[i + 1] as number;
  }
  return out + text.slice(at);
}

/** `text` with every gloss removed (the reading only; the character stays). */
export function stripGlosses(text: string): string {
  if (text.indexOf('(') < 0) return text;
  return withoutSpans(text, glossSpans(text));
}
