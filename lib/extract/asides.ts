/**
 * What under a page is not its story, for the choice of the root (root.ts): a heading over
 * readers' comments or other stories, another story's headline, a list's headline link, a post's
 * who-and-when line.
 */
import { squashed } from './para-text';
import type { Paragraph } from './paragraphs';

/**
 * A heading over readers' comments (网友评论, 热门跟帖, 评论（20）, 读者留言, 文章评论, 发表评论,
 * 评论列表) or over other stories (相关阅读, 推荐阅读, 猜你喜欢, 相关内容, 相关链接, 为您推荐, 精彩推荐,
 * 编辑推荐, 大家都在看, 其他人也在看, 看了又看, 你可能也會喜歡, 你可能還想看, 您可能感兴趣的文章,
 * 24小时点击排行, 跟贴排行, 排行榜), or over the rules of a discussion under the story (討論區,
 * 討論規範, 留言板): what follows it in its section is not the story. (A bare 评论
 * may head a part of the story.)
 */
export const ASIDE_HEADING =
  /^(?:(?:討論|讨论)(?:區|区)|(?:討論|讨论|留言|評論|评论)(?:規範|规范|規則|规则|須知|须知)|留言板|(?:(?:网友|網友|热门|熱門|最新|全部|精彩|读者|讀者|用户|用戶|文章|发表|發表|相[关關])(?:评论|評論|跟帖|留言|回复|回覆)|跟帖|(?:评论|評論|留言)\s*(?:[（(]\s*\d+\s*[)）]|列表))(?:区|區)?|(?:相[关關]|延伸|推荐|推薦|热门|熱門|热点|熱點|更多|最新|猜你喜|往期)(?:阅读|閱讀|新闻|新聞|文章|报道|報導|报导|推荐|推薦|回顾|回顧|欢|歡|内容|內容|链接|鏈接|連結)|(?:[为為][你您]|精彩|[编編]輯|编辑|小[编編])推[荐薦](?:了\d+篇文章)?|(?:大家|其他人|[网網]友)(?:都|也|[还還])在看|看了又看|[你您]可能(?:也|[还還])?(?:[会會])?(?:感[兴興]趣|喜[欢歡]|想看)(?:的(?:文章|新闻|新聞|内容|內容|话题|話題))?|(?:\d{1,2}小[时時]|[本今一][日周週月天])?(?:点击|點擊|点阅|點閱|跟[贴帖]|[阅閱][读讀]|[评評][论論]|[热熱]门|熱門|[热熱]点|熱點|新[闻聞])?排行榜?)\s*[>»›]*\s*$/;

/**
 * What such a heading heads, given the element the heading's line is a paragraph of: that element
 * when it holds more than the heading (`<div>热门排行<ul>…</ul></div>`); else the nearest ancestor
 * that holds more, through up to four wrappers that hold the heading alone
 * (`<div><h2><div>其他人也在看</div></h2></div>` over the list).
 */
export function asideScope(heading: Element, body: Element, text: string): Element | null {
  const letters = (t: string): number => t.replace(/\s+/g, '').length;
  if (heading !== body && letters(heading.textContent ?? '') > letters(text)) return heading;
  let up = heading.parentElement;
  for (let i = 0; i < 4 && up && up !== body && up.firstElementChild === up.lastElementChild; i++)
    up = up.parentElement;
  return up && up !== body ? up : null;
}

/** A time or a date (2024-05-20 11:01, 5月20日, 3分钟前). */
const STAMP =
  /\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}月\d{1,2}日|\d+\s*(?:分钟|分鐘|小时|小時|天)前/g;

/**
 * A post's stamp: who and when in a short line (网友1 2024-05-20 11:01). A time alone (a live
 * page's 09:10 over its update) is none.
 */
export function isPostStamp(text: string): boolean {
  // (Most short lines hold no digit: a menu's, a label's.)
  if (text.length > 24 || !/\d/.test(text)) return false;
  const rest = text.replace(STAMP, '');
  return rest !== text && /[\u4e00-\u9fffA-Za-z]{2}/.test(rest);
}

/** A reply's header: `# re: `, `回复：`. */
const REPLY_HEAD = /^#?\s*(?:re|回复|回覆)\s*[:：]/i;
const HAS_STAMP = new RegExp(STAMP.source);

/**
 * A reply's stamp: its header with when (`# re: 很高兴入住博客堂 2004-12-27 12:46 flyingbirds`), a
 * blog's or a forum's post under the story's title, which it repeats (so it may read as prose).
 */
export function isReplyStamp(text: string): boolean {
  return text.length <= 80 && REPLY_HEAD.test(text) && HAS_STAMP.test(text);
}

/** A paragraph that is a headline link (a list's item, a teaser's head): almost all link. */
export function isHeadlineItem(p: Paragraph): boolean {
  return p.linkChars >= 6 && p.linkChars >= p.text.length * 0.7 && p.hanzi >= 4;
}

/**
 * Another story's headline: an <h1> after the page's headline (`titleText`, squashed), of eight
 * characters or more, that neither holds the headline's text nor is held in it (a page that
 * appends the next story as the reader scrolls, each under its own <h1>).
 */
export function isOtherHeadline(p: Paragraph, titleEl: Element, titleText: string): boolean {
  const h = p.container;
  if (h.tagName.toUpperCase() !== 'H1' || p.text.length < 8) return false;
  const text = squashed(p.text);
  return (
    text.length >= 8 &&
    h !== titleEl &&
    !!(titleEl.compareDocumentPosition(h) & 4) /* FOLLOWING */ &&
    !titleEl.contains(h) &&
    !h.contains(titleEl) &&
    !text.includes(titleText) &&
    !titleText.includes(text)
  );
}
