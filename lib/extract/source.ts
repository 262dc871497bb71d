/**
 * The outlet: a paper's name alone beside the time, the account on a platform that hosts many
 * publishers, an element named for the source, a logo after a source label, or the site's name
 * (its logo's when the title gives a short form); without a channel written after it.
 * Used by metadata.ts when the info line names no source.
 */
import { stripGlosses } from '../text/gloss';
import { NOT_AN_OUTLET, OUTLET_END } from './names';
import { findDates } from './dates';
import { hanziCount, inDocumentOrder, inSkipped, normSpace, visibleText } from './dom';
import type { MetaTags } from './meta-tags';
import { titleSegments } from './title-segments';
import { LINE_WIDGETS, WEB_ADDRESS } from './short-junk';
import { brandLogoText, logoName } from './logos';
import { outletFromSiteName } from './site-names';

/** Sites that host many publishers' accounts: the outlet is the account, not the platform. */
const PLATFORM_SITE =
  /^(微信公众平台|微信公眾平台|百家号|百家號|搜狐号|搜狐號|网易号|網易號|企鹅号|企鵝號|头条号|頭條號|今日头条|今日頭條|大鱼号|大魚號|一点号|一點號)$/;

/** Where platform templates show the account's name (WeChat's `#js_name`, `.author-name` …). */
const ACCOUNT_SELECTOR =
  '#js_name, [class*="nickname" i], [class*="account-name" i], [class*="author-name" i]';

/** The account a platform page shows (the first shown, 2–30 characters), or ''. */
function accountName(doc: Document): string {
  const body = doc.body ?? doc.documentElement;
  for (const el of inDocumentOrder(body.querySelectorAll(ACCOUNT_SELECTOR)).slice(0, 20)) {
    const text = inSkipped(el, body) ? '' : normSpace(visibleText(el));
    if (text.length >= 2 && text.length <= 30) return text;
  }
  return '';
}

export function siteName(doc: Document, tags: MetaTags, headline: string): string {
  const site = paperOfEdition(siteNameOf(doc, tags, headline), tags.keywords);
  // A platform page names its account; so may a page whose site has no name at all (百家号's
  // template, whose <title> holds the headline alone).
  return PLATFORM_SITE.test(site) || !site ? accountName(doc) || site : site;
}

function siteNameOf(doc: Document, tags: MetaTags, headline: string): string {
  if (tags.siteName) {
    const named = outletFromSiteName(tags.siteName);
    // (A parent brand in Latin letters (application-name BBC) over its Chinese edition, which
    // the <title> names: BBC中文网.)
    const edition = /^[A-Za-z]{2,10}$/.test(named) ? titleSiteName(doc, tags, headline) : '';
    return edition.startsWith(named) && /[\u4e00-\u9fff]/.test(edition) ? outletFromSiteName(edition) : named;
  }
  const fromTitle = titleSiteName(doc, tags, headline);
  // (A brand in Latin letters whose logo is filed under it names the site in hanzi: RTHK,
  // `<img src="…/RTHK-logo.png" alt="香港電台網站 - 中文新聞">`.)
  const brand = /^[A-Za-z]{2,10}$/.test(fromTitle) ? outletFromSiteName(brandLogoText(doc, fromTitle)) : '';
  if (/^[\u4e00-\u9fff]{2,12}$/.test(brand)) return brand;
  // The logo's name when the title's is its short form (自由電子報 of 自由時報電子報).
  const logo = fromTitle ? logoName(doc) : '';
  // (More hanzi, not a Latin brand before the same name: SET三立新聞網 of 三立新聞網.)
  return logo && hanziCount(logo) > hanziCount(fromTitle) && isSubsequence(fromTitle, logo)
    ? outletFromSiteName(logo)
    : fromTitle && outletFromSiteName(fromTitle);
}

/**
 * The paper whose web edition the site is, when the page names it: a site named as an e-paper
 * (自由電子報) whose keywords list a paper of the same stem (自由時報,自由電子報,The Liberty Times)
 * is that paper's edition, and the paper wrote the story. Else the site's name as it is.
 */
export function paperOfEdition(site: string, keywords: string): string {
  const stem = /^([\u4e00-\u9fff]{2,6})(?:電子報|电子报)$/.exec(site)?.[1];
  if (!stem || !keywords) return site;
  for (const k of keywords.split(/\s*[,，、;；|｜]\s*/))
    if (k.length <= stem.length + 3 && k.startsWith(stem) && /[報报]$/.test(k) && !/(電子報|电子报)$/.test(k))
      return k;
  return site;
}

