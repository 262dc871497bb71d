/**
 * The page's one walk (walkPage): its paragraphs with boilerplate pruned and kept apart, the
 * elements junk by markup, the headline's candidates and the elements named for an outlet, and
 * what it skipped; and the walk with a related-named element's story put back (storyInRelated).
 */
import type { JunkKind } from '../analysis';
import {
  controlKind,
  holdsSentences,
  inCode,
  inRunningText,
  isBoilerplateContainer,
  linkShare,
  MainHolders,
} from './boilerplate';
import { ATTR_ITEMPROP, classAndIdOf, nextElementUnder } from './dom';
import { isItemDate, isTaggedTag } from './meta-tags';
import { pageCollector } from './page-collector';
import type { Paragraph } from './paragraphs';
import { STEP_NODES, type Steps } from './steps';
import { NO_CLASS, junkKindOfMarkup } from './patterns';
import { SOURCE_WORD } from './source';
import { isHeadingCandidate } from './title';

export interface MarkedElement {
  el: Element;
  kind: JunkKind;
}

/** What the one walk of the page finds: findRoot's lists, the headline's candidates, the outlet's. */
export interface PageWalk {
  body: Element;
  paragraphs: Paragraph[];
  all: Paragraph[];
  marked: MarkedElement[];
  /** The elements headingCandidates looks at (CANDIDATE_SELECTOR's) that the walk entered, in order. */
  headings: Element[];
  /** The elements whose class or id holds a word of an outlet's (SOURCE_WORD), in order: classedSource's. */
  sourceNamed: Element[];
  /**
   * The <meta>, <script>, <time> and <link> elements, and any other of itemprop="datePublished",
   * in order: readMetaTags' (of the body).
   */
  tagged: Element[];
  /** The <a> elements, in order (with or without href, hidden ones included). */
  links: Element[];
  /** The <img>, <figure> and <figcaption> elements, in order: the captions' (captions.ts). */
  pictures: Element[];
  /**
   * The elements the walk skipped (SKIP_TAGS, hidden by their attributes): every element of the
   * page that isSkipped says yes to, outside the skipped ones.
   */
  skipped: Set<Element>;
}

/** The lists of PageWalk that every element of the page, entered or not, may go on. */
type Lists = Pick<PageWalk, 'headings' | 'sourceNamed' | 'tagged' | 'links' | 'pictures'>;

/** `el` onto the lists it belongs on, by its tag (upper-cased) and classAndId. */
function list(el: Element, tag: string, cls: string, lists: Lists): void {
  if (isHeadingCandidate(tag, cls)) lists.headings.push(el);
  if (cls !== NO_CLASS && SOURCE_WORD.test(cls)) lists.sourceNamed.push(el);
  if (tag === 'A') lists.links.push(el);
  else if (tag === 'IMG' || tag === 'FIGURE' || tag === 'FIGCAPTION') lists.pictures.push(el);
  else if (isTaggedTag(tag)) lists.tagged.push(el);
}

/**
 * The elements under `root` onto the lists, in document order: a walk of its elements that asks
 * what the walk asks of those it enters, not a selector (jsdom's matcher costs half a
 * millisecond a call whatever the subtree: a page of 1,000 hidden blocks took as many).
 */
function candidatesUnder(root: Element, lists: Lists): void {
  for (let el = root.firstElementChild; el; el = nextElementUnder(el, root))
    list(el, el.tagName.toUpperCase(), el.hasAttributes() ? classAndIdOf(el) : NO_CLASS, lists);
}

/** The page's paragraphs, its elements junk by markup and its headings, in one walk. */
export function walkPage(doc: Document): PageWalk {
  const walk = pageWalker(doc);
  walk.advance(Infinity);
  return walk.result();
}

/** walkPage as steps: yields every STEP_NODES nodes (a long page's walk is tens of ms, cold). */
export function* walkPageSteps(doc: Document): Steps<PageWalk> {
  const walk = pageWalker(doc);
  while (!walk.advance(STEP_NODES)) yield;
  return walk.result();
}

/** The page's walk, to advance (pageCollector's advance) and then read. */
function pageWalker(doc: Document): { advance: (budget: number) => boolean; result: () => PageWalk } {
  const body = doc.body ?? doc.documentElement;
  const lists: Lists = { headings: [], sourceNamed: [], tagged: [], links: [], pictures: [] };
  // One walk: paragraphs, boilerplate pruned, and each element's class words read once for both
  // the boilerplate test and the junk finder.
  const marked: MarkedElement[] = [];
  let noted: Element | null = null;
  let notedCls = NO_CLASS;
  let notedKind: JunkKind | null = null;
  // (controlKind reads the element's text: once, here, for both.)
  let notedControl: JunkKind | null = null;
  const note = (el: Element, tag: string, attrs: number): void => {
    noted = el;
    notedCls = attrs ? classAndIdOf(el, attrs) : NO_CLASS;
    notedKind = junkKindOfMarkup(tag, notedCls);
    notedControl = notedKind === null && attrs ? controlKind(el, notedCls) : null;
    notedKind ??= notedControl;
    // (A highlighter marks a listing's parts with spans.)
    if (notedKind && ((tag === 'A' && inRunningText(el)) || (tag === 'SPAN' && inCode(el)))) notedKind = null;
    if (notedKind) marked.push({ el, kind: notedKind });
    list(el, tag, notedCls, lists);
    // (Microdata's publication time on an element that shows it: readMetaTags reads it too.)
    if (attrs & ATTR_ITEMPROP && !isTaggedTag(tag) && isItemDate(el)) lists.tagged.push(el);
  };
  // Elements the walk does not enter (hidden, scripts …) are candidates too, as the selector
  // finds them: a template's hidden share title holds the headline.
  const skipped = new Set<Element>();
  const skip = (el: Element, attrs: number): void => {
    skipped.add(el);
    list(el, el.tagName.toUpperCase(), attrs ? classAndIdOf(el, attrs) : NO_CLASS, lists);
    candidatesUnder(el, lists);
  };
  // An element with no junk kind by markup is no boilerplate container (the same tag and class
  // tests, already made by note).
  // (No query of each junk-named element, and a query of the page only where they hold many.)
  const holders = new MainHolders(body);
  const prune = (el: Element, tag: string): boolean =>
    el === noted
      ? notedKind !== null && isBoilerplateContainer(el, tag, notedCls, holders, notedControl)
      : isBoilerplateContainer(el, tag, undefined, holders);
  const walk = pageCollector(body, prune, true, note, skip);
  return {
    advance: walk.advance,
    result: () => ({ body, paragraphs: walk.kept, all: walk.all, marked, ...lists, skipped }),
  };
}

/**
 * The page's walk with one related-named element's paragraphs put back, for a page whose walk
 * found no story: the first such element that holds one, five sentences or more with hardly a
 * link (`mixRelatedNewsBlk` around the page's own story; a list of stories links each). It is
 * then no junk either. Null when none does.
 */
export function storyInRelated(walk: PageWalk): PageWalk | null {
  for (const { el, kind } of walk.marked) {
    if (kind !== 'related-links' || !holdsSentences(el, 5) || linkShare(el) >= 0.1) continue;
    const kept = new Set(walk.paragraphs);
    return {
      ...walk,
      paragraphs: walk.all.filter((p) => kept.has(p) || el.contains(p.container)),
      marked: walk.marked.filter((m) => !el.contains(m.el)),
    };
  }
  return null;
}
