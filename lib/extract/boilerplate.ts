/**
 * Boilerplate containers: is an element, by its tag and class/id words, a menu, an ad, a share
 * bar, a list of related links … that holds no story (and so is pruned from the page's walk)?
 */
import type { JunkKind } from '../analysis';
import { classAndId, linkedChars, nextElementUnder, TEXT_NODE } from './dom';
import { CONTENT_CLASS, JUNK_TAGS, RELATED_WORD, controlOverContent, junkKindOfClass } from './patterns';

/**
 * What holds the article whatever its class words say: an <article>, a <main> or an
 * itemprop="articleBody" element (`article, main, [itemprop="articleBody"]` as browsers match
 * it: the value exactly, where jsdom's matcher ignores its case).
 */
function isMain(el: Element): boolean {
  const name = el.localName;
  return (
    name === 'article' ||
    name === 'main' ||
    (el.hasAttributes() && el.getAttribute('itemprop') === 'articleBody')
  );
}

/** The elements among which isMain finds its (a query by tag and attribute name). */
const MAIN_SELECTOR = 'article, main, [itemprop]';

/**
 * The elements that hold an isMain element (its ancestors), from one query of the page: what
 * holdsMain tells of each element, without a walk each.
 */
export function mainHolders(root: Element): Set<Element> {
  const out = new Set<Element>();
  for (const m of Array.from(root.querySelectorAll(MAIN_SELECTOR)))
    if (isMain(m)) for (let up = m.parentElement; up && !out.has(up); up = up.parentElement) out.add(up);
  return out;
}

/** Does an element under `el` hold the article (isMain)? */
function holdsMain(el: Element): boolean {
  return new MainHolders(el, Infinity).has(el);
}

/** Elements a page's MainHolders walks before it queries the page instead. */
const HOLDER_WALK = 200;

/**
 * holdsMain for the elements the page's walk asks about, under `root`: by a walk of each one's
 * elements while they come to few (a query parses its selector anew in each document and walks
 * the whole page, 10–30 µs in Chromium; a junk-named element holds a few dozen), then from
 * mainHolders, one query of the page, for the rest.
 */
export class MainHolders {
  private holders: Set<Element> | undefined;

  /** `left`: the elements to walk before the page is queried instead. */
  constructor(
    private readonly root: Element,
    private left = HOLDER_WALK,
  ) {}

  has(el: Element): boolean {
    if (!this.holders) {
      const held = this.walk(el);
      if (held !== undefined) return held;
      this.holders = mainHolders(this.root);
    }
    return this.holders.has(el);
  }

  /** Whether an element under `top` is isMain's; undefined once the walk's elements run out. */
  private walk(top: Element): boolean | undefined {
    for (let el = top.firstElementChild; el; el = nextElementUnder(el, top)) {
      if (--this.left < 0) return undefined;
      if (isMain(el)) return true;
    }
    return false;
  }
}

/**
 * Is this element a boilerplate container (by tag or class/id words)? `cls`: its classAndId,
 * when the caller has it; `holders`: MainHolders of the page, when the caller has it (else the
 * element's subtree is queried); `control`: controlKind(el, cls), when the caller has it.
 */
