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
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Is `s` one plausible pinyin syllable with a tone mark (or a common neutral-tone one)? */
const syllableCache = new Map<string, boolean>();

export function isPinyinSyllable(s: string, allowNeutral: boolean): boolean {
  let ok = syllableCache.get(s);
  if (ok === undefined) {
    ok = SYLLABLE_RE.test(s);
    if (syllableCache.size < 4096) syllableCache.set(s, ok);
  }
  if (!ok) return false;
  return TONED_RE.test(s) || (allowNeutral && NEUTRAL.has(s));
}

/** Characters a pinyin reading is made of (a–z, ü and the tone-marked vowels). */
const PINYIN_CODE = new Uint8Array(0x10000);
for (const c of `abcdefghijklmnopqrstuvwxyzü${TONED}`) PINYIN_CODE[c.charCodeAt(0)] = 1;

/** Every inline gloss in `text`, in order. `start`/`end` cover the parenthesized reading. */
export function findGlosses(text: string): Gloss[] {
  const out: Gloss[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (open === 0) continue;
    let close = open + 1;
    while (close < text.length && close - open <= 7 && PINYIN_CODE[text.charCodeAt(close)]) close++;
    const len = close - open - 1;
    if (len < 1 || len > 6 || text.charCodeAt(close) !== 41 /* ) */) continue;
    const pinyin = text.slice(open + 1, close);
    const prev = text[open - 1];
    const afterHanzi = isHanzi(prev);
    const afterOther = !!prev && /[A-Za-z?\uFFFD]/.test(prev);
    if (!afterHanzi && !afterOther) continue;
    if (!isPinyinSyllable(pinyin, afterHanzi)) continue;
    out.push({ start: open, end: close + 1, base: open - 1, pinyin, afterHanzi });
  }
  return out;
}

/** `text` with every gloss removed (the reading only; the character stays). */
export function stripGlosses(text: string): string {
  if (text.indexOf('(') < 0) return text;
  let out = '';
  let at = 0;
  for (const g of findGlosses(text)) {
    out += text.slice(at, g.start);
    at = g.end;
  }
  return out + text.slice(at);
}
