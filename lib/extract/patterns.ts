/**
 * Tables of class/id and text patterns that many Chinese (and other) news sites share.
 * Nothing here names one site: these are the words templates use.
 */
import type { JunkKind } from '../analysis';
import { SHORT_JUNK } from './short-junk';

/** classAndId of an element with neither a class nor an id (most elements). */
export const NO_CLASS = ' ';

/**
 * Words that make an element a list of other stories even beside an article word
 * (`related_article`, `post_recommend`, `tab-cont-related`, `detail-content__recommend--wrapper`).
 */
export const RELATED_WORD =
  /related|recommend|tuijian|xgxw|xiangguan|more[-_]?stor(y|ies)|more[-_]?news|hot[-_]?news/;

/**
 * Words of an article's controls (`mbArticleShareBtn`, `article-share`, `text-size`). (Not
 * WordPress's preset that sets a paragraph's size, has-medium-font-size: it styles text.)
 */
const FONT_SIZE_WORD = /(?<!has-[a-z0-9-]*)font[-_]?size|fontsize|zihao|text[-_]?size|zoom[-_]?(in|out)/;
const SHARE_WORD = /share|bdshare|jiathis|social|fenxiang|bshare|sharebox|\bsns\b/;

/** class/id words of boilerplate containers, by junk kind. Order matters: first match wins. */
export const JUNK_CLASS: ReadonlyArray<[JunkKind, RegExp]> = [
  // (Not Tailwind's font-bold, font-sans …: they style text, they are no control.)
  [
    'font-size',
    new RegExp(
      `${FONT_SIZE_WORD.source}|\\bfont\\b(?!-(?:bold|semibold|extrabold|medium|normal|light|extralight|thin|black|sans|serif|mono|size|\\d))`,
    ),
  ],
  ['share-bar', SHARE_WORD],
  // (Not Tailwind's padding, pl-3.)
  [
    'comments',
    /comment|pinglun|\bpl\b(?![-_.]\d)|reply|discuss|disqus|message[-_]?board|usermessage|liuyan|guestbook/,
  ],
  ['keyword-list', /hotlinks?|hot[-_]?words?|keywords?|\btags?\b|tag[-_]?list|\bbq\b/],
  [
    'related-links',
    // RELATED_WORD, then weaker words that a story's own container may carry too (see
    // isBoilerplateContainer).
    new RegExp(
      `${RELATED_WORD.source}|relate|\\brank|paihang|read[-_]?more|\\blinks?\\b|\\bnews[-_]?list|list[-_]?news|\\bnext\\b|\\bprev\\b|pre[-_]?next|\\bpage[-_]?nav`,
    ),
  ],
  ['ad', /(^|[\s_-])(ad|ads|adv|advert\w*|gg|guanggao|sponsor\w*|banner)([\s_\d-]|$)/],
  [
    'navigation',
    /(^|[\s_-])(nav\w*|menu\w*|breadcrumbs?|crumbs?|daohang|topbar|top[-_]?nav|sitemap|position|location|mbx|weizhi)([\s_\d-]|$)/,
  ],
  [
    'mobile-banner',
    /mobile[-_]?(tip|banner|link)|\bwap\b|app[-_]?down|download[-_]?app|open[-_]?app|qrcode|erweima|subscribe[-_]?(?:channel|box|btn|button|bar|block)/,
  ],
  // (Not a spacing utility's word: margin-bottom-20, pb-bottom, border-bottom.)
  [
    'copyright',
    /copyright|footer|\bfoot\b|(?<!(?:margin|padding|border|spacing|space|gap|offset|inset)[-_])\bbottom\b(?![-_]?\d)|banquan/,
  ],
  // (A consent banner: a cookie notice, or the one an embedded post waits behind, `consentBanner-…`;
  // a video player's chrome, by its library's class prefix: video.js's `vjs-control-bar`, `vjs-
  // loading-spinner` (視訊播放器 正在載入。 目前時間 0:00), xgplayer's, JW Player's, Plyr's, DPlayer's.)
  [
    'other',
    /\bsidebar\b|\bside\b|\baside\b|\bpopup\b|\bmodal\b|\btoolbar\b|\bprint\b|\bconsent|cookie[-_]?(?:banner|notice|bar|consent)|\b(?:vjs|xgplayer|jw|dplayer)-[a-z]|\bplyr__/,
  ],
];

