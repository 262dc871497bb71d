/**
 * Is this page a news article? A small additive score over signals any page shows: how much
 * prose the article root holds, a headline confirmed by <title>, a publication time, a byline,
 * og:type/JSON-LD, and against it: a page made of links, lists of dated headlines, search
 * results, forum thread lists, video playlists.
 */
import { findDates } from './dates';
import { hanziCount, normSpace, visibleText } from './dom';
import type { Paragraph } from './paragraphs';
import { lineLabels } from './line-labels';
import { proseScore } from './root';
import { titleSegments } from './title';

export interface DetectInput {
  doc: Document;
  bodyText: string;
  /** hanziCount(bodyText), when the caller has it. */
  bodyHanzi?: number;
  /** Paragraphs of the whole page (boilerplate pruned). */
  paragraphs: Paragraph[];
  /** Paragraphs of the whole page, boilerplate included. */
  allParagraphs: Paragraph[];
  headlineConfirmed: boolean;
  published: string;
  hasByline: boolean;
  jsonLdType: string;
  /** A JSON-LD @type that says the page is no article (QAPage, DiscussionForumPosting …), or ''. */
  jsonLdPageType?: string;
  /** og:type from the meta tags. */
  ogType: string;
  /** The article root chosen by root.ts. */
  root: Element;
  /** The info line names a reporter, a source or a wire service (記者, 來源, 新華社 …). */
  newsCue: boolean;
}

export interface Detection {
  isArticle: boolean;
  confidence: number;
  /** The signals and their weights, for debugging and tests. */
  signals: Record<string, number>;
}

const SEARCH =
  /(搜索结果|搜尋結果|找到约|找到約|相关结果|相關結果|条结果|筆結果|個結果|个结果|search results)/i;
// (Latin letters in either case spelled out: cheaper than the i flag, which folds every character.)
const UGC =
  /(博客|部落格|網誌|网志|博文|\b[Bb][Ll][Oo][Gg]\b|日志|日誌|张贴|張貼|发表于|發表於|楼主|樓主|回帖|跟帖|个人主页|個人主頁|[Pp][Oo][Ww][Ee][Rr][Ee][Dd] [Bb][Yy])/g;
const FORUM =
  /(楼主|樓主|回复数|回覆數|主题数|主題數|發表新帖|发表新帖|发新帖|發新帖|最后回复|最後回覆|最后发表|最後發表|帖子|精华帖|版主|贴吧|貼吧|我来答|我來答|采纳率|採納率|最佳答案|已采纳|已採納|第\s?\d{1,4}\s?[楼樓](?![房盘盤市梯层層]))/g;

/** The plain archive a forum platform serves of its threads (`Powered by Discuz! Archiver`). */
const FORUM_ARCHIVE = /(?:Discuz!?|[Pp][Hh][Pp][Ww]ind)\s*Archiver/;

/**
 * More forum and user-content words: a board's menu (新帖, not inside FORUM's 发新帖), replies
 * numbered by floor with their age (#3 1 月前), a profile's placeholder. (Apart from FORUM and
 * UGC: a longer alternation makes the regex engine try every word at every position, four times
 * slower over a page's text.)
 */
const FORUM_MORE =
  /论坛首页|論壇首頁|[热熱]帖|(?<![发發表])新[贴帖]|看帖|#\d{1,4}\s+\d{1,2}\s?(?:秒|分钟|分鐘|小时|小時|天|月)前/g;
const UGC_MORE = /[这這](?:家伙|傢伙|个人|個人)很懒|[这這](?:傢伙|個人)很懶/g;

const PLAYLIST = /播放列表|播放清單|选集|選集|playlist/i;

/**
 * A reading site's page: a novel's chapter (上一章 … 下一章) or a classic with its study notes
 * (赏析 with 原文, 译文 or 注释).
 */
const STUDY_LABEL = /原文|[译譯]文|注[释釋]/;
const APPRECIATION = /[赏賞]析/;