/** Are the characters of `short` in `long`, in order? */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/** Section names that many sites share (a <title> segment that is one of them names no site). */
const CHANNEL_WORD =
  /^(资讯|資訊|新闻|新聞|首页|首頁|频道|頻道|正文|财经|財經|体育|體育|娱乐|娛樂|科技|社会|社會|国际|國際|国内|國內|军事|軍事|时政|時政|汽车|汽車|房产|房產|教育|健康|文化|旅游|旅遊|生活|地方|本地|要闻|要聞|滚动|滾動|即时|即時|评论|評論|观点|觀點|焦點|焦点|政治|兩岸|两岸|全球|世界|專題|专题|影音|視頻|视频|民生|產經|产经|股市|運動|运动|影劇|影剧|論壇|论坛|流行|時尚|时尚|人物|藝文|艺文|副刊|美食|消費|消费|職場|职场|親子|亲子|寵物|宠物|趣聞|趣闻|星座|理財|理财)(频道|頻道|新闻|新聞)?$/;

/** A <title> segment named as a news site or paper (39健康网, 北京日报; not 资讯中心). */
const SITE_NAMED = /(?:報|报|網|网|新聞|新闻|電視台|电视台)$/;

/** The site's name in <title> (or og:title): what is not the headline, without its channel. */
function titleSiteName(doc: Document, tags: MetaTags, headline: string): string {
  for (const t of [doc.title ?? '', tags.title]) {
    // (A bracketed part is a channel label: 北医新闻网_(新闻).)
    const segs = titleSegments(stripGlosses(normSpace(t))).filter(
      // (Nor a code: D170908, a template's day or page code.)
      (s) =>
        s !== headline &&
        !headline.includes(s) &&
        !/^[(（][^()（）]*[)）]$/.test(s) &&
        !/^[A-Za-z]{0,3}\d{4,}$/.test(s),
    );
    // The site is the last segment, or the first when the headline comes last (自由電子報 - 標題).
    // A title that did not split (`標題-網站`, no spaces) holds the headline: the rest is the site.
    // A section's name after the site's (`…_39健康网_资讯`) is the channel, not the site.
    // (Each of them: 香港經濟日報 - TOPick - 新聞 - 社會.)
    while (segs.length >= 2 && CHANNEL_WORD.test(segs[segs.length - 1] ?? '')) segs.pop();
    // Three or more short words and no outlet among them: the story's tags (标题_尼克斯_季后赛_步行者).
    if (segs.length >= 3 && segs.every((s) => /^[\u4e00-\u9fff]{1,5}$/.test(s) && !OUTLET_END.test(s)))
      continue;
    let last = segs[segs.length - 1];
    // A channel after the site's name that is no common section (…_39健康网_饮食): the last
    // segment named as an outlet is the site.
    // (So is one named in hanzi before a sub-brand in Latin letters: 香港經濟日報 - TOPick.)
    if (
      last &&
      segs.length >= 2 &&
      ((!OUTLET_END.test(last) && !/[A-Za-z]/.test(last)) || !/[\u4e00-\u9fff]/.test(last))
    )
      last =
        segs.slice(0, -1).findLast((s) => s.length <= 12 && SITE_NAMED.test(s) && !NOT_AN_OUTLET.test(s)) ??
        last;
    const rest =
      last && headline.length >= 4 && last.includes(headline)
        ? last.replace(headline, '').replace(/^[\s\-_|｜–—:：·]+|[\s\-_|｜–—:：·]+$/g, '')
        : last;
    // (Nor a day's: 2025年12月3日新闻联播 文字版 is a page's title, no site's name.)
    if (rest && rest.length <= 30 && !PAGE_WORD.test(rest) && !/\d{4}\s*[年/.-]\s*\d{1,2}/.test(rest))
      return withoutChannel(rest);
  }
  return '';
}

/**
 * What an editor's tool or a CMS titles a page by default (显示, 无标题文档, Untitled Document):
 * a <title> of one of these names no site.
 */
const PAGE_WORD =
  /^(?:显示|顯示|无标题(?:文档|页)?|無標題(?:文件|頁)?|未命名(?:文档|文件)?|新建网页\s*\d*|untitled(?: document| page)?|document|网页|網頁|页面|頁面|内容|內容|详情|詳情|查看|浏览|瀏覽|\d+)$/i;

/** A class or id token naming the outlet: `source`, `art-source`, `laiyuan`, `media-name`, `source_name`. */
export const SOURCE_TOKEN = /^(?:[a-z]+[-_]){0,2}(?:source|laiyuan|media-?name)(?:[-_]?name)?$/i;
/** A word every SOURCE_TOKEN holds: a class or id without one names no outlet. */
export const SOURCE_WORD = /source|laiyuan|media/i;

