/**
 * The walk that splits a subtree into paragraphs (collectPage's): a loop over its own stack of
 * the elements it is inside, which can stop after any node and go on later.
 */
import {
  TAG_BLOCK,
  TAG_BOLD,
  TAG_BREAK,
  TAG_HEADING,
  TAG_LINK,
  TAG_PRE,
  TAG_SKIP,
  TEXT_NODE,
  ELEMENT_NODE,
  ATTR_HIDING,
  ATTR_HREF,
  attributeBits,
  hiddenByItsAttributes,
  normLength,
  normSpace,
  tagKind,
} from './dom';
import { BACK_LINK, MORE_LINK } from './short-junk';
import { CHAR_KIND, noFacts, SPACE, textFacts, type TextFacts } from './text-facts';
import type { Note, Paragraph, ParagraphMemo, Prune, Skip } from './paragraphs';

/**
 * The same string as a flat copy. Strings joined from several node values are concatenated,
 * and every charCodeAt on them is several times slower. (A single node value is left as it
 * is: in Chromium an external string reads as fast as a copy would.)
 */
export function flat(s: string): string {
  return (s + ' ').slice(0, -1);
}

/**
 * Is the link whose text is `nodes[from…]` (link[linked…], the run's link text) a link back to
 * the site (BACK_LINK) or to more of it (MORE_LINK)? Its first character says no for most
 * links, read from the nodes: the run's link text is a rope of every link's text so far, and
 * reading it would copy it whole at each link (a paragraph of 30,000 links took seconds).
 */
function isBackLink(nodes: Text[], from: number, link: string, linked: number): boolean {
  for (let k = from; k < nodes.length; k++) {
    const v = nodes[k]?.nodeValue ?? '';
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (CHAR_KIND[c] === SPACE) continue;
      if (c === 0x8fd4 /* 返 */ || c === 0x56de /* 回 */) return BACK_LINK.test(link.slice(linked));
      return c >= 0x25b6 && c <= 0x25ba /* ▶ … ► */ && MORE_LINK.test(link.slice(linked));
    }
  }
  return false;
}

/** !/\S/.test(s), without a regex call per Text node (most are not blank at their first character). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CHAR_KIND[c] !== SPACE || c === 0x200b) return false;
  }
  return true;
}

/**
 * A dateline alone (华盛顿 —): a place of hanzi and an em dash, which opens the paragraph after
 * it. (Not a hyphen: a forum prints its posters' names so, 皇帝 -, before each post's time.)
 */
const DATELINE_ONLY = /^[\u4e00-\u9fff·]{2,10}\s*—{1,2}$/;

function isDatelineOnly(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x2014 && DATELINE_ONLY.test(text);
}

/** What flush reads each paragraph's textFacts into (read at once: one object serves all). */
const FACTS = noFacts();

/**
 * A paragraph's text from its raw text and their facts: normSpace's regex only where an inner
 * run needs rewriting; the ends are cut by slicing.
 */
export function paragraphText(raw: string, facts: TextFacts): string {
  return facts.innerFold
    ? normSpace(raw)
    : facts.lead || facts.trail
      ? raw.slice(facts.lead, raw.length - facts.trail)
      : raw;
}

/** A paragraph's memo before any step asks (para-text.ts and root.ts fill it). */
export function freshMemo(): ParagraphMemo {
  return {
    kept: undefined,
    stripped: undefined,
    junkKind: undefined,
    keywordList: undefined,
    proseScore: undefined,
  };
}

/** collectPage's walk, which can stop after a number of nodes and go on later (see advance). */
export interface PageCollector {
  kept: Paragraph[];
  all: Paragraph[];
  /** Walks up to `budget` more nodes; true when the walk is done (kept and all are whole). */
  advance(budget: number): boolean;
}

/** Bits of a frame of pageCollector's walk. */
const IN_LINK = 1;
const IN_BOLD = 2;
/** Leaving the element ends the paragraph (a block). */
const EXIT_FLUSH = 4;
/** Leaving the element asks whether it was a link back to the site (a link outside a link). */
const EXIT_LINK = 8;