/** class/id words of the article itself: never treated as junk. */
export const CONTENT_CLASS =
  /article|content|\bmain\b|\bbody\b|\btext\b|detail|zhengwen|\bzw\b|\bstory|entry|post|news[-_]?(con|txt|text|body)|\bcont\b|\bcon\b|artibody|endtext|\bconts?\b/;

/** Tags that are boilerplate by nature. */
export const JUNK_TAGS: Readonly<Record<string, JunkKind>> = {
  NAV: 'navigation',
  FOOTER: 'copyright',
  ASIDE: 'related-links',
};

const classKinds = new Map<string, JunkKind | null>();

/** A junk kind from class/id words, or null. */
export function junkKindOfClass(cls: string): JunkKind | null {
  if (!cls.trim()) return null;
  let kind = classKinds.get(cls);
  if (kind === undefined) {
    kind = null;
    for (const [k, re] of JUNK_CLASS) {
      if (re.test(cls)) {
        kind = k;
        break;
      }
    }
    // Templates repeat a few class names: remember them (bounded).
    if (classKinds.size < 4096) classKinds.set(cls, kind);
  }
  return kind;
}

/**
 * Junk kind by tag or class/id words alone (no text needed). `cls`: classAndId of the element;
 * `tag`: its tagName upper-cased.
 */
export function junkKindOfMarkup(tag: string, cls: string): JunkKind | null {
  if (cls === NO_CLASS) return JUNK_TAGS[tag] ?? null; // (the common case)
  let byClass = markupKinds.get(cls);
  if (byClass === undefined) {
    byClass =
      cls.trim() && (!CONTENT_CLASS.test(cls) || RELATED_WORD.test(cls)) ? junkKindOfClass(cls) : null;
    if (markupKinds.size < 4096) markupKinds.set(cls, byClass);
  }
  return byClass ?? JUNK_TAGS[tag] ?? null;
}

/**
 * A control named beside an article word (`mbArticleShareBtn`, `article-share`, `text-size`):
 * its kind, or null. (The caller checks that the element holds no story: see controlKind in boilerplate.ts.)
 */
export function controlOverContent(cls: string): JunkKind | null {
  let kind = controlKinds.get(cls);
  if (kind === undefined) {
    kind = !CONTENT_CLASS.test(cls)
      ? null
      : FONT_SIZE_WORD.test(cls)
        ? 'font-size'
        : SHARE_WORD.test(cls)
          ? 'share-bar'
          : null;
    if (controlKinds.size < 4096) controlKinds.set(cls, kind);
  }
  return kind;
}

const controlKinds = new Map<string, JunkKind | null>();

/** junkKindOfMarkup's class part by class/id string, like classKinds (the content test too). */
const markupKinds = new Map<string, JunkKind | null>();

/**
 * One licence number a Chinese site's footer shows by law: its name (许可证, 备案号, 资格证书, 网审,
 * 公网安备 …, after up to 20 hanzi: 互联网新闻信息服务, 京卫) and its number (a bracketed year or
 * place, letters, digits, 第…号: 京网文〔2019〕1234-123号, (京)-非经营性-2016-0012, 京B2-20090059),
 * after a colon or a space, or closed by 号 (发放许可证1234 is no licence). (Written so that a line
 * splits into licences one way only: tried on a line of 120 characters that fails at its end, a
 * looser pattern took 46 ms.)
 */
const LICENCE_NUMBER = String.raw`[\u4e00-\u9fff]{0,4}?(?:[\[［【〔（(][^\]］】〕）)]{1,8}[\]］】〕）)][-－\s]*)?[\u4e00-\u9fff]{0,4}?[A-Za-z\-－]*\d[\dA-Za-z\-－]*`;
const LICENCE = String.raw`[\u4e00-\u9fff]{0,20}?(?:許可證|许可证|備案號|备案号|備案編號|备案编号|資格證書?|资格证书?|網審|网审|公網安備|公网安备)(?:編號|编号)?(?:(?:\s*[:：]\s*|\s+)${LICENCE_NUMBER}[号號]?|${LICENCE_NUMBER}[号號])`;

