/**
 * One pass over a paragraph's characters (textFacts): the counts and marks every later step asks
 * for (hanzi, punctuation, whitespace, the glosses, odd characters, keyword-list bars, the page
 * words that may be there), so that no step scans the text again for them.
 */
import { glossEnd, isHanziCode, isPinyinCode } from '../text/gloss';
import { WORD_FIRST, wordKindsAt } from './page-words';

/** The glosses of a text without any (shared: never changed). */
const NO_GLOSSES: number[] = [];

/**
 * The glosses' offsets as the pass finds them, copied out at its end into an array of their
 * exact length (grown by push, a paragraph's array is allocated three or four times over).
 */
let scratch = new Int32Array(256);

/** Bits of CHAR_KIND: the characters textFacts counts or notices (hanzi are told by range). */
const PUNCT = 1;
export const SPACE = 2;
/** `?`, U+FFFD, private use: what a bad re-encoding leaves (see lib/text/garble.ts). */
const ODD = 4;
const LETTER = 8;
const CLOSE = 16;
/** A character a page-words opener starts with. */
const WORD = 32;
/** `|` and `｜`, which join the items of a keyword list. */
const BAR = 64;
/** `(`, where a gloss may start. */
const OPEN = 128;
/** \s: the whitespace and line terminators that trim removes, as code units. */
export const WHITESPACE: readonly number[] = [
  ...Array.from('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', (c) => c.charCodeAt(0)),
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
];
export const CHAR_KIND = new Uint8Array(0x10000);
for (const c of '，。；：！？、,.;!?」”') CHAR_KIND[c.charCodeAt(0)] = PUNCT;
// What normSpace collapses: \s and U+200B.
for (const c of WHITESPACE) CHAR_KIND[c] = SPACE;
CHAR_KIND[0x200b] = SPACE;

/** Is the character one that trim() removes (\s)? CHAR_KIND's spaces but U+200B. */
export function isWhiteSpace(c: number): boolean {
  return CHAR_KIND[c] === SPACE && c !== 0x200b;
}
CHAR_KIND[0x3f] = PUNCT | ODD; // ?
CHAR_KIND[0xfffd] = ODD;
for (let c = 0xe000; c <= 0xf8ff; c++) CHAR_KIND[c] = ODD;
// Compatibility ideographs: hanzi to garble.ts but not counted here (rare: odd for short).
for (let c = 0xf900; c <= 0xfaff; c++) CHAR_KIND[c] = ODD;
for (let c = 0x41; c <= 0x5a; c++) CHAR_KIND[c] = CHAR_KIND[c + 0x20] = LETTER;
CHAR_KIND[0x28] = OPEN; // (
CHAR_KIND[0x29] = CLOSE; // )
CHAR_KIND[0x7c] = CHAR_KIND[0xff5c] = BAR; // | ｜
for (const c of WORD_FIRST) CHAR_KIND[c] = (CHAR_KIND[c] as number) | WORD;

export interface TextFacts {
  /** hanziCount of the text. */
  hanzi: number;
  /** punctuationCount of the text. */
  punctuation: number;
  /** Does the text hold whitespace (anything normSpace collapses)? Without, normSpace(s) === s. */
  spaced: boolean;
  /**
   * Does it hold a `?`, U+FFFD, a private-use or compatibility character, or a Latin letter
   * between two hanzi? Without them, and with every `)` closing a gloss that follows a hanzi,
   * findGarbled finds nothing.
   */
  odd: boolean;
  /** glossSpans(s): the glosses, each read whole from its `(`. */
  glosses: number[];
  /**
   * Is there a `)` that ends no gloss and follows a pinyin letter (where a gloss whose `(` was
   * lost may end)? Without, no `)` gives findGarbled an orphan gloss.
   */
  looseClose: boolean;
  /** Is there a gloss after a character that is not a hanzi (where findGarbled finds a lost one)? */
  strayGloss: boolean;
  /** Count of `|` and `｜` (isKeywordList says no to a text with fewer than 5). */
  bars: number;
  /** The page-words kinds that may match in the text (bits of page-words.ts; never fewer than do). */
  words: number;
  /** Whitespace characters at the start and at the end (all of them in a blank text: then trail is 0). */
  lead: number;
  trail: number;
  /** Whitespace characters between the first and the last other character. */
  inner: number;
  /**
   * Does normSpace change more than the ends: an inner run longer than one character, or of
   * anything but U+0020? Without, normSpace(s) is s.slice(lead, s.length - trail).
   */
  innerFold: boolean;
}

