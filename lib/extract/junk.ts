/**
 * Junk blocks on the page: boilerplate containers (by tag and class/id words) and blocks whose
 * text is boilerplate (keyword stuffing joined by |, share bars, font-size controls, mobile
 * banners, copyright). Never the byline or the editor line.
 */
import type { Junk, JunkKind } from '../analysis';
import { stripGlosses } from '../text/gloss';
import { isMetaLine } from './meta-lines';
import { classAndId, isElement, isSkipped, normSpace, visibleText } from './dom';
import { linkFarms } from './link-farms';
import { junkKindOf, keywordListOf, strippedOf } from './para-text';
import { collectParagraphs, type Paragraph } from './paragraphs';
import { isKeywordList, isPlaceList } from './keyword-lists';
import { junkKindOfMarkup, junkKindOfText } from './patterns';
import type { MarkedElement } from './page-walk';

export interface JunkBlock extends Junk {
  el: Element;
}

const EXCERPT = 60;

function excerpt(s: string): string {
  return cut(normSpace(stripGlosses(s)));
}

function cut(t: string): string {
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t;
}

/** Kind by tag or class/id words alone (cheap: no text needed). */
function kindOfMarkup(el: Element): JunkKind | null {
  return junkKindOfMarkup(el.tagName.toUpperCase(), classAndId(el));
}

/** The text can say more than the class: a `foot` of links is navigation, not a copyright line. */
function refine(kind: JunkKind, text: string): JunkKind {
  if (isKeywordList(text) || isPlaceList(text)) return 'keyword-list';
  if (kind === 'copyright' && !/版權|版权|©|Copyright|ICP|轉載|转载|All Rights/i.test(text)) {
    return junkKindOfText(text) ?? 'navigation';
  }
  return kind;
}

/** What the extraction already knows of the page, passed in so that the page is walked once. */
export interface JunkContext {
  /** The page's paragraphs (collectParagraphs of the body). */
  paragraphs?: Paragraph[];
  /** The elements of the same walk that are junk by markup (findRoot). */
  marked?: MarkedElement[];
  /** The elements that walk skipped (walkPage): a junk block's text is read without asking each element's attributes again. */
  skipped?: ReadonlySet<Element>;
  /** The headline, never inside a list of links. */
  headline?: Element | null;
  /** The story's paragraphs, never inside a list of links. */
  blocks?: ReadonlySet<Paragraph>;
  /** The names the info line credits (authors, editor): no junk block holds the line that credits them. */
  names?: readonly string[];
}

/** Junk blocks, outermost first, in document order. `root` (the article) is never junk itself. */
export function findJunk(doc: Document, root: Element, seen: JunkContext = {}): JunkBlock[] {
  const { paragraphs, marked, skipped, headline, blocks, names = [] } = seen;
  const out: JunkBlock[] = [];
  const body = doc.body ?? doc.documentElement;
  const ps = paragraphs ?? collectParagraphs(body);
  const credits = creditsOf(ps, names, blocks);
  // The root and its ancestors: the elements that hold it (one walk up, not a test per element).
  const holders = new Set<Node>();
  for (let n: Node | null = root; n; n = n.parentNode) holders.add(n);
  /** A junk block when its text says so too; else null (and the walk goes on inside). */
  const block = (el: Element, markup: JunkKind): JunkBlock | null => {
    // (A share bar that holds the byline: 分享 留言 列印 A- A+ 2020-10-04 15:05聯合報 記者林宸誼／即時報導.)
    if (credits.some((c) => el.contains(c))) return null;
    const text = normSpace(visibleText(el, skipped));
    if (!text || isMetaLine(text)) return null;
    return { kind: refine(markup, text), text: excerpt(text), el };
  };
  if (marked) {
    // The walk's marked elements in document order: what the walk below would visit and mark,
    // less what lies inside a block already taken (right after it, in document order).
    let taken: Element | null = null;
    for (const { el, kind } of marked) {
      if ((taken && taken.contains(el)) || holders.has(el)) continue;
      const junk = block(el, kind);
      if (junk) {
        out.push(junk);
        taken = el;
      }
    }
  } else {
    const visit = (el: Element): void => {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (!isElement(c) || isSkipped(c)) continue;
        const markup = holders.has(c) ? null : kindOfMarkup(c);
        const junk = markup && block(c, markup);
        if (junk) out.push(junk);
        else visit(c);
      }
    };
    visit(body);
  }
  // The blocks' elements: whether an element lies in one is a walk up its ancestors, not a
  // test against each block (a page of 10,000 links has as many blocks).
  const taken = new Set<Element>(out.map((j) => j.el));
  // Blocks whose text is junk whatever their markup (keyword lists, 分享到, 字號, 版權所有 …).
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Paragraph;
    const kind = keywordListOf(p) ? 'keyword-list' : p.text.length < 200 ? junkKindOf(p) : null;
    if (!kind || within(p.container, taken)) continue;
    if (!isMetaLine(p.text, strippedOf(p))) {
      // The element that holds this text and no other (a line's 收藏本文 link, not the line of
      // time and source it ends), else its block, unless that holds what must stay shown.
      const el =
        ownElement(p, skipped) ?? (keepsShown(ps, i, holders, blocks, headline) ? null : p.container);
      if (!el || within(el, taken)) continue;
      out.push({ kind, text: cut(normSpace(strippedOf(p))), el });
      taken.add(el);
    }
  }
  // Lists of other stories whatever their markup (a list takes the place of the blocks inside it).
  const farms = linkFarms(
    ps,
    holders,
    headline ? [headline, ...credits] : credits,
    (p) => !!blocks?.has(p),
    (p) => isMetaLine(p.text, strippedOf(p)),
  );
  // (The blocks inside a list go once all lists are known.)
  const lists = new Set<Element>();
  for (const el of farms) {
    if (within(el, taken)) continue;
    const text = normSpace(visibleText(el, skipped));
    out.push({ kind: 'related-links', text: excerpt(text), el });
    taken.add(el);
    lists.add(el);
  }
  const kept = lists.size ? out.filter((j) => !within(j.el, lists, false)) : out;
  return coalesce(kept, body, holders, headline, skipped).sort((a, b) =>
    a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1,
  );
}

