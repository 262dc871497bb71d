/**
 * Small DOM helpers shared by the extractors. Only `Document`/`Element`/`Node` APIs that exist
 * in jsdom and in browsers; no layout (no innerText, no getBoundingClientRect).
 */

import { isHanziCode } from '../text/gloss';
import { WORD_FIRST, wordKindsAt } from './page-words';
import { CONTENT_CLASS } from './patterns';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is never page prose. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MAP',
  'ZHUJI-UI', // the extension's own UI
]);

/** Elements that start a new paragraph. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TEXT',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const WS = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Collapse every whitespace run (including the ideographic space) to one space and trim. */
export function normSpace(s: string): string {
  return s.replace(WS, ' ').trim();
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** Class and id of an element, lower-cased, for pattern tests. */
export function classAndId(el: Element): string {
  return el.hasAttributes() ? classAndIdOf(el) : ' ';
}

/** classAndId of an element known to have attributes. */
export function classAndIdOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

/** Bits of tagKind. */
export const TAG_SKIP = 1;
export const TAG_BLOCK = 2;
export const TAG_HEADING = 4;
/** A block or an <img>: ends the current paragraph even when skipped. */
export const TAG_BREAK = 8;
export const TAG_LINK = 16;
/** <strong>, <b>, or a two-letter tag starting with H (<h1>–<h6>, <hr>). */
export const TAG_BOLD = 32;

const tagKinds = new Map<string, number>();

/** What the walks need to know of a tag, by tagName as the DOM gives it (upper- or lower-case). */
export function tagKind(tagName: string): number {
  let k = tagKinds.get(tagName);
  if (k === undefined) {
    const tag = tagName.toUpperCase();
    k =
      (SKIP_TAGS.has(tag) ? TAG_SKIP : 0) |
      (BLOCK_TAGS.has(tag) ? TAG_BLOCK | TAG_BREAK : 0) |
      (HEADING_TAGS.has(tag) ? TAG_HEADING : 0) |
      (tag === 'IMG' ? TAG_BREAK : 0) |
      (tag === 'A' ? TAG_LINK : 0) |
      (tag === 'STRONG' || tag === 'B' || (tag.length === 2 && tag[0] === 'H') ? TAG_BOLD : 0);
    // Pages use a few dozen tag names; a page of made-up ones does not grow the table without end.
    if (tagKinds.size < 1024) tagKinds.set(tagName, k);
  }
  return k;
}

/**
 * Is the element inside (or itself) one of the SKIP_TAGS, or hidden by attribute/style?
 * `tag`: its tagName upper-cased, when the caller has it.
 */
export function isSkipped(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  return hiddenByAttributes(el);
}

/** isSkipped for an element whose tag is not one of the SKIP_TAGS. */
export function hiddenByAttributes(el: Element): boolean {
  return el.hasAttributes() && hiddenByItsAttributes(el);
}

/** hiddenByAttributes of an element known to have attributes (one DOM call fewer). */
export function hiddenByItsAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // An editable region is the reader's input, not the article: never read, highlight or wrap it.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  if (/display\s*:\s*none/i.test(style)) return true;
  // The article's own container hidden until the page's script shows it (WeChat's
  // `<div class="rich_media_content js_content" style="visibility: hidden;">`): what the reader
  // sees once the page has loaded.
  return /visibility\s*:\s*hidden/i.test(style) && !CONTENT_CLASS.test(classAndId(el));
}

/** Text of an element, skipping script/style and hidden subtrees (a space for each block). */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === TEXT_NODE) out += c.nodeValue ?? '';
      else if (type === ELEMENT_NODE) {
        // (tagKind: the SKIP_TAGS and BLOCK_TAGS tests by a cached lookup, no upper-cased copy.)
        const kind = tagKind((c as Element).tagName);
        if (kind & TAG_SKIP || hiddenByAttributes(c as Element)) continue;
        if (kind & TAG_BLOCK) out += ' ';
        walk(c);
      }
    }
  };
  walk(el);
  return out;
}

/** Length of the text inside links under `el` (skipping hidden parts). */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += normSpace(a.textContent ?? '').length;
  return n;
}

/*
 * Counting by removing what is counted: one native regex pass, as fast as a loop over the
 * characters once the JIT has compiled the loop, and far faster before it has. (A paragraph's
 * counts come from the one scan in textFacts.)
 */
const PUNCT_RUN = /[，。；：！？、,.;!?」”]+/g;
const HANZI_RUN = /[\u3400-\u9fff]+/g;

/** Count of Chinese sentence punctuation: a good sign of running prose. */
export function punctuationCount(s: string): number {
  return s.length - s.replace(PUNCT_RUN, '').length;
}

/** Count of hanzi characters (U+3400–U+9FFF). */
export function hanziCount(s: string): number {
  return s.length - s.replace(HANZI_RUN, '').length;
}

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
export const CHAR_KIND = new Uint8Array(0x10000);
for (const c of '，。；：！？、,.;!?」”') CHAR_KIND[c.charCodeAt(0)] = PUNCT;
// What normSpace collapses: \s (the characters trim removes) and U+200B.
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff')
  CHAR_KIND[c.charCodeAt(0)] = SPACE;
for (let c = 0x2000; c <= 0x200b; c++) CHAR_KIND[c] = SPACE;
CHAR_KIND[0x3f] = PUNCT | ODD; // ?
CHAR_KIND[0xfffd] = ODD;
for (let c = 0xe000; c <= 0xf8ff; c++) CHAR_KIND[c] = ODD;
// Compatibility ideographs: hanzi to garble.ts but not counted here (rare: odd for short).
for (let c = 0xf900; c <= 0xfaff; c++) CHAR_KIND[c] = ODD;
for (let c = 0x41; c <= 0x5a; c++) CHAR_KIND[c] = CHAR_KIND[c + 0x20] = LETTER;
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
  /** Count of `)`. */
  closes: number;
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
 * findGarbled looks at and the page words that may be there, in one pass over `s` (a flat
 * string). All are the same before and after normSpace.
 */
export function textFacts(s: string): TextFacts {
  let hanzi = 0;
  let punctuation = 0;
  let odd = false;
  let closes = 0;
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
    else if (k & CLOSE) closes++;
    else if (k & BAR) bars++;
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
  return {
    hanzi,
    punctuation,
    spaced: spaces > 0,
    odd,
    closes,
    bars,
    words,
    lead,
    trail,
    inner: spaces - lead - trail,
    innerFold,
  };
}

/**
 * The matches of a selector group in document order. Browsers list querySelectorAll's matches
 * so; jsdom lists them selector by selector, and the CLI must see what the extension sees.
 */
export function inDocumentOrder(list: ArrayLike<Element>): Element[] {
  return Array.from(list).sort((a, b) => (a.compareDocumentPosition(b) & 2 /* PRECEDING */ ? 1 : -1));
}

/** Depth of a node in its tree. */
export function depth(n: Node): number {
  let d = 0;
  for (let p = n.parentNode; p; p = p.parentNode) d++;
  return d;
}