/**
 * collectPage as a walk that can pause: a loop over an explicit stack of the elements it is
 * inside (no recursion: a page thousands of elements deep overflows no stack), so that it can
 * stop after any node and go on from there.
 */
export function pageCollector(
  root: Element,
  prune?: Prune,
  withPruned = false,
  note?: Note,
  skip?: Skip,
): PageCollector {
  const out: Paragraph[] = [];
  const all: Paragraph[] = [];
  // The run of text nodes being read (null between paragraphs), kept in variables: an object a
  // paragraph came to about 3 KB a page. (A new run is a new `runNodes` array.)
  let runNodes: Text[] | null = null;
  let runContainer: Element = root;
  let runKind = 0;
  let runRaw = '';
  let runLink = '';
  let runBold = true;
  // A dateline set apart from its paragraph (<span class="dateline">华盛顿 —</span><p>…): its
  // nodes and text, carried into the next run.
  let carried: Text[] | null = null;
  let carriedRaw = '';
  let carriedContainer: Element = root;
  let carriedKind = 0;

  const flush = (): void => {
    const nodes = runNodes;
    if (!nodes) return;
    const raw = nodes.length === 1 ? runRaw : flat(runRaw);
    // One scan for the counts every step asks for; normSpace only when there is space to fold.
    const facts = textFacts(raw, FACTS);
    const text = paragraphText(raw, facts);
    if (text.length <= 16 && isDatelineOnly(text) && !carried) {
      carried = nodes;
      carriedRaw = runRaw;
      carriedContainer = runContainer;
      carriedKind = runKind;
      runNodes = null;
      return;
    }
    if (text) {
      const kind = runKind;
      // (An <h1> holding a news item of sentences, as a WeChat digest sets each, is no heading.)
      const heading =
        (!!(kind & TAG_HEADING) && (text.length <= 60 || facts.punctuation < 3)) ||
        (runBold && text.length <= 60);
      const p = {
        container: runContainer,
        nodes,
        text,
        raw,
        linkChars: runLink ? normLength(runLink) : 0,
        heading,
        listing: !!(kind & TAG_PRE),
        hanzi: facts.hanzi,
        punctuation: facts.punctuation,
        spaced: facts.spaced,
        lead: facts.lead,
        trail: facts.trail,
        inner: facts.inner,
        odd: facts.odd,
        glosses: facts.glosses,
        looseClose: facts.looseClose,
        strayGloss: facts.strayGloss,
        bars: facts.bars,
        words: facts.words,
        memo: freshMemo(),
      };
      out.push(p);
      if (withPruned) all.push(p);
    }
    runNodes = null;
  };

  // The stack, one frame an element the walk is inside (index `depth`), in parallel arrays:
  // the next child to read, the paragraph's container and its tagKind, the frame's bits, and
  // for a link, the run as it stood when the link began (its nodes, text and link text lengths).
  const nexts: (ChildNode | null)[] = [root.firstChild];
  const containers: Element[] = [root];
  const kinds: number[] = [tagKind(root.tagName)];
  const bits: number[] = [0];
  const befores: (Text[] | null)[] = [null];
  const beforeNodes: number[] = [0];
  const beforeRaw: number[] = [0];
  const beforeLinked: number[] = [0];
  let depth = 0;

  /** Leaves frame `d`: ends a block's paragraph, or splits off a link back to the site. */
  const leave = (d: number): void => {
    const b = bits[d] as number;
    if (b & EXIT_FLUSH) {
      flush();
      return;
    }
    if (!(b & EXIT_LINK)) return;
    // A link back to the site closing the paragraph (…徐占忱）返回搜狐，查看更多) is a
    // paragraph of its own (the junk finder names it).
    const before = befores[d] as Text[];
    befores[d] = null;
    const nodes = beforeNodes[d] as number;
    const raw = beforeRaw[d] as number;
    const linked = beforeLinked[d] as number;
    if (runNodes === before && runLink.length > linked && isBackLink(before, nodes, runLink, linked)) {
      const backRaw = runRaw.slice(raw);
      const backLink = runLink.slice(linked);
      const backNodes = before.splice(nodes);
      runRaw = runRaw.slice(0, raw);
      runLink = runLink.slice(0, linked);
      flush();
      runNodes = backNodes;
      runContainer = containers[d] as Element;
      runKind = kinds[d] as number;
      runRaw = backRaw;
      runLink = backLink;
      runBold = false;
      flush();
    }
  };

  const advance = (budget: number): boolean => {
    for (let n = 0; depth >= 0; n++) {
      const c = nexts[depth] as ChildNode | null;
      if (!c) {
        if ((bits[depth] as number) & (EXIT_FLUSH | EXIT_LINK)) leave(depth);
        depth--;
        continue;
      }
      if (n >= budget) return false;
      nexts[depth] = c.nextSibling;
      const type = c.nodeType;
      if (type === TEXT_NODE) {
        const t = c as Text;
        const v = t.nodeValue ?? '';
        const blank = isBlank(v); // (= !v.trim(): the same whitespace, no new string)
        const b = bits[depth] as number;
        if (!runNodes) {
          if (blank) continue;
          // (Most runs are one node: an array of one, not one with room to grow. A dateline
          // carried over opens the run.)
          runNodes = carried ? [...carried, t] : [t];
          runContainer = containers[depth] as Element;
          runKind = kinds[depth] as number;
          runRaw = carried ? carriedRaw + v : v;
          runLink = '';
          runBold = true;
          carried = null;
        } else {
          runNodes.push(t);
          runRaw += v;
        }
        if (b & IN_LINK) runLink += v;
        if (!blank && !(b & IN_BOLD)) runBold = false;
        continue;
      }
      if (type !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tagName = el.tagName;
      const kind = tagKind(tagName);
      const attrs = attributeBits(el);
      if (kind & TAG_SKIP || (attrs & ATTR_HIDING && hiddenByItsAttributes(el))) {
        skip?.(el, attrs);
        if (kind & TAG_BREAK) flush();
        continue;
      }
      if (note || prune) {
        const tag = tagName.toUpperCase();
        note?.(el, tag, attrs);
        if (prune?.(el, tag)) {
          if (kind & TAG_BREAK || withPruned) flush();
          // (One by one: a spread of a large subtree's paragraphs can overflow the stack.)
          if (withPruned) {
            const inner = pageCollector(el, undefined, false, note, skip);
            inner.advance(Infinity);
            for (const p of inner.kept) all.push(p);
          }
          continue;
        }
      }
      const b = bits[depth] as number;
      const d = ++depth;
      nexts[d] = el.firstChild;
      if (kind & TAG_BLOCK) {
        flush();
        containers[d] = el;
        kinds[d] = kind;
        bits[d] = (b & IN_LINK) | EXIT_FLUSH;
      } else {
        // (An <a> without href is an anchor, not a link: a forum's unclosed `<a name=top1>` or a
        // stray `<a>` that the parser carries over the whole post.)
        const link = !!(kind & TAG_LINK) && (attrs & ATTR_HREF) !== 0;
        const before = link && !(b & IN_LINK) ? runNodes : null;
        containers[d] = containers[d - 1] as Element;
        kinds[d] = kinds[d - 1] as number;
        bits[d] =
          (b & (IN_LINK | IN_BOLD)) |
          (link ? IN_LINK : 0) |
          (kind & TAG_BOLD ? IN_BOLD : 0) |
          (before ? EXIT_LINK : 0);
        if (before) {
          befores[d] = before;
          beforeNodes[d] = before.length;
          beforeRaw[d] = runRaw.length;
          beforeLinked[d] = runLink.length;
        }
      }
    }
    flush();
    // (A dateline that no text followed is a paragraph of its own.)
    if (carried) {
      runNodes = carried;
      runRaw = carriedRaw;
      runContainer = carriedContainer;
      runKind = carriedKind;
      runLink = '';
      runBold = false;
      carried = null;
      flush();
    }
    return true;
  };

  return { kept: out, all, advance };
}
