/**
 * Find the element that holds the article: score every paragraph of prose (hanzi, commas,
 * full stops, few links) and give the score to its container and a few ancestors, as
 * Readability does, then take the best-scoring element.
 */
import { classAndId, depth } from './dom';
import { isHanziCode } from '../text/gloss';
import {
  asideScope,
  ASIDE_HEADING,
  isHeadlineItem,
  isOtherHeadline,
  isPostStamp,
  isReplyStamp,
} from './asides';
import { walkPage, type MarkedElement, type PageWalk } from './page-walk';
import type { Paragraph } from './paragraphs';
import { squashed } from './para-text';
import { CONTENT_CLASS } from './patterns';

/** How much a paragraph looks like article prose (0 when it does not). Computed once per paragraph. */
export function proseScore(p: Paragraph): number {
  return (p.memo.proseScore ??= computeProseScore(p));
}

function computeProseScore(p: Paragraph): number {
  const len = p.text.length;
  const own = len - p.linkChars;
  if (own < 8) return 0;
  const linkDensity = len ? p.linkChars / len : 0;
  if (linkDensity > 0.5) return 0;
  if (p.hanzi < 4) return 0;
  // (Spaces are counted where punctuation is sparse: under one mark in 30 characters.)
  const sparse = p.inner > 0 && p.punctuation * 30 < len;
  const breaks = p.punctuation + (sparse ? spaceBreaks(p.text) : 0);
  return (1 + breaks + Math.min(own / 60, 4)) * (1 - linkDensity);
}

/**
 * Spaces that end a clause as a comma would: a space after a run of at least 6 hanzi, before
 * another hanzi (一波波接續性低溫寒流報到 已將新竹尖石鄉…, as blogs and older pages write prose).
 * The short words of a list (新竹 尖石 楓紅) make none.
 */
export function spaceBreaks(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanziCode(c)) run++;
    else {
      if (c === 0x20 || c === 0x3000) {
        if (run >= 6 && isHanziCode(text.charCodeAt(i + 1))) n++;
      }
      run = 0;
    }
  }
  return n;
}

export interface RootResult {
  root: Element;
  /** The score of the root: the summed prose score under it. */
  score: number;
  /** All paragraphs of the document (pruned of boilerplate), for detection. */
  paragraphs: Paragraph[];
  /** Every paragraph of the document, boilerplate included (same walk). */
  all: Paragraph[];
  /**
   * The elements the walk entered that are junk by tag or class/id words (junkKindOfMarkup),
   * in document order, for findJunk.
   */
  marked: MarkedElement[];
}

/** The element that holds the article, or the body when nothing scores. */
export function findRoot(doc: Document, titleEl: Element | null = null): RootResult {
  return chooseRoot(walkPage(doc), titleEl);
}

/**
 * The element that holds the article (findRoot), from the page's walk. `titleEl` shows the
 * headline; `headline`, its text (findTitle's title), when known.
 */
/**
 * The elements' scores as chooseRoot adds the paragraphs one by one, each element in the order
 * it was first scored. (A paragraph at a time, in a method: called once a paragraph, it is
 * optimized within the first extractions, where the loop of a function called once a page ran
 * as baseline code for hundreds.)
 */
class Scores {
  readonly index = new Map<Element, number>();
  readonly els: Element[] = [];
  readonly sums: number[] = [];
  // Headline links and prose paragraphs under each (levels 1–3): a list of teasers has as many
  // headlines as summaries.
  readonly items: number[] = [];
  readonly proses: number[] = [];
  // Who-and-when lines (网友1 2024-05-20 11:01) under each, levels 1–3 (a stream of posts has
  // one a post), and the index of the first prose paragraph under each.
  readonly stamps: number[] = [];
  readonly firsts: number[] = [];
  // The slots of the container's parent and its ancestors (levels 1–5), kept while the next
  // paragraphs share that parent (most do: the <p> of one story).
  private parent: Element | null | undefined;
  private readonly chain: number[] = [];

  /** `afterTitle`: the index of the first paragraph after the headline (-1: none). */
  constructor(private readonly afterTitle: number) {}

  private slot(el: Element): number {
    let k = this.index.get(el);
    if (k === undefined) {
      k = this.els.length;
      this.index.set(el, k);
      this.els.push(el);
      this.sums.push(0);
      this.items.push(0);
      this.proses.push(0);
      this.stamps.push(0);
      this.firsts.push(-1);
    }
    return k;
  }

  /** Paragraph `i`: its score onto its container and ancestors, or its count as a headline or a stamp. */
  add(p: Paragraph, i: number): void {
    let s = proseScore(p);
    const headline = !s && isHeadlineItem(p);
    // (A reply's stamp counts however much it reads like prose: it repeats the story's title.)
    const stamp = !headline && (s ? isReplyStamp(p.text) : isPostStamp(p.text));
    if (!s && !headline && !stamp) return;
    const k = this.slot(p.container);
    const up = p.container.parentElement;
    const chain = this.chain;
    if (up !== this.parent) {
      this.parent = up;
      chain.length = 0;
      for (let el = up; el && chain.length < 5; el = el.parentElement) chain.push(this.slot(el));
    }
    const counts = headline ? this.items : stamp ? this.stamps : this.proses;
    counts[k] = (counts[k] as number) + 1;
    for (let level = 1; level <= 3 && level <= chain.length; level++) {
      const a = chain[level - 1] as number;
      counts[a] = (counts[a] as number) + 1;
    }
    if (headline || stamp) return;
    const firsts = this.firsts;
    if (firsts[k] === -1) firsts[k] = i;
    for (let c = 0; c < chain.length; c++) {
      const a = chain[c] as number;
      if (firsts[a] === -1) firsts[a] = i;
    }
    const after = this.afterTitle;
    if (after >= 0 && i >= after && i < after + 25) s *= 1.5;
    const sums = this.sums;
    sums[k] = (sums[k] as number) + s;
    for (let level = 1; level <= chain.length; level++) {
      const w = level <= 1 ? 1 : level === 2 ? 0.5 : 1 / (level * 1.5);
      const a = chain[level - 1] as number;
      sums[a] = (sums[a] as number) + s * w;
    }
  }
}