/** A publication-time label (not dates.ts's PUBLISH_LABEL: it takes 发表于, which blogs print). */
const TIME_LABEL = /(發布|发布|發佈|发佈|更新|刊登|出版)(時間|时间|日期)|(時間|时间|日期)\s*[:：]/;

/** Encyclopedias by the site's name (百度百科, 维基百科, Wikipedia) at the end of <title>. */
const ENCYCLOPEDIA = /百科|维基|維基|wikipedia|\bwiki\b/i;

/** An encyclopedia's entry: its site's name, or MediaWiki's generator tag. */
function isEncyclopedia(doc: Document): boolean {
  const segs = titleSegments(doc.title ?? '');
  if (segs.length > 1 && ENCYCLOPEDIA.test(segs[segs.length - 1] ?? '')) return true;
  // (The head only: a query of the whole page costs a walk of every element.)
  const generator = (doc.head ?? doc).querySelector('meta[name="generator" i]');
  return /mediawiki/i.test(generator?.getAttribute('content') ?? '');
}

/**
 * How many matches the global `re` (never empty) finds in the page's text. (One scan of the
 * joined text: a call per paragraph cost more than the scanning. No pattern matches a \n, so no
 * match spans two paragraphs.)
 */
function matchCount(pageText: string, re: RegExp): number {
  let n = 0;
  // (exec makes nothing where nothing matches; a failed exec sets lastIndex back to 0.)
  re.lastIndex = 0;
  while (re.exec(pageText)) n++;
  return n;
}