/**
 * Blocks whose parent holds nothing else (no other element but skipped ones, no text) give way
 * to the parent, up the tree: a share list of links junk one by one is hidden as the list, not
 * link by link with its empty bullets left (BBC's 35 share links in two lists). Never the
 * body, the article or an element holding it, or one holding the headline.
 */
function coalesce(
  blocks: JunkBlock[],
  body: Element,
  holders: ReadonlySet<Node>,
  headline?: Element | null,
  skipped?: ReadonlySet<Element>,
): JunkBlock[] {
  for (let round = 0; round < 8; round++) {
    const byEl = new Map<Element, JunkBlock>();
    for (const j of blocks) byEl.set(j.el, j);
    const parents = new Map<Element, JunkBlock[]>();
    for (const j of blocks) {
      const up = j.el.parentElement;
      if (!up || up === body || holders.has(up) || (headline && up.contains(headline))) continue;
      const list = parents.get(up);
      if (list) list.push(j);
      else parents.set(up, [j]);
    }
    const gone = new Set<JunkBlock>();
    const added: JunkBlock[] = [];
    for (const [up, kids] of parents) {
      if (!onlyJunkIn(up, byEl, skipped)) continue;
      for (const k of kids) gone.add(k);
      added.push({ kind: (kids[0] as JunkBlock).kind, text: cut(kids.map((k) => k.text).join(' ')), el: up });
    }
    if (!added.length) break;
    blocks = blocks.filter((j) => !gone.has(j)).concat(added);
  }
  return blocks;
}

/** Does `el` hold only junk blocks and skipped elements, and no text of its own? */
function onlyJunkIn(
  el: Element,
  byEl: ReadonlyMap<Element, JunkBlock>,
  skipped?: ReadonlySet<Element>,
): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 /* TEXT_NODE */) {
      if (/\S/.test(c.nodeValue ?? '')) return false;
    } else if (c.nodeType === 1 /* ELEMENT_NODE */ && !byEl.has(c as Element) && !skipped?.has(c as Element))
      return false;
  }
  return true;
}

/**
 * The outermost element, up to the paragraph's container, whose visible text is the
 * paragraph's and nothing more; null when none is (its text nodes share their element with
 * other text, which hiding would hide too).
 */
function ownElement(p: Paragraph, skipped?: ReadonlySet<Element>): Element | null {
  const first = p.nodes[0];
  const last = p.nodes[p.nodes.length - 1];
  if (!first || !last) return null;
  const text = (el: Element) => normSpace(visibleText(el, skipped));
  if (text(p.container) === p.text) return p.container;
  let el = first.parentElement;
  while (el && el !== p.container && !el.contains(last)) el = el.parentElement;
  if (!el || el === p.container || text(el) !== p.text) return null;
  for (let up = el.parentElement; up && up !== p.container && text(up) === p.text; up = up.parentElement)
    el = up;
  return el;
}

/**
 * Does the block of paragraph `i` hold what must stay shown: the article (or an element that
 * holds it), the headline, a paragraph of the story, or another paragraph that is a line of
 * time, source, byline or editor? (Its paragraphs are the neighbours of `i` inside it.)
 */
function keepsShown(
  ps: readonly Paragraph[],
  i: number,
  holders: ReadonlySet<Node>,
  blocks?: ReadonlySet<Paragraph>,
  headline?: Element | null,
): boolean {
  const box = (ps[i] as Paragraph).container;
  if (holders.has(box) || (headline && box.contains(headline))) return true;
  const kept = (q: Paragraph) => !!blocks?.has(q) || isMetaLine(q.text, strippedOf(q));
  for (let k = i - 1; k >= 0 && box.contains((ps[k] as Paragraph).container); k--)
    if (kept(ps[k] as Paragraph)) return true;
  for (let k = i + 1; k < ps.length && box.contains((ps[k] as Paragraph).container); k++)
    if (kept(ps[k] as Paragraph)) return true;
  return false;
}

/**
 * The elements of the lines that credit the info line's names: a line of time, source, byline
 * or editor that names one (記者林宸誼／即時報導), or above the story the names alone (胡欣男
 * 、新聞透視; further down, a sidebar's card of the writer's other stories).
 */
function creditsOf(
  ps: readonly Paragraph[],
  names: readonly string[],
  story: ReadonlySet<Paragraph> | undefined,
): Element[] {
  const out: Element[] = [];
  if (names.length === 0) return out;
  let above = true;
  for (const p of ps) {
    if (above && story?.has(p)) above = false;
    if (p.text.length > 60) continue;
    const name = names.find((n) => p.text.includes(n));
    if (name && ((above && p.text.length <= name.length + 10) || isMetaLine(p.text, strippedOf(p))))
      out.push(p.container);
  }
  return out;
}

/** Is `el` one of `els` (when `self`) or inside one? */
function within(el: Element, els: ReadonlySet<Element>, self = true): boolean {
  if (self && els.has(el)) return true;
  for (let n = el.parentElement; n; n = n.parentElement) if (els.has(n)) return true;
  return false;
}