/**
 * `<span class="source">新京报</span>`: an outlet in an element named for it, without a label.
 * `named`: the elements under the body whose class or id holds SOURCE_WORD, in document order,
 * when the caller has them (the page's walk: walkPage's sourceNamed); else every element is read.
 */
export function classedSource(doc: Document, named?: readonly Element[]): string {
  const body = doc.body ?? doc.documentElement;
  // (A static list: jsdom reads a live collection's items one by one, each in time that grows
  // with the page. One selector, not a group: jsdom lists a group's matches selector by selector.)
  for (const el of named ?? Array.from(body.querySelectorAll('*'))) {
    if (!el.hasAttributes()) continue;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    // (The tokens only of a class or id that holds the word: most pages' thousands of elements
    // hold none.)
    if (!SOURCE_WORD.test(cls) && !SOURCE_WORD.test(id)) continue;
    const tokens = `${cls} ${id}`.split(/\s+/);
    if (!tokens.some((t) => SOURCE_TOKEN.test(t))) continue;
    const text = normSpace(el.textContent ?? '').replace(
      /^(來源|来源|稿源|出處|出处|來自|来自)\s*[:：]?\s*/,
      '',
    );
    if (
      text.length < 2 ||
      text.length > 20 ||
      // (Nor a button's label or a search result's age beside it: 打开APP, 新京报 11小时前.)
      /\d{4}|[:：|｜]|打[开開]APP|下[载載]APP|\d\s*(?:小时|小時|分钟|分鐘|天)前/i.test(text) ||
      !/[\u4e00-\u9fffA-Za-z]/.test(text)
    )
      continue;
    return text;
  }
  return '';
}

/** Words a channel, desk or column name ends with (文化频道, 自媒体综合, 国际新闻, 澎湃号, 工作动态, 通知公告). */
const CHANNEL_END =
  /(频道|頻道|综合|綜合|栏目|欄目|专栏|專欄|中心|新闻|新聞|资讯|資訊|号|號|动态|動態|公告)$/;

/**
 * The outlet without the channel a template writes after it (`人民网-文化频道` → 人民网,
 * `新浪财经-自媒体综合` → 新浪财经, `澎湃新闻·澎湃号·政务` → 澎湃新闻) or its Latin name
 * (`澎湃新闻-The Paper` → 澎湃新闻, `上報 / 評論` → 上報), or its instant-news section glued to a paper's name
 * (`信報即時新聞` → 信報); and the paper after its site's name (`人民网－人民日报` → 人民日报,
 * `光明网-《光明日报》` → 光明日报).
 */