export function detectArticle(input: DetectInput): Detection {
  const { doc, bodyText } = input;
  const s: Record<string, number> = {};
  const bodyHanzi = input.bodyHanzi ?? hanziCount(bodyText);
  // Many Chinese news items are two or three short paragraphs: a little prose is not a verdict.
  s.prose = bodyHanzi >= 300 ? 2.5 : bodyHanzi >= 150 ? 2 : bodyHanzi >= 60 ? 1 : bodyHanzi >= 30 ? 0.5 : -3;
  const good = input.paragraphs.filter((p) => proseScore(p) >= 3).length;
  if (good >= 2) s.paragraphs = 0.5;
  if (input.headlineConfirmed) s.headline = 1;
  if (input.published) s.published = 1;
  if (input.hasByline) s.byline = 0.5;
  if (input.newsCue) s.newsCue = 1.5;
  // A confirmed headline with a time, and with a reporter or source too: the shape of a news
  // item, however short.
  if (input.headlineConfirmed && input.published) s.datedHeadline = 0.5;
  if (input.newsCue && input.headlineConfirmed && input.published) s.newsBlock = 0.5;
  const ogType = input.ogType;
  if (/article/i.test(ogType) || /Article/.test(input.jsonLdType)) s.schema = 1;
  if (/^(website|video)/i.test(ogType)) s.schema = -0.5;
  // The page says what it is, and it is not an article (a Q&A page, a forum thread, a list).
  if (input.jsonLdPageType && !/Article/.test(input.jsonLdType)) s.schema = -1.5;

  // The page's text is its paragraphs' joined by \n (from the paragraphs already collected: no
  // second walk of the page).
  const all = input.allParagraphs;
  const pageText = all.map((p) => p.text).join('\n');
  const pageLength = pageText.length;
  const pageLinks = all.reduce((n, p) => n + p.linkChars, 0);
  const linkDensity = pageLength ? pageLinks / pageLength : 1;
  const share = pageLength ? bodyText.length / pageLength : 0;
  if (bodyHanzi < 600) {
    if (linkDensity > 0.6 && share < 0.3) s.links = -2;
    else if (linkDensity > 0.45 && share < 0.25) s.links = -1;
  }
  // A root made of teasers (headline links with a line of summary each): a section or tag page.
  // (The root's text and the body's long lines only when there are enough headline links.)
  const rootLinks = Array.from(input.root.getElementsByTagName('a')).map((a) =>
    normSpace(a.textContent ?? ''),
  );
  const headlineLinks = rootLinks.filter((t) => t.length >= 8 && hanziCount(t) >= 6).length;
  if (headlineLinks >= 5) {
    const rootText = normSpace(visibleText(input.root)).length;
    const rootLinkDensity = rootText ? rootLinks.reduce((n, t) => n + t.length, 0) / rootText : 0;
    const longLines = bodyText.split('\n').filter((l) => l.length >= 50).length;
    if (rootLinkDensity > 0.15 && longLines < 2) s.teasers = -3;
  }

  // Lists of dated headlines: many short link lines that carry a date.
  const datedLinks = input.paragraphs.filter(
    (p) => p.text.length < 80 && p.linkChars > 4 && findDates(p.text).length > 0,
  ).length;
  if (datedLinks >= 8 && bodyHanzi < 600) s.datedList = input.headlineConfirmed ? -1 : -2;
  // Many short link-only paragraphs with no prose around them: a section or tag page.
  const linkLines = input.paragraphs.filter(
    (p) => p.text.length >= 8 && p.linkChars / p.text.length > 0.8,
  ).length;
  // Counts the same thing as `links` from another side: together they cost at most 2.
  if (linkLines >= 20 && bodyHanzi < 400) s.linkLines = Math.max(-1.5, -2 - (s.links ?? 0));
  if (SEARCH.test(pageText.length > 3000 ? pageText.slice(0, 3000) : pageText)) s.search = -3;
  if (matchCount(pageText, FORUM) + matchCount(pageText, FORUM_MORE) >= 3 || FORUM_ARCHIVE.test(pageText))
    s.forum = -2.5;
  // Blog and forum platforms: user posts, not news (unless the page carries a news byline).
  // (Each scan of the page's text only when its answer can count.)
  if (!s.forum && matchCount(pageText, UGC) + matchCount(pageText, UGC_MORE) >= 4) s.ugc = -1.5;
  const labels = lineLabels(all);
  if (labels.months >= 3) s.archive = -1.5;
  // A government document or a paper: a record of labels no news page shows.
  if (labels.document >= 3 || labels.paper >= 3) s.document = -2.5;
  else if (
    (pageText.includes('上一章') && pageText.includes('下一章')) ||
    (APPRECIATION.test(pageText) && STUDY_LABEL.test(pageText))
  )
    s.document = -2.5;
  if (bodyHanzi < 600) {
    const playlist = doc.getElementsByTagName('video').length > 0 || PLAYLIST.test(pageText);
    // (The lookahead may read past a \n: this scan is of the joined text.)
    const durations = playlist ? (pageText.match(/\b\d{1,2}:\d{2}\b(?!\s*(?:am|pm))/gi)?.length ?? 0) : 0;
    if (durations >= 5) s.video = -2.5;
  }
  if (share < 0.08 && bodyHanzi < 500) s.share = -1;
  // News says when, or who reports it: an essay, a lecture or a textbook page says neither (a
  // time label with a day and no year, 发布时间：10-08, says when).
  if (!input.published && !input.newsCue && !TIME_LABEL.test(pageText)) s.undated = -0.5;
  // An entry of a reference work reads as prose with dates and sources, and is no news.
  if (isEncyclopedia(doc)) s.encyclopedia = -3;
  // A page that says it is an article (og:type, JSON-LD), under a headline its <title> confirms,
  // with a time: a short brief among much else (a wire story in a portal's frame). The page-share
  // signals, which count how little of the page it is, together cost it at most 1.
  if (s.schema === 1 && s.datedHeadline) {
    const small = (s.links ?? 0) + (s.linkLines ?? 0) + (s.share ?? 0);
    if (small < -1) {
      delete s.links;
      delete s.linkLines;
      s.share = -1;
    }
  }

  const total = Object.values(s).reduce((a, b) => a + b, 0);
  const threshold = 4;
  const confidence = 1 / (1 + Math.exp(-(total - threshold + 0.5) * 1.3));
  return { isArticle: total >= threshold, confidence: Math.round(confidence * 100) / 100, signals: s };
}
