/**
 * The story's lead where the template keeps it apart from the body container: a lead
 * paragraph before the root (leadSiblings) or under the headline (headlineLead), the story's
 * parts after the root (trailSiblings), and a summary that opens the body only to be repeated by
 * a later paragraph (repeatsLater).
 */
import { TAG_SKIP, classAndId, hanziCount, linkedChars, punctuationCount, tagKind } from './dom';
import type { Paragraph } from './paragraphs';

const LEAD_CLASS = /lead|intro|chapo|summary|abstract|daodu|zhaiyao|excerpt|standfirst|\bdek\b|sapo/;

/**
 * A lead paragraph the template keeps outside the body container (`<p class="chapo">` before
 * `<div class="body">`): a prose sibling right before the root (the time, the authors' line and
 * a photo may stand between), named as a lead, a <p>, of the root's own kind or opened by a
 * dispatch's credit.
 */
export function leadSiblings(root: Element): Element[] {
  const out: Element[] = [];
  // (The root first in its parent, which holds nothing before it: the parent's siblings.)
  const at = outermost(root, 'previousElementSibling');
  // (Five siblings with text, of twenty at most: the empty ones a template sets between the
  // story's parts, `<div class="clear">`, count for nothing.)
  let i = 0;
  for (const { el, text, hanzi } of textSiblings(at, 'previousElementSibling', 20)) {
    if (i++ >= 5) break;
    // (The links only when the rest says prose: a query of the element each.)
    const prose = hanzi >= 20 && punctuationCount(text) >= 2 && linkedChars(el) < text.length * 0.2;
    // (Or a block of the root's own kind, `div.content_medium` beside `div.content_medium`, or one
    // that a dispatch's credit opens: 【明報專訊】….)
    if (
      prose &&
      (LEAD_CLASS.test(classAndId(el)) ||
        el.tagName === 'P' ||
        sameKind(el, at) ||
        DISPATCH_OPENER.test(text))
    )
      out.unshift(el);
    else {
      const inner = prose ? leadClosing(el) : null;
      if (inner) out.unshift(inner);
      if (prose || hanzi > 40) break;
    }
  }
  return out;
}

/** A lead's own class word: the story's first paragraph, not a summary of it (東方日報's `leadin`). */
const OWN_LEAD_CLASS = /(?:^|[\s_-])lead(?:-?in)?(?:$|[\s_-])|chapo|standfirst|sapo/;

/**
 * The lead right under the headline, far from the root (`<div id="leadin"><h1>…</h1><div
 * class="leadin"><p>…</p></div></div>`, the root further down past ads): the headline's next
 * sibling (or its container's), classed as a lead and prose, before the root and outside it.
 */
export function headlineLead(headline: Element | null, root: Element): Element | null {
  if (!headline) return null;
  for (let at: Element | null = headline, up = 0; at && up < 2; at = at.parentElement, up++) {
    const next = at.nextElementSibling;
    if (!next) continue;
    if (!OWN_LEAD_CLASS.test(classAndId(next)) || next.contains(root) || root.contains(next)) return null;
    if (!(next.compareDocumentPosition(root) & 4) /* FOLLOWING */) return null;
    const text = next.textContent ?? '';
    const prose =
      hanziCount(text) >= 20 && punctuationCount(text) >= 2 && linkedChars(next) < text.length * 0.2;
    return prose ? next : null;
  }
  return null;
}

/** Fewest hanzi a root holds for parts after it to be read (trailSiblings). */
const TRAIL_ROOT_MIN = 200;

/**
 * The story's parts after the root: blocks of the root's own kind (`div.ArticleContent_Outer`
 * after `div.ArticleContent_Outer`, photos between them) that hold prose, up to the first prose
 * of another kind. (The root last in its parent, which holds nothing after it: the parent's
 * siblings.)
 */
export function trailSiblings(root: Element): Element[] {
  const out: Element[] = [];
  const at = outermost(root, 'nextElementSibling');
  if (!at.getAttribute('class')?.trim() && !editorWrapper(at)) return out;
  // (Five blocks of text between the parts, an ad's 廣告 among them; sixty siblings at most.)
  let between = 0;
  for (const { el, text, hanzi } of textSiblings(at, 'nextElementSibling', 60)) {
    if (!sameKind(el, at)) {
      if (hanzi > 40 || ++between >= 5) break;
      continue;
    }
    if (hanzi >= 20 && punctuationCount(text) >= 2 && linkedChars(el) < text.length * 0.2) out.push(el);
  }
  // (A story's part holds a few paragraphs: a teaser's card, beside cards of its kind, does not.
  // Its text is read only when there are parts: most roots have none.)
  return out.length && hanziCount(root.textContent ?? '') >= TRAIL_ROOT_MIN ? out : [];
}

type Way = 'previousElementSibling' | 'nextElementSibling';

/** The root, or the ancestor (two levels at most) it opens or closes: nothing stands beside it that way. */
function outermost(root: Element, way: Way): Element {
  let at = root;
  for (let up = 0; up < 2 && !at[way] && at.parentElement; up++) at = at.parentElement;
  return at;
}

