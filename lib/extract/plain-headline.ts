/**
 * The headline of a page whose <title> and og:title name only the site and whose headline sits
 * in no heading and no title-named element (`<td>中風年輕化 劉泰英14歲孫子腦溢血</td>`, `<div
 * class="tt26">`): a plain line that reads as a headline, right before the story's prose or as
 * its first line.
 */
import type { Block } from './blocks';
import { isMetaLine } from './meta-lines';
import type { Paragraph } from './paragraphs';
import { junkKindOfText } from './patterns';
import { classAndId } from './dom';
import { headingCandidates, type TitleResult } from './title';
import { DAY, hasTitleSeparator, titleSegments } from './title-segments';

/** Does an ancestor of `el` at most four levels up (a table's rows not counted) hold `body` (the body's first paragraph)? */
export function nearBody(el: Element, body: Node): boolean {
  let up: Element | null = el.parentElement;
  // (A table's rows and its body are no level of their own: an old layout's headline cell and its
  // story's cell sit in rows of one table.)
  for (let level = 0; up && level < 4; up = up.parentElement) {
    if (up.contains(body)) return true;
    if (!TABLE_PARTS.has(up.tagName.toUpperCase())) level++;
  }
  return false;
}

const TABLE_PARTS: ReadonlySet<string> = new Set(['TBODY', 'THEAD', 'TFOOT', 'TR']);

/**
 * The headline when <title> names only the site: the last heading before the body's first
 * paragraph that reads as one (6–80 characters, no link, no breadcrumb, no sentence or label
 * ending), or null. `headings`: as headingCandidates takes them.
 */
export function headingBefore(doc: Document, first: Node, headings?: readonly Element[]): TitleResult | null {
  let found: { el: Element; text: string } | null = null;
  for (const h of headingCandidates(doc, headings)) {
    if (!(h.el.compareDocumentPosition(first) & 4) || h.el.contains(first)) break;
    const t = h.text;
    // (Nor a list's label: 24小时热文, 相关新闻.)
    // (Nor a line of the page's own: 原标题：…; nor one that gives a time before more, 发表于
    // 2015-05-21 09:32| 次阅读| 来源CSDN| 作者魏伟, not a headline's time after it.)
    if (
      t.length < 6 ||
      t.length > 80 ||
      /[。：:，,]$/.test(t) ||
      breadcrumb(t) ||
      junkKindOfText(t) ||
      metaOrTimed(t)
    )
      continue;
    // A heading tag, or an element named for the title (not any `tit`: 1975年1月28日 … in an
    // infobox's cell); an info line starts with its date.
    const named = /^H[1-5]$/i.test(h.el.tagName) || /title|headline|biaoti/i.test(classAndId(h.el));
    if (!named || /^\d{4}年\d{1,2}月\d{1,2}日/.test(t)) continue;
    // It sits by the body (not a dialog's heading elsewhere on the page, such as 绑定百度钱包).
    if (!nearBody(h.el, first)) continue;
    if (h.el.closest('a') || h.el.querySelector('a')) continue;
    found = h;
  }
  return found && { title: found.text.replace(INFO_AFTER, '').replace(TIME_AFTER, ''), el: found.el };
}

/** Is the line, less a time closing it, one of the page's own or one giving a date's time? */
function metaOrTimed(t: string): boolean {
  const bare = t.replace(TIME_AFTER, '');
  return isMetaLine(bare) || DATE_TIME.test(bare);
}

/**
 * A separated line whose every part is short (首页 > 新闻动态 > 通知公告): a breadcrumb, not a
 * headline with its column before it (棱镜|数据业大整顿：爬虫与现金贷共生共荣).
 */
function breadcrumb(t: string): boolean {
  return hasTitleSeparator(t) && titleSegments(t).every((part) => part.length <= 10);
}

/** A section's number: 一、, 2., （三）. */
const SECTION_NUMBER =
  /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）])/;

/**
 * A line that reads as a headline: 6–50 characters, mostly hanzi, no sentence, no section number,
 * no date, no link, and none of <title>'s names (维基百科，自由的百科全书).
 */