export function isBoilerplateContainer(
  el: Element,
  tag = el.tagName.toUpperCase(),
  cls?: string,
  holders?: Pick<ReadonlySet<Element>, 'has'>,
  control?: JunkKind | null,
): boolean {
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (JUNK_TAGS[tag]) return true;
  if (tag === 'A' && inRunningText(el)) return false;
  if (cls === undefined) {
    if (!el.hasAttributes()) return false;
    cls = classAndId(el);
  }
  if (!cls.trim()) return false;
  if (CONTENT_CLASS.test(cls) && !RELATED_WORD.test(cls))
    return (control === undefined ? controlKind(el, cls) : control) !== null;
  const kind = junkKindOfClass(cls);
  if (kind === null) return false;
  // A page wrapper that happens to carry an "ad" or "nav" word still holds the article.
  if (holders ? holders.has(el) : holdsMain(el)) return false;
  // Widgets hold no sentences: an element named for sharing that holds two or more (a
  // `js_img_share_area` around the story, for sharing its pictures) is the story's container.
  if (WIDGET_KINDS.has(kind)) return !holdsSentences(el, 2);
  // Menus, ads and lists named by a weaker word than related/recommend hold no story: such an
  // element that holds five sentences or more is the page or the story (BBC's
  // `blq-int-nav blq-container`, a page "with the international nav"; douban's note in
  // `<div id="link-report">`).
  // (So is a print area: `<div id="print">` around the story is what a print button prints.
  // And so is the page's bottom part, under its header: `xd-bottom` around the story.)
  const wrapperKind =
    WRAPPER_KINDS.has(kind) ||
    (kind === 'copyright' && !FOOTER_WORD.test(cls)) ||
    (kind === 'related-links' && !RELATED_WORD.test(cls)) ||
    (kind === 'other' && /\bprint\b/.test(cls));
  return !(wrapperKind && holdsSentences(el, 5));
}

const WORD_RE = /[\p{L}\p{N}]/u;

/** Inline elements that wrap a word without making it a block of its own. */
const INLINE_WRAPPERS: ReadonlySet<string> = new Set([
  'SPAN',
  'FONT',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'SMALL',
  'MARK',
]);

/**
 * A link with words right before or after it in the same parent (not only separators such as
 * `|` or `·`): a word of a sentence (`義大利公開賽 <a class="link">茲韋列夫</a>封王`), whatever
 * its class says.
 */
export function inRunningText(el: Element): boolean {
  // (A link alone in an inline wrapper stands where the wrapper does: 锁定@新浪科技
  // <span id="usstock_WB"><a class="keyword">微博</a></span>，我们….)
  let at = el;
  for (
    let up = el.parentElement;
    up && up.childNodes.length === 1 && INLINE_WRAPPERS.has(up.tagName.toUpperCase());
    up = up.parentElement
  )
    at = up;
  for (const n of [at.previousSibling, at.nextSibling])
    if (n && n.nodeType === TEXT_NODE && WORD_RE.test(n.nodeValue ?? '')) return true;
  return false;
}

/**
 * Is the element part of a code listing (inside <pre> or <code>)? A highlighter's classes name
 * the code's parts (`hljs-comment`, `token comment`), not a page's widgets.
 */
export function inCode(el: Element): boolean {
  // (`el.parentElement?.closest('pre, code')` by the ancestors' names: no selector to parse.)
  for (let up = el.parentElement; up; up = up.parentElement) {
    const name = up.localName;
    if (name === 'pre' || name === 'code') return true;
  }
  return false;
}

/**
 * A control named beside an article word (`mbArticleShareBtn`, `article-share`, `text-size`):
 * its kind when the element holds no sentence and no picture (`mbArticleSharePic` holds the
 * story's photo and its share button: only the button is the control).
 */
export function controlKind(el: Element, cls: string): JunkKind | null {
  const kind = controlOverContent(cls);
  return kind && !holdsSentences(el, 1) && !el.querySelector('img') ? kind : null;
}

const WIDGET_KINDS: ReadonlySet<string> = new Set(['share-bar', 'font-size']);
const WRAPPER_KINDS: ReadonlySet<string> = new Set(['navigation', 'ad']);
/** The copyright kind's words that name a footer itself (not `bottom`, a layout's lower part). */
const FOOTER_WORD = /copyright|footer|\bfoot\b|banquan/;

/** `n` or more full stops in the element's text. */
export function holdsSentences(el: Element, n: number): boolean {
  const text = el.textContent ?? '';
  let stops = 0;
  for (let i = text.indexOf('。'); i >= 0 && stops < n; i = text.indexOf('。', i + 1)) stops++;
  return stops >= n;
}

/** The share of the element's text that its links hold. */
export function linkShare(el: Element): number {
  const all = (el.textContent ?? '').length;
  return all ? linkedChars(el) / all : 0;
}