/**
 * The siblings of `at` one way that hold hanzi, with their text, of `limit` siblings at most.
 * (Never the text of <head> or a script: a body root's sibling is the head, whose scripts can
 * run to megabytes. Nor a photo between the story's parts, with its caption.)
 */
function* textSiblings(
  at: Element,
  way: Way,
  limit: number,
): Generator<{ el: Element; text: string; hanzi: number }> {
  let seen = 0;
  for (let el = at[way]; el && seen < limit; el = el[way], seen++) {
    if (tagKind(el.tagName) & TAG_SKIP || isMedia(el)) continue;
    const text = el.textContent ?? '';
    const hanzi = hanziCount(text);
    if (hanzi > 0) yield { el, text, hanzi };
  }
}

/** Two elements of one tag and one class (a class they have). */
function sameKind(a: Element, b: Element): boolean {
  const cls = a.getAttribute('class');
  return (
    a.tagName === b.tagName &&
    (cls?.trim() ? cls === b.getAttribute('class') : editorWrapper(a) && editorWrapper(b))
  );
}

/**
 * A classless <font> (or <span>), as an old page's editor set them around runs of the story's
 * paragraphs (`<font size="3"><p>…</p></font><font><p>…</p></font>`): no template's.
 */
function editorWrapper(el: Element): boolean {
  return /^(?:FONT|SPAN)$/i.test(el.tagName) && !el.getAttribute('class')?.trim();
}

/** A photo or a player with its caption (<figure>, `<div class="main-media">` holding an image). */
function isMedia(el: Element): boolean {
  return (
    el.tagName.toUpperCase() === 'FIGURE' ||
    (MEDIA_CLASS.test(classAndId(el)) && el.querySelector('img, picture, video, iframe') !== null)
  );
}

const MEDIA_CLASS = /media|figure|photo|image|picture|video|player/;

/** A dispatch's credit opening a lead: 【記者呂承哲／台北報導】, （中央社記者…電）. */
const DISPATCH_OPENER = /^\s*[【〔[（(][^】〕\]）)]{2,30}(?:報導|报道|報道|报导|電|电|訊|讯)[】〕\]）)]/;

/**
 * The lead that closes the header before the root (`<header>` with the headline, the time, then
 * `<blockquote>【記者…／台北報導】…</blockquote>` and a photo): its last element with text, when
 * it is a quote block, named as a lead, or opened by a dispatch's credit, and reads as prose.
 */
function leadClosing(el: Element): Element | null {
  for (let c = el.lastElementChild, i = 0; c && i < 3; c = c.previousElementSibling, i++) {
    const tag = c.tagName.toUpperCase();
    if (tagKind(tag) & TAG_SKIP || tag === 'FIGURE' || tag === 'IMG') continue;
    const text = c.textContent ?? '';
    if (hanziCount(text) < 20) continue;
    const lead = tag === 'BLOCKQUOTE' || LEAD_CLASS.test(classAndId(c)) || DISPATCH_OPENER.test(text);
    return lead && punctuationCount(text) >= 2 && linkedChars(c) < text.length * 0.2 ? c : null;
  }
  return null;
}

/** Do the two paragraphs sit in different blocks (their containers' parents differ)? */
function apart(a: Paragraph, b: Paragraph): boolean {
  return a.container.parentElement !== b.container.parentElement;
}

/**
 * Does a later paragraph repeat the first one, named as a lead or a summary, word for word, or
 * start with it? (A summary set above the story, `<div class="introduction">`, that the story
 * then goes on with, or that quotes a sentence of the story.) Named for neither, does one of the
 * next eight repeat it whole, from another block?
 */
export function repeatsLater(kept: readonly Paragraph[]): boolean {
  const first = kept[0]?.text ?? '';
  if (first.length < 20) return false;
  // (39健康网's div.tips, forty characters or more. Either copy may go, and the first is the
  // summary's. A copy further down may be a comment's quote, which goes itself; one beside it in
  // the same block is the story's own.)
  const head = kept[0] as Paragraph;
  if (!LEAD_CLASS.test(classAndId(head.container))) {
    if (first.length < 40) return false;
    for (let i = 1; i < Math.min(kept.length, 9); i++) {
      const p = kept[i] as Paragraph;
      if (p.text === first && apart(head, p)) return true;
    }
    return false;
  }
  // (Or opens it: the summary is the sentence a later paragraph starts with.)
  for (let i = 1; i < kept.length; i++) if ((kept[i] as Paragraph).text.startsWith(first)) return true;
  return false;
}

/** A summary's label opening a paragraph: 简介：, 核心提示：, [摘要：, 【导读】. */
const SUMMARY_LABEL =
  /^[[【［]?\s*(?:简介|簡介|摘要|内容摘要|內容摘要|内容提要|內容提要|提要|核心提示|导语|導語|导读|導讀)\s*(?:[:：]|[\]】］])/;

/**
 * Is the first paragraph a summary named by its label (简介：又有两位…, 核心提示：…), in a block of
 * its own above the story (two paragraphs or more)? The story says it again.
 */
export function labelledSummary(kept: readonly Paragraph[]): boolean {
  const [head, next] = kept;
  return !!head && !!next && kept.length > 2 && SUMMARY_LABEL.test(head.text) && apart(head, next);
}