/** Text of a block that is boilerplate whatever its markup, by kind. */
export const JUNK_TEXT: ReadonlyArray<[JunkKind, RegExp]> = [
  // (A size label before its choices or alone, its controls being pictures: 字級; the choices
  // alone: 小字型 中字型 大字型, 小 中 大, 【大 中 小】.)
  [
    'font-size',
    /^(?:[【[]?\s*(?:字[號号体體級级型]|字体大小|字體大小|字號大小|字号大小)\s*[:：]?\s*(?:[【[]?\s*[大中小]|[】\]]?$|(?:[AT]\s*[+＋\-－]?\s*){2,3}$)|[大中小特]字[型體体號号](?:\s*[大中小特]字[型體体號号])*$|(?:[大中小特]字\s*){3,4}$|A\s*[+＋]\s*A\s*[-－]$|A\s*[-－]\s*A\s*[+＋]$|[【[]?\s*小\s*[|｜/]?\s*中\s*[|｜/]?\s*大\s*[】\]]?$|[【[]?\s*大\s*[|｜/]?\s*中\s*[|｜/]?\s*小\s*[】\]]?$)/,
  ],
  // A labelled list of tags or keywords (關鍵字：高雄、草間彌生; 标签 苹果 劳动维权), or the label alone
  // (標籤：, its tags in elements of their own): short, no sentence.
  [
    'keyword-list',
    /^(?:關鍵字|关键字|關鍵詞|关键词|文章關鍵字|文章关键字|文章關鍵詞|文章关键词|標籤|标签|文章標籤|文章标签)(?:\s*[:：]\s*[^。！？!?，,]{0,60}|\s+[^。！？!?，,]{1,60})$/,
  ],
  ['share-bar', /^(分享到|分享至|分享：|一鍵分享|一键分享|轉寄|转寄|转发到|轉發到)/],
  // The outlet's call for contributions (上報歡迎各界投書，來稿請寄至…).
  [
    'other',
    /^[^。！？，,]{0,8}(?:歡迎|欢迎)(?:各界|讀者|读者|大家|網友|网友)?(?:投書|投书|投稿|賜稿|赐稿|來稿|来稿)/,
  ],
  [
    'related-links',
    /^[【[［]?\s*(相[關关](新聞|新闻|閱讀|阅读|文章|報導|报道|报导|鏈接|链接)|延伸\s*[·・•]?\s*(?:閱讀|阅读|推荐|推薦)|推荐阅读|推薦閱讀|熱門推薦|热门推荐|熱門點閱|热门点阅|猜你喜[歡欢]|你(?:可能|或許|或许)(?:也)?(?:會|会)?(?:喜[歡欢]|感興趣|感兴趣)|更多(新聞|新闻)|看更多|熱門新聞|热门新闻|相[關关]新[聞闻]|小[编編]推[荐薦]|熱點推薦|热点推荐|往期回[顾顧]|(?:本期|往期)?精彩回[顾顧]|往期精彩|同[場场]加映)/,
  ],
  [
    'comments',
    /^(網友評論|网友评论|熱門評論|热门评论|最新評論|最新评论|我要評論|我要评论|發表評論|发表评论|熱門跟帖|热门跟帖|跟帖|網友留言|网友留言|讀者留言|读者留言|評論|评论)(\s|$|[:：(（])/,
  ],
  [
    'mobile-banner',
    /(手机版|手機版|移动版|移動版|客户端|客戶端|APP下载|APP下載|掃描二維碼|扫描二维码|扫码下载|掃碼下載|扫一扫|掃一掃|长按(?:识别)?二维码|長按(?:識別)?二維碼)/,
  ],
  [
    'copyright',
    // (Latin letters in either case spelled out: no flag, so the patterns join into one below.)
    // (And a platform's disclaimer: 平台声明：该文观点仅代表作者本人，…仅提供信息存储空间服务; an
    // image-use notice: 如果我们使用了您的图片，请作者与本站联系索取稿酬.)
    /(版權所有|版权所有|[Cc][Oo][Pp][Yy][Rr][Ii][Gg][Hh][Tt]|©|[Ii][Cc][Pp][證证备]|不(?:得(?:轉載|转载)|代表本(?:网|網|站|平台|报|報|媒體|媒体|刊|台|臺|社|号|號)(?:之)?(?:立场|立場|观点|觀點)|(?:构成|構成).{0,4}(?:投资|投資)(?:建议|建議))|未經[^。！？]{0,20}?授權[^。！？]{0,12}?(?:不得|禁止|嚴禁|請勿|轉載|轉貼|摘編|複製|下載)|未经[^。！？]{0,20}?授权[^。！？]{0,12}?(?:不得|禁止|严禁|请勿|转载|转贴|摘编|复制|下载)|轉載(?:時務)?請|转载(?:时务)?请|禁止轉載|禁止转载|[仅僅](?:提供(?:信息存储|資訊儲存|信息存儲|信息发布|信息發布|資訊發布)|代表作者)|[观觀][点點][仅僅]代表|如有侵[权權]|以免(?:訟累|讼累)[。.]?\s*$|如涉及(?:作品|版[权權])|索取稿[酬费費]|版[权權][归歸]原?作者|[违違][规規][转轉][载載][^。！？]{0,6}(?:必究|追究))/,
  ],
  // A suicide-prevention notice with its hotlines, which some templates set under any story
  // (★再給自己一次機會, 自殺防治諮詢安心專線：0800-788995, 生命線協談專線：1995).
  [
    'other',
    /^[★☆※＊*]?\s*(?:再給自己一次機會|再给自己一次机会|珍惜生命.{0,4}(?:自殺|自杀)|(?:自殺|自杀)(?:防治|諮詢|咨询)|(?:生命線|生命线|張老師|张老师)(?:協談|协谈)?(?:專線|专线)|(?:衛福部|卫福部)?安心(?:專線|专线)|(?:自殺|自杀)(?:解決不了|解决不了|不能解決|不能解决))/,
  ],
  // An opinion piece's disclaimer (本文内容是作者个人观点，不代表《当今大马》立场。, All opinions are
  // personal.), opening the line.
  [
    'copyright',
    /^[（(]?(?:本文(?:内容|內容)?(?:是|为|為|系|係|仅为|僅為|只)?(?:代表)?(?:作者(?:个人|個人)?|个人|個人)(?:观点|觀點|意见|意見)|(?:[Aa]ll )?(?:[Oo]pinions|[Vv]iews)(?: expressed)?(?: here)? (?:are|is) (?:personal|(?:the )?author'?s? own))/,
  ],
  // A call for submissions under an op-ed page's pieces (歡迎你熱烈投稿。請勿一稿多投…, 不付稿酬；…
  // 投稿信箱：), and a pitch for the outlet's membership or subscription ([加入關鍵評論網會員]每天精彩
  // 好文…, 订阅《联合早报》数码配套个人版，解锁订户（VIP）专享内容…).
  // (A site's notice, as its disclaimer is: a kind the patterns that match anywhere share.)
  [
    'copyright',
    /一稿多投|不付稿(?:酬|費|费)|(?:投稿|來稿|来稿)(?:信箱|邮箱|郵箱)\s*[:：]|(?:投稿|來稿|来稿)\s*[|｜:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+/,
  ],
  [
    'mobile-banner',
    /^(?:[【[]\s*(?:加入|成為|成为)[^】\]]{1,20}(?:會員|会员)\s*[】\]]|(?:訂閱|订阅)《[^》]{1,12}》[^。！？]{0,12}(?:配套|方案|會員|会员|電子報|电子报))/,
  ],
  // An appeal for donations under the story (贊助《風新聞》 守護家庭價值…, 大新銀行戶口：040-…).
  [
    'other',
    /^(?:(?:贊助|赞助|捐助|打賞|打赏)《[^》]{1,12}》|[\u4e00-\u9fff]{0,8}(?:銀行|银行)(?:戶口|户口|帳戶|账户|帳號|账号)\s*[:：]\s*\d)/,
  ],
  // A self-media account's note that the piece ran there first (本文首发于39深呼吸公众号（shenhuxi39）).
  [
    'copyright',
    /^(?:本文|此文)(?:首发|首發|原发|原發|首刊|首先(?:发表|發表|发布|發佈))(?:于|於|在)[^。！？]{0,24}(?:公众号|公眾號|微信|微博)/,
  ],
  // A pointer to the print edition for the rest (完整报道，请翻阅2017年7月18日的《新明日报》。).
  [
    'other',
    /^(?:完整|詳細|详细)(?:报道|報導|報道|报导|内容|內容)\s*[，,]?\s*(?:请|請)(?:翻阅|翻閱|参阅|參閱)/,
  ],
  // (The notice's label opening the line: the anchored patterns' pass tries it.)
  ['copyright', /^[*＊※]?\s*(?:平台|特别|特別|免责|免責|版权|版權)(?:声明|聲明)(?:\s*[:：]|\s+\S)/],
  // A footer's licence numbers, one or several and nothing else (京公网安备 11010502030143号,
  // 互联网新闻信息服务许可证：11120180002, 京卫网审[2011]第0123号, 网络文化经营许可证 京网文〔2019〕1234-123号).
  // (A line of 120 characters at most: a sentence that names a licence goes on past its number.)
  [
    'copyright',
    new RegExp(String.raw`^(?=[^]{0,120}$)\s*${LICENCE}(?:(?:\s*[|｜,，;；、·]\s*|\s+)${LICENCE})*\s*$`),
  ],
  [
    'other',
    /^(打印|列印|關閉|关闭|返回頂部|返回顶部|收藏|糾錯|纠错|【纠错】|【糾錯】|上一篇|下一篇|上一頁|上一页|下一頁|下一页|上一天|下一天|上一期|下一期)(\s|$|[:：])/,
  ],
];

const NOTICE =
  /(免責|免责|聲明|声明|仅代表|僅代表|不代表本|轉載|转载|轉貼|转贴|禁止|違者必究|违者必究|下載|下载|掃碼|扫码|掃描|扫描|關注|关注|訂閱|订阅|福利|投稿|稿酬|稿費|稿费)/;

/**
 * A sentence of the story, not a notice: long, with clauses, ending like a sentence. (A report
 * may mention 客戶端 or 版權所有: 「請通過12306官網和客戶端購票，避免……風險。」 is news.)
 */
function isProseSentence(text: string): boolean {
  if (text.length < 40 || !/[。！？!?][”」』"）)]*\s*$/.test(text)) return false;
  // …unless it is a notice in sentence form: a disclaimer, a reprint rule, a download pitch.
  if (NOTICE.test(text)) return false;
  // Two or more clause breaks before the end: commas, enumeration commas, inner full stops.
  let breaks = 0;
  const body = text.slice(0, -1);
  for (const c of body) if (c === '，' || c === '；' || c === '、' || c === '。') breaks++;
  return breaks >= 2;
}

/**
 * Any of JUNK_TEXT: two tests that say no for most text, before the patterns one by one. The
 * anchored patterns joined under one `^` (tried at the start only), and the others joined
 * apart (one alternation of words, which the regex engine scans for quickly).
 */
/** A pattern anchored at the text's start (the others match anywhere, and a sentence of the story is spared them). */
const anchored = (re: RegExp): boolean => re.source.startsWith('^');
const ANCHORED_JUNK_TEXT = new RegExp(
  `^(?:${JUNK_TEXT.filter(([, re]) => anchored(re))
    .map(([, re]) => re.source.replace(/^\^/, ''))
    .join('|')})`,
);
const FLOATING_JUNK_TEXT = new RegExp(
  JUNK_TEXT.filter(([, re]) => !anchored(re))
    .map(([, re]) => re.source)
    .join('|'),
);
/**
 * Any of SHORT_JUNK, tried once before the patterns one by one: the patterns that fold case
 * joined apart from the others, each group with its own flags. (All joined under `i`, the
 * regex took twice as long to compile, in every page's first extraction.)
 */
const joinedJunk = (folded: boolean): RegExp =>
  new RegExp(
    SHORT_JUNK.filter(([, re]) => re.ignoreCase === folded)
      .map(([, re]) => `(?:${re.source})`)
      .join('|'),
    folded ? 'i' : '',
  );
const SHORT_JUNK_CASED = joinedJunk(false);
const SHORT_JUNK_FOLDED = joinedJunk(true);
const SHORT_JUNK_UNDER = Math.max(...SHORT_JUNK.map(([, , under]) => under));

/**
 * `anywhere`: false when the text is known to hold none of the words the patterns that match
 * anywhere start with (textFacts' JUNK_ANYWHERE, and no ©): then only the anchored ones are tried.
 */
export function junkKindOfText(text: string, anywhere = true): JunkKind | null {
  let prose: boolean | undefined;
  if (ANCHORED_JUNK_TEXT.test(text) || (anywhere && FLOATING_JUNK_TEXT.test(text)))
    for (const [kind, re] of JUNK_TEXT) {
      const start = anchored(re);
      if ((!start && !anywhere) || !re.test(text)) continue;
      if (!start && (prose ??= isProseSentence(text))) continue;
      return kind;
    }
  if (text.length < SHORT_JUNK_UNDER && (SHORT_JUNK_CASED.test(text) || SHORT_JUNK_FOLDED.test(text)))
    for (const [kind, re, under] of SHORT_JUNK)
      if (text.length < under && re.test(text) && !(prose ??= isProseSentence(text))) return kind;
  return null;
}
