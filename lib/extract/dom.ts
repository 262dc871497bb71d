/**
 * Small DOM helpers shared by the extractors. Only `Document`/`Element`/`Node` APIs that exist
 * in jsdom and in browsers; no layout (no innerText, no getBoundingClientRect).
 */

import { CONTENT_CLASS, NO_CLASS } from './patterns';
import { CHAR_KIND, SPACE } from './text-facts';

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
  // (A player's fallback, shown by no browser that plays it: `To view this video please enable JavaScript`.)
  'VIDEO',
  'AUDIO',
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

/** Strings this long or longer go straight to the regex (a pass over them costs more). */
const SCAN_UNDER = 256;

/** Collapse every whitespace run (including the ideographic space) to one space and trim. */
export function normSpace(s: string): string {
  // Most short strings hold no whitespace but lone spaces between words: one pass tells, and
  // they are returned as they are. (The regex's replace costs a runtime call whatever it finds.)
  if (s.length < SCAN_UNDER) {
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (CHAR_KIND[c] !== SPACE) continue;
      // (A U+0020 between two other characters stays: the one before was not whitespace, or
      // the pass would have stopped there.)
      if (c !== 0x20 || i === 0 || i === s.length - 1 || CHAR_KIND[s.charCodeAt(i + 1)] === SPACE) break;
    }
    if (i === s.length) return s;
  }
  return s.replace(WS, ' ').trim();
}

/** normSpace(s).length, without making the string: each whitespace run inside counts one. */
export function normLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (CHAR_KIND[s.charCodeAt(i)] === SPACE) {
      gap = n > 0;
      continue;
    }
    if (gap) n++;
    gap = false;
    n++;
  }
  return n;
}

/**
 * The element after `el` in document order among `top`'s (its first child, else the next
 * sibling of it or of an ancestor below `top`), or null: a walk of a subtree's elements in a
 * loop, not a recursion (a subtree thousands deep would overflow the stack).
 */
export function nextElementUnder(el: Element, top: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  let at: Element | null = el;
  while (at && at !== top && !at.nextElementSibling) at = at.parentElement;
  return at && at !== top ? at.nextElementSibling : null;
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** Class and id of an element, lower-cased, for pattern tests. */
export function classAndId(el: Element): string {
  return el.hasAttributes() ? classAndIdOf(el) : NO_CLASS;
}

/**
 * classAndId of an element known to have attributes. (By the reflecting properties, which take no
 * name to convert; an SVG element's className is an object, so its attribute is read instead.)
 * `bits`, when known (attributeBits): a property whose attribute is absent is not read.
 */
export function classAndIdOf(el: Element, bits = ATTR_CLASS | ATTR_ID): string {
  if (!(bits & (ATTR_CLASS | ATTR_ID))) return NO_CLASS;
  let cls = '';
  if (bits & ATTR_CLASS) {
    const c = el.className;
    cls = typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
  }
  return `${cls} ${bits & ATTR_ID ? el.id : ''}`.toLowerCase();
}

/** Bits of attributeBits. */
export const ATTR_ANY = 1;
export const ATTR_CLASS = 2;
export const ATTR_ID = 4;
export const ATTR_HREF = 8;
/** hidden, aria-hidden, contenteditable or style: what hiddenByItsAttributes reads. */
export const ATTR_HIDING = 16;
/** itemprop: microdata (a `div itemprop="datePublished"`). */
export const ATTR_ITEMPROP = 32;

/**
 * Which of the attributes the page's walk asks about an element has (0: none), from one list of
 * its names: asked one by one, each name costs a call and a conversion (seven calls an element).
 * As hasAttribute would say for these lower-case names, in HTML and XML documents alike.
 */
export function attributeBits(el: Element): number {
  if (!el.hasAttributes()) return 0;
  let bits = ATTR_ANY;
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    switch (names[i]) {
      case 'class':
        bits |= ATTR_CLASS;
        break;
      case 'id':
        bits |= ATTR_ID;
        break;
      case 'href':
        bits |= ATTR_HREF;
        break;
      case 'itemprop':
        bits |= ATTR_ITEMPROP;
        break;
      case 'hidden':
      case 'aria-hidden':
      case 'contenteditable':
      case 'style':
        bits |= ATTR_HIDING;
    }
  }
  return bits;
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
/** <pre>: a code listing. */
export const TAG_PRE = 64;

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
      (tag === 'STRONG' || tag === 'B' || (tag.length === 2 && tag[0] === 'H') ? TAG_BOLD : 0) |
      (tag === 'PRE' ? TAG_PRE : 0);
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

/** Is the element, or an ancestor of it below `stop` (the whole way up when none), isSkipped? */
export function inSkipped(el: Element, stop: Element | null = null): boolean {
  for (let at: Element | null = el; at && at !== stop; at = at.parentElement) if (isSkipped(at)) return true;
  return false;
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

/**
 * Text of an element, skipping script/style and hidden subtrees (a space for each block).
 * `skipped`, when given, holds every element under `el` that isSkipped says yes to, and no
 * other (the page's walk noted them): it is asked instead of the element's attributes.
 */
export function visibleText(el: Element, skipped?: ReadonlySet<Element>): string {
  // (An element of one text node, as most headings are: its text.)
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === TEXT_NODE) return only.nodeValue ?? '';
  let out = '';
  // (A loop, not a recursion: a subtree thousands deep would overflow the stack.)
  let c: Node | null = el.firstChild;
  while (c) {
    const type = c.nodeType;
    let enter = false;
    if (type === TEXT_NODE) out += c.nodeValue ?? '';
    else if (type === ELEMENT_NODE) {
      // (tagKind: the SKIP_TAGS and BLOCK_TAGS tests by a cached lookup, no upper-cased copy.)
      const kind = tagKind((c as Element).tagName);
      enter = !(skipped ? skipped.has(c as Element) : kind & TAG_SKIP || hiddenByAttributes(c as Element));
      if (enter && kind & TAG_BLOCK) out += ' ';
    }
    if (enter && c.firstChild) {
      c = c.firstChild;
      continue;
    }
    while (c && c !== el && !c.nextSibling) c = c.parentNode;
    c = c && c !== el ? c.nextSibling : null;
  }
  return out;
}

/*
 * Counting by removing what is counted: one native regex pass, as fast as a loop over the
 * characters once the JIT has compiled the loop, and far faster before it has. (A paragraph's
 * counts come from the one scan in textFacts.)
 */
const PUNCT_RUN = /[，。；：！？、,.;!?」”]+/g;
const HANZI_RUN = /[\u3400-\u9fff]+/g;

/** The characters of the element's text that its links hold. */
export function linkedChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += (a.textContent ?? '').length;
  return n;
}

/** Count of Chinese sentence punctuation: a good sign of running prose. */
export function punctuationCount(s: string): number {
  return s.length - s.replace(PUNCT_RUN, '').length;
}

/** Count of hanzi characters (U+3400–U+9FFF). */
export function hanziCount(s: string): number {
  return s.length - s.replace(HANZI_RUN, '').length;
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