function headlineLike(p: Paragraph, names: readonly string[], t = p.text): boolean {
  return (
    t.length >= 6 &&
    t.length <= 50 &&
    p.hanzi >= 4 &&
    p.linkChars * 2 < t.length &&
    !/[。；;]|[，,：:、．.]$/.test(t) &&
    !SECTION_NUMBER.test(t) &&
    // (Nor a photo's caption: 图为会议现场, 圖說：…, （图）.)
    !/^(?:[（(【[]?(?:图|圖)[）)】\]]|图为|圖為|图说|圖說|图片|圖片|摄影|攝影)/.test(t) &&
    // (Nor a breadcrumb: 首页 - 新闻动态 - 学会要闻, 首頁 > 新聞.)
    !hasTitleSeparator(t) &&
    !names.includes(t) &&
    (t.match(/[，,]/g)?.length ?? 0) <= 1 &&
    !/\d{2,4}\s*[-/.年]\s*\d{1,2}/.test(t) &&
    !junkKindOfText(t) &&
    !isMetaLine(t)
  );
}

/**
 * The info line a title element holds after its headline (`<div class="detil-new-title"><div>标题</div>
 * <ul><li>来源：新华社</li><li>作者：</li>…`): from its first label on.
 */
const INFO_AFTER = /\s+(?:来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯)\s*[:：][\s\S]*$/;
/** A date and its time of day: 2015-05-21 09:32, 2015年5月21日 09:32. */
const DATE_TIME = new RegExp(String.raw`${DAY}\s*\d{1,2}[:：]\d{2}`);
/** A date and time closing a line, after a space: ` 2014-04-30 14:49`. */
const TIME_AFTER = /\s+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** How many short lines may open the body before the story's prose. */
const HEAD_LINES = 4;

/** Prose: a sentence's worth, with a full stop or a comma. */
const isProse = (p: Paragraph | undefined): boolean =>
  !!p && p.text.length >= 30 && /[。，,！？]/.test(p.text);

/**
 * The index of the body's first block of prose when only a few short lines come before it (the
 * writer's name, a ——subtitle, a section's heading, as essays open), else -1.
 */
export function proseStart(blocks: readonly Block[]): number {
  const start = blocks.findIndex(
    (b, i) => i > HEAD_LINES || isProse(b.paragraph) || b.paragraph.text.length > 40,
  );
  return start >= 0 && start <= HEAD_LINES && isProse(blocks[start]?.paragraph) ? start : -1;
}

/**
 * The headline line and whether it is the body's first block (then no longer part of the body),
 * or null. `all`: the page's paragraphs in document order; `blocks`: the body's; `names`:
 * <title>'s segments.
 */
export function plainHeadline(
  all: readonly Paragraph[],
  blocks: readonly Block[],
  names: readonly string[],
): { title: TitleResult; first: boolean } | null {
  const a = blocks[0];
  if (!a) return null;
  const start = proseStart(blocks);
  if (start < 0) return null;
  // (The headline may carry its time in the same element: 林義雄宣布停止禁食 2014-04-30 14:49.)
  const line = a.paragraph.text.replace(TIME_AFTER, '');
  if (start > 0 && headlineLike(a.paragraph, names, line))
    return { title: { title: line, el: a.paragraph.container, plain: true }, first: true };
  // Back from the story's first paragraph, past up to three lines of controls and labels
  // (點閱, 字級, 友善列印), to the first that reads as a headline; prose ends the search.
  const at = all.indexOf(a.paragraph);
  for (let i = at - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const p = all[i] as Paragraph;
    if (headlineLike(p, names) && nearBody(p.container, a.paragraph.container))
      return { title: { title: p.text, el: p.container, plain: true }, first: false };
    // (The info line between, 发布时间：… 来源：离休办，退休办 点击量：830, is no prose.)
    if (isProse(p) && !isMetaLine(p.text)) return null;
  }
  return null;
}