export function withoutChannel(source: string): string {
  // (Or nothing, after a paper's name: `信報即時新聞`.)
  const glued = /^([\u4e00-\u9fff]{1,8}(?:報|报))(?:即時新聞|即时新闻|即時|即时)$/.exec(source)?.[1];
  if (glued) return glued;
  // (A space alone sets a channel apart too: `自由電子報 即時新聞`.)
  const m = /^([\u4e00-\u9fff]{2,12})(?:\s*([-－–—―·・/／])\s*|\s+)(\S.*)$/.exec(source);
  if (!m?.[1] || !m[3]) return source;
  // After a middle dot, the channel is the next part (澎湃新闻·澎湃号·政务).
  const next = m[2] === '·' || m[2] === '・' ? (m[3].split(/\s*[·・]\s*/)[0] ?? '') : m[3];
  // A site's name and then its paper's, after a dash: the paper printed the story.
  const paper = /^《?([\u4e00-\u9fff]{2,10})》?$/.exec(next)?.[1];
  if (paper && m[2] && SITE_END.test(m[1]) && PRESS_END.test(paper) && !NOT_AN_OUTLET.test(paper))
    return paper;
  // (Or a section's name after a slash: `上報 / 評論`.)
  return CHANNEL_END.test(next) || CHANNEL_WORD.test(next) || /^[A-Za-z][A-Za-z .&'’]*$/.test(next)
    ? m[1]
    : source;
}

/**
 * How the names of papers, agencies and stations end (narrower than OUTLET_END: no 中心; a 網 only
 * in SITE_END's longer names).
 */
const PRESS_END = /(報|报|社|電視台|电视台|電台|电台|廣播|广播|週刊|周刊|新聞網|新闻网)$/;
/** A news site's name (央视网, 人民網), three hanzi or more: not the net of a word (互联网, 电网). */
const SITE_END = /[網网]$/;
const NOT_A_SITE = /(互[联聯]|物[联聯]|局域|[电電]|上|官|[关關][系係]|天|渔|漁|[铁鐵][丝絲]|蜘蛛)[網网]$/;
/** What sets a dated line's items apart: a dot, a bar, a slash or a space. */
export const LINE_ITEMS = /\s*[·・•|｜／/]\s*|\s+/;

/**
 * `2014-04-05 01:28` · `中國時報` · `劉屏／華盛頓4日電`: an outlet's name alone on a line (no label)
 * right beside the line that gives the time; or alone between the separators of that line
 * (`每日经济新闻 2024-05-20 09:47`, `2024-05-20 09:47 · 北京日报 · 作者：…`).
 */
export function outletBesideTime(head: string[]): string {
  const isOutlet = (s: string) =>
    /^[\u4e00-\u9fff]{2,8}$/.test(s) &&
    (PRESS_END.test(s) || (s.length >= 3 && SITE_END.test(s) && !NOT_A_SITE.test(s))) &&
    !NOT_AN_OUTLET.test(s);
  // (Or a newsroom's name, 有線新聞, 寰宇新聞: two hanzi or more before 新聞, no channel's.)
  const isNewsroom = (s: string) =>
    /^[\u4e00-\u9fff]{2,8}新[聞闻]$/.test(s) && !NOT_AN_OUTLET.test(s) && !CHANNEL_WORD.test(s);
  // (The site's address the line may print first, and its widgets, are no part of its length.)
  const dated = (l: string | undefined) =>
    !!l && l.replace(WEB_ADDRESS, '').replace(LINE_WIDGETS, '').length <= 40 && findDates(l).length > 0;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] ?? '';
    if ((isOutlet(line) || isNewsroom(line)) && (dated(head[i - 1]) || dated(head[i + 1]))) return line;
  }
  for (const line of head) {
    if (!dated(line)) continue;
    const named = line
      .split(LINE_ITEMS)
      // (A portal's name and its paper's, joined by a dash: 金羊网—新快报 is the paper's story.)
      .map(withoutChannel)
      .find((s) => isOutlet(s) || isNewsroom(s));
    if (named) return named;
  }
  return '';
}

/** Short names reporters' credits give their outlet (总台记者 张倩), and the outlet's name. */
const SHORT_OUTLETS: Record<string, string> = {
  总台: '中央广播电视总台',
  總台: '中央廣播電視總台',
};

/**
 * The outlet a reporter's credit names (信报记者 蔡雪婧, 总台记者 张倩), as the page names it
 * beside the time when that name ends with it (北京娱乐信报), else in full.
 */
export function reporterOutletNamed(outlet: string | undefined, head: string[]): string | undefined {
  if (!outlet) return undefined;
  const beside = outletBesideTime(head);
  return beside.length > outlet.length && beside.endsWith(outlet)
    ? beside
    : (SHORT_OUTLETS[outlet] ?? outlet);
}

/**
 * The site's own channel beside the time (`2016年05月25日10:10 新浪财经` on 新浪网): the site's
 * brand and up to four hanzi more, alone between the separators of a dated line; '' when none.
 * (Not its 微博, 首页 or 客户端: a share link or a menu's.)
 */
export function channelBesideTime(site: string, head: string[]): string {
  const brand = /^([\u4e00-\u9fff]{2,4})[網网]$/.exec(site)?.[1];
  if (!brand) return shortNameBesideTime(site, head);
  for (const line of head) {
    if (line.length > 40 || !line.includes(brand) || !findDates(line).length) continue;
    const channel = line
      .split(LINE_ITEMS)
      .find(
        (s) =>
          s.startsWith(brand) &&
          s.length > brand.length &&
          s.length <= brand.length + 4 &&
          /^[\u4e00-\u9fff]+$/.test(s) &&
          !/(?:微博|首页|首頁|客户端|客戶端|视频|視頻|网|網)$/.test(s),
      );
    if (channel) return channel;
  }
  return '';
}

/**
 * The site's name as the line beside the time shortens it (`2018年09月16日 15:31 中時` on 中時電子報):
 * its first two to four hanzi alone between the separators of a dated line; '' when none.
 */
function shortNameBesideTime(site: string, head: string[]): string {
  if (!/^[\u4e00-\u9fff]{3,}/.test(site)) return '';
  for (const line of head) {
    if (line.length > 40 || !line.includes(site.slice(0, 2)) || !findDates(line).length) continue;
    const short = line
      .split(LINE_ITEMS)
      .find((s) => /^[\u4e00-\u9fff]{2,4}$/.test(s) && s.length < site.length && site.startsWith(s));
    if (short) return short;
  }
  return '';
}