/**
 * hanziCount, punctuationCount, whether normSpace would change anything, the characters
 * findGarbled looks at, the glosses and the page words that may be there, in one pass over `s`
 * (a flat string). All but the glosses' offsets are the same before and after normSpace.
 * `into`, when given, is filled and returned instead of a new object (the page's walk reads
 * each paragraph's facts at once: one object for all of them, not one each).
 */
export function textFacts(s: string, into?: TextFacts): TextFacts {
  let hanzi = 0;
  let punctuation = 0;
  let odd = false;
  let found = 0;
  let looseClose = false;
  let strayGloss = false;
  let bars = 0;
  let words = 0;
  let lastHanzi = -2;
  // Whitespace: how many characters, and how many normSpace rewrites (not a lone U+0020).
  let spaces = 0;
  let folds = 0;
  let lastSpace = -2;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // U+3400–U+9FFF in one unsigned comparison.
    if ((c - 0x3400) >>> 0 <= 0x9fff - 0x3400) {
      hanzi++;
      lastHanzi = i;
      // (A hanzi's kind is 0 or WORD.)
      if (CHAR_KIND[c] !== 0) words |= wordKindsAt(s, i);
      continue;
    }
    const k = CHAR_KIND[c] as number;
    if (k === 0) continue;
    if (k & WORD) words |= wordKindsAt(s, i);
    if (k & PUNCT) punctuation++;
    if (k & SPACE) {
      spaces++;
      if (c !== 0x20 || lastSpace === i - 1) folds++;
      lastSpace = i;
    } else if (k & ODD) odd = true;
    else if (k & OPEN) {
      // A gloss is read whole here, and the pass goes on after its `)`. (It holds pinyin
      // letters only: nothing the pass counts, and no page word starts in it.)
      const end = glossEnd(s, i);
      if (end > 0) {
        if (found + 2 > scratch.length) {
          const grown = new Int32Array(scratch.length * 2);
          grown.set(scratch);
          scratch = grown;
        }
        scratch[found++] = i;
        scratch[found++] = end;
        if (!isHanziCode(s.charCodeAt(i - 1))) strayGloss = true;
        i = end - 1;
      }
    } else if (k & CLOSE) {
      // (Every `)` the pass reaches ends no gloss.)
      if (isPinyinCode(s.charCodeAt(i - 1))) looseClose = true;
    } else if (k & BAR) bars++;
    // (A letter after U+4DC0–U+4DFF counts too: odd may say yes where garble finds nothing.)
    else if (k & LETTER && lastHanzi === i - 1 && isHanziCode(s.charCodeAt(i + 1))) odd = true;
  }
  let lead = 0;
  let trail = 0;
  let innerFold = false;
  if (spaces) {
    while (lead < n && CHAR_KIND[s.charCodeAt(lead)] === SPACE) lead++;
    if (lead < n) while (CHAR_KIND[s.charCodeAt(n - 1 - trail)] === SPACE) trail++;
    // The rewrites at the ends, counted as the loop counted them; the rest are inside.
    let edge = 0;
    for (let i = 0; i < lead; i++) if (i > 0 || s.charCodeAt(i) !== 0x20) edge++;
    for (let i = n - trail; i < n; i++) if (i > n - trail || s.charCodeAt(i) !== 0x20) edge++;
    innerFold = folds > edge;
  }
  const out = into ?? noFacts();
  out.hanzi = hanzi;
  out.punctuation = punctuation;
  out.spaced = spaces > 0;
  out.odd = odd;
  out.glosses = found ? glossesOf(found) : NO_GLOSSES;
  out.looseClose = looseClose;
  out.strayGloss = strayGloss;
  out.bars = bars;
  out.words = words;
  out.lead = lead;
  out.trail = trail;
  out.inner = spaces - lead - trail;
  out.innerFold = innerFold;
  return out;
}

/** Facts of no text, in TextFacts' shape: textFacts' result, or the object it is told to fill. */
export function noFacts(): TextFacts {
  return {
    hanzi: 0,
    punctuation: 0,
    spaced: false,
    odd: false,
    glosses: NO_GLOSSES,
    looseClose: false,
    strayGloss: false,
    bars: 0,
    words: 0,
    lead: 0,
    trail: 0,
    inner: 0,
    innerFold: false,
  };
}

/** The first `n` offsets of the scratch array, as an array of exactly that length. */
function glossesOf(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = scratch[i] as number;
  // (A page's hundred thousand glosses in one paragraph leave no megabyte behind.)
  if (scratch.length > 4096) scratch = new Int32Array(256);
  return out;
}
