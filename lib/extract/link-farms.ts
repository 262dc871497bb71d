/**
 * Lists of links to other stories around the article, whatever their class names say
 * (`<div class="resemble-art-black">`, a sidebar of 【食品】… headlines, a table of 更多>>
 * boxes): the outermost element made almost only of headline links, or of teasers (a headline and
 * a line of summary each), outside the article or inside its container (a 相关报道 box after the
 * story), never one holding a paragraph of the story.
 */
import type { Paragraph } from './paragraphs';
import { WHITESPACE } from './text-facts';

/** A link that reads as a headline: this many characters or more. */
const HEADLINE_LINK = 6;
/** Headline links an element needs to be a list of stories. */
const MIN_ITEMS = 4;
/** Share of its text an element's links need (the rest: dates, bullets, 更多, a heading). */
const LINK_SHARE = 0.7;
/** Teasers: a headline link with a line of summary each; this many, with this share of links. */
const TEASERS = 6;
const TEASER_SHARE = 0.25;

/** A paragraph without links this short may be a list item's date or count (see wordsOf). */
const SHORT_LINE = 24;

/** What may stand beside a headline link in a list: dates, counts, bullets, brackets, spaces. */
export const BESIDE = /[\d\s\-–—:：/.,，·•|｜>»<«+()（）[\]【】年月日]/;

/** BESIDE's characters, by code unit. */
export const BESIDE_CHAR = new Uint8Array(0x10000);
for (const c of '0123456789-–—:：/.,，·•|｜>»<«+()（）[]【】年月日') BESIDE_CHAR[c.charCodeAt(0)] = 1;
for (const c of WHITESPACE) BESIDE_CHAR[c] = 1;

/**
 * The paragraph's characters that count against its links: all but BESIDE's (never fewer than
 * its link characters). (Counted by a loop: a regex's matches, one by one, each made an array.)
 */
function wordsOf(p: Paragraph): number {
  const text = p.text;
  let beside = 0;
  for (let i = 0; i < text.length; i++) beside += BESIDE_CHAR[text.charCodeAt(i)] as number;
  return Math.max(p.linkChars, text.length - beside);
}

/**
 * Levels a paragraph's counts climb above its container, and levels any other climb goes, so
 * that a page nested thousands deep costs no more than this per paragraph. (A list sits a few
 * levels above its links; with 32, the 270 probe pages give the lists they give with no limit,
 * with 16 a 2005 table layout loses one.)
 */
const MAX_UP = 32;
const MAX_CLIMB = 64;

interface Tally {
  text: number;
  link: number;
  items: number;
}

function isFarm(t: Tally | undefined): boolean {
  return (
    !!t &&
    ((t.items >= MIN_ITEMS && t.link >= t.text * LINK_SHARE) ||
      (t.items >= TEASERS && t.link >= t.text * TEASER_SHARE))
  );
}

function isItem(p: Paragraph, words: number): boolean {
  return p.linkChars >= HEADLINE_LINK && p.linkChars >= words * LINK_SHARE;
}

/**
 * `visit` `from` and its ancestors below the holders, at most `limit` of them, until it says
 * true.
 */
function climb(
  from: Element | null,
  holders: ReadonlySet<Node>,
  limit: number,
  visit: (el: Element) => boolean | void,
): void {
  let up = 0;
  for (let el = from; el && !holders.has(el) && up++ < limit; el = el.parentElement) if (visit(el)) return;
}

/**
 * Do MIN_ITEMS headline links share an element (below the root and its holders)? Most pages'
 * few such links do not, and then no paragraph's counts need climbing. (`words` keeps the
 * wordsOf it reads, for the count that follows.)
 */
function hasListOfItems(
  paragraphs: readonly Paragraph[],
  holders: ReadonlySet<Node>,
  words: Map<Paragraph, number>,
): boolean {
  const items = new Map<Element, number>();
  let found = false;
  const count = (el: Element): boolean => {
    const n = (items.get(el) ?? 0) + 1;
    items.set(el, n);
    return (found = n >= MIN_ITEMS);
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.linkChars < HEADLINE_LINK || holders.has(p.container)) continue;
    const w = wordsOf(p);
    words.set(p, w);
    if (!isItem(p, w)) continue;
    climb(p.container, holders, MAX_UP, count);
    if (found) return true;
  }
  return false;
}

/**
 * The link lists, outermost only (in no set order). `holders`: the root and its ancestors (never
 * a list); `keep`: elements no list may hold (the headline); `story` and `meta`: paragraphs no
 * list may hold (the story's, and metadata lines), asked only of the few that are not links.
 * (Metadata lines under lists, MIN_ITEMS of them or more, are the items' own dates and places:
 * then they hold no list back.)
 */
export function linkFarms(
  paragraphs: readonly Paragraph[],
  holders: ReadonlySet<Node>,
  keep: readonly Element[],
  story: (p: Paragraph) => boolean,
  meta: (p: Paragraph) => boolean,
): Element[] {
  const read = new Map<Paragraph, number>();
  if (!hasListOfItems(paragraphs, holders, read)) return [];
  // Each paragraph's characters and link characters, added to its container and every ancestor
  // up to (not into) the root or the elements that hold it.
  const tallies = new Map<Element, Tally>();
  const others: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (holders.has(p.container)) continue;
    // (A date or a count alone beside an item counts nothing, as beside a link: 2019-09-07 08:57
    // under a headline. A longer paragraph without links is text whatever it holds.)
    const words = read.get(p) ?? (p.linkChars || p.text.length < SHORT_LINE ? wordsOf(p) : p.text.length);
    const item = isItem(p, words) ? 1 : 0;
    if (!item) others.push(p);
    climb(p.container, holders, MAX_UP, (el) => {
      let t = tallies.get(el);
      if (!t) tallies.set(el, (t = { text: 0, link: 0, items: 0 }));
      t.text += words;
      t.link += p.linkChars;
      t.items += item;
    });
  }
  // Lists that hold what must stay (and their ancestors) are none.
  const spoiled = new Set<Element>();
  const spoil = (el: Element): boolean => spoiled.has(el) || (spoiled.add(el), false);
  for (const k of keep) climb(k, holders, MAX_CLIMB, spoil);
  const farm = (el: Element): boolean => isFarm(tallies.get(el));
  const metaLines: Paragraph[] = [];
  for (let i = 0; i < others.length; i++) {
    const p = others[i] as Paragraph;
    let under = false;
    climb(p.container, holders, MAX_UP, (el) => (under = farm(el)));
    if (!under) continue;
    if (story(p)) climb(p.container, holders, MAX_CLIMB, spoil);
    else if (meta(p)) metaLines.push(p);
  }
  if (metaLines.length < MIN_ITEMS) for (const p of metaLines) climb(p.container, holders, MAX_CLIMB, spoil);
  const ok = (el: Element): boolean => farm(el) && !spoiled.has(el);
  const out: Element[] = [];
  for (const el of tallies.keys()) {
    if (!ok(el)) continue;
    // The outermost: no ancestor is a list too.
    let inner = false;
    climb(el.parentElement, holders, MAX_CLIMB, (up) => (inner = ok(up)));
    if (!inner) out.push(el);
  }
  return out;
}