export function chooseRoot(walk: PageWalk, titleEl: Element | null, headline = ''): RootResult {
  const { body, paragraphs, all, marked } = walk;
  // Prose right after the headline is the article far more often than prose elsewhere.
  let afterTitle = -1;
  if (titleEl) {
    afterTitle = paragraphs.findIndex(
      (p) =>
        titleEl.compareDocumentPosition(p.container) & 4 /* FOLLOWING */ && !titleEl.contains(p.container),
    );
  }
  const scores = new Scores(afterTitle);
  const { index, els, sums, items, proses, stamps, firsts } = scores;
  // Readers' comments and other stories under a heading that names them: not scored, however many.
  // So is the next story a page appends under its own headline (an <h1> after the headline).
  let aside: Element | null = null;
  // (A headline, not a site's short name: eight characters or more.)
  const titleText = titleEl && headline.length >= 8 ? squashed(headline) : '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (aside) {
      if (aside.contains(p.container)) continue;
      aside = null;
    }
    if (
      (p.text.length <= 16 && ASIDE_HEADING.test(p.text)) ||
      (titleEl && titleText && p.heading && isOtherHeadline(p, titleEl, titleText))
    ) {
      aside = asideScope(p.container, body, p.text);
      continue;
    }
    scores.add(p, i);
  }
  // Six teasers or more, as many headlines as summaries: other stories, whatever they say.
  const teasers = (k: number): boolean =>
    (items[k] as number) >= 6 && (items[k] as number) >= (proses[k] as number);
  // Six posts or more, most under who and when (a post may run to two paragraphs): readers'
  // comments (a live page's updates, under a time alone, are none).
  const stream = (k: number): boolean =>
    (stamps[k] as number) >= 6 && (stamps[k] as number) >= (proses[k] as number) * 0.6;
  // (plain: neither a list of teasers or posts nor what holds the one given.)
  const pick = (plain: Element | null): [Element, number] => {
    let best: Element = body;
    let bestScore = 0;
    let bestDepth = 0;
    for (let k = 0; k < els.length; k++) {
      const s = sums[k] as number;
      // The class factor is at most 1.1: an element that cannot come near the best needs no more look.
      if (s * 1.1 <= bestScore * 0.9999) continue;
      const el = els[k] as Element;
      if (plain && (teasers(k) || stream(k) || el.contains(plain))) continue;
      const adj = s * classFactor(el);
      if (!(adj > bestScore * 0.9999)) continue;
      const d = depth(el);
      if (adj > bestScore * 1.0001 || d > bestDepth) {
        best = el;
        bestScore = adj;
        bestDepth = d;
      }
    }
    return [best, bestScore];
  };
  let [best, bestScore] = pick(null);
  const bestK = index.get(best) ?? -1;
  // A list of teasers wins only over far less prose (a section page's); else the story does.
  if (bestK >= 0 && teasers(bestK)) {
    const [story, storyScore] = pick(best);
    if (storyScore >= bestScore * 0.3) [best, bestScore] = [story, storyScore];
  } else if (bestK >= 0 && stream(bestK) && afterTitle >= 0) {
    // Posts lose to a story of three paragraphs or more that starts under the headline, unless
    // they outweigh it tenfold (a blog's replies in one element, each under a header that repeats
    // the title, can weigh five times its post).
    const [story, storyScore] = pick(best);
    const k = index.get(story) ?? -1;
    const starts = k >= 0 && (proses[k] as number) >= 3 && (firsts[k] as number) <= afterTitle + 2;
    if (starts && storyScore >= bestScore * 0.1) [best, bestScore] = [story, storyScore];
  }
  // (A <p> holding the whole story is common only when the story is split by <br>: see widened.)
  if (best.tagName.toUpperCase() === 'P') best = widened(best, body, paragraphs);
  return { root: best, score: bestScore, paragraphs, all, marked };
}

/**
 * The story split over sibling containers (`<div class="box_2"><p>…</p></div>`, a video box,
 * then a second `box_2`): the best element holds only the larger part. Climb at most two levels
 * while the prose under the ancestor, outside the element, is at least a third of the prose
 * inside it (Readability appends such siblings one by one).
 */
function widened(best: Element, body: Element, paragraphs: Paragraph[]): Element {
  const scoreIn = (el: Element): number => {
    let n = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i] as Paragraph;
      if (el.contains(p.container)) n += proseScore(p);
    }
    return n;
  };
  const inside = scoreIn(best);
  let out = best;
  let up = best.parentElement;
  for (let level = 1; level <= 2 && up && up !== body; level++, up = up.parentElement) {
    if (scoreIn(up) - inside >= inside / 3) out = up;
  }
  return out;
}

function classFactor(el: Element): number {
  const cls = classAndId(el);
  if (CONTENT_CLASS.test(cls)) return 1.1;
  return 1;
}
