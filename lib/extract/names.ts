/**
 * Who a byline names: a person's name (and what is not one: placeholders, desks, roles, verbs,
 * places, outlets), the names in a byline's slot, and a name alone. Pure string tests; the
 * byline's lines are read in `byline.ts`.
 */
import { hasCommonSurname, hasDoubleSurname } from './surnames';

/** The hanzi ranges of a name, for a regex character class. */
export const H = '\\u4e00-\\u9fff\\u3400-\\u4dbf';
/** What separates the names of a byline (王小明、李四 / 王小明 李四). */
export const SEP = '[\\s、，,;；/／&＆]+';
/**
 * A personal name: 2–4 hanzi, a name written with a dot between its parts (a transliterated
 * name: 罗谢尔•托普兰斯基, 买买提·艾力, 阿卜杜勒·拉赫曼·哈桑), a Latin name of two or three
 * capitalized words (Mahdhi Rezvi), or a Latin handle.
 */
export const NAME = `[${H}]{1,6}[·•‧・](?:[${H}]{1,6}[·•‧・])?[${H}]{1,7}|[${H}]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])|[A-Za-z][A-Za-z0-9_.-]{1,30}`;
/**
 * Words that are no name: labels, places, a site's sections (新华社 国际), counters (阅读(1660)), days
 * (地產新聞 ｜ 今日 08:30).
 */
const STOP_WORDS =
  /^(正文|博客|聯繫|联系|信箱|專欄|专栏|責任編輯|责任编辑|報導|报道|報道|报导|綜合|综合|台北|臺北|北京|上海|本報|本报|編輯|编辑|攝影|摄影|記者|记者|作者|實習|实习|特稿|專電|专电|整理|通訊員|通讯员|綜合報導|综合报道|綜合報道|综合报导|联合报道|聯合報導|文字|圖片|图片|來源|来源|發佈|发布|時間|时间|更新|日期|首頁|首页|新聞|新闻|國際|国际|國內|国内|時政|时政|財經|财经|體育|体育|社會|社会|娛樂|娱乐|科技|軍事|军事|教育|健康|要聞|要闻|評論|评论|地方|生活|兩岸|两岸|政治|房產|房产|汽車|汽车|旅遊|旅游|文化|原創|原创|閱讀|阅读|瀏覽|浏览|點擊|点击|收藏|分享|今日|昨日|今天|昨天|前天|明天|明日|本日|近日|日前|我要投稿|我要爆料|投稿|爆料)$/;

/** Words an outlet name ends with. */
export const OUTLET_END =
  /(報|报|社|網|网|台|臺|廣|广|刊|視|视|新聞|新闻|新聞雲|新闻云|傳媒|传媒|全媒體|全媒体|融媒體|融媒体|電子報|电子报|雜誌|杂志|週刊|周刊|頻道|频道|中心)$/;

/**
 * Words that end as outlets do but name no outlet: a nav item, a section (国际新闻, 即時新聞), a
 * platform (分享平台 of a share bar's `分享平台 WhatsApp`), a section's 影視.
 */
export const NOT_AN_OUTLET =
  /^(首頁|首页|新聞|新闻|本報|本报|本網|本网|電子報|电子报|頻道|频道|(國際|国际|國內|国内|兩岸|两岸|財經|财经|社會|社会|體育|体育|娛樂|娱乐|科技|軍事|军事|熱點|热点|今日|最新|相關|相关|圖片|图片|視頻|视频|滾動|滚动|即時|即时|焦點|焦点|要聞|要闻|頭條|头条|本地|地方|推薦|推荐|更多|精彩|地產|地产|房產|房产|港聞|港闻|經濟|经济|金融|時事|时事|生活|汽車|汽车|旅遊|旅游)新[聞闻]|.{0,8}平台|影[視视]|電視|电视|[\u4e00-\u9fff]{2}中心)$/;

/**
 * Words a byline slot holds that are not a person: placeholders (作者：未知, 佚名), desks and
 * compilers (網絡整理, 資訊匯總), links that sit after 作者 (作者最新文章), role words after a name
 * (記者陳智 整合), a source's label after the name (作者：赵婕 出自…), desks and channels
 * (〔即時新聞／綜合報導〕, 國際中心, 报社新闻 频道), and verbs
 * (记者通过电子邮件…: the reporter as the subject of a sentence), a heading's or a button's
 * word (作者简介, 关注, 订阅), and a desk's staff code (责任编辑：SF007, 流程编辑：U022).
 */
const NOT_A_NAME =
  /^(未知|佚名|匿名|不詳|不详|無名|无名|管理員|管理员|系統管理員?|系统管理员?|admin(istrator)?|編者|编者|本站|網友|网友|整合|編譯|编译|執筆|执笔|供稿|撰寫|撰写|通過|通过|表示|獲悉|获悉|了解|發現|发现|注意到|看到|採訪|采访|走訪|走访|詢問|询问|得知|從|从|在|向|對|对|簡介|简介|介紹|介绍|關注|关注|訂閱|订阅|粉絲|粉丝|主頁|主页)$|文章|資訊|资讯|匯總|汇总|彙整|整理|網絡|网络|網路|网路|轉載|转载|來自|来自|出自|出處|出处|^(發表|发表|發佈|发布|發布)(於|于)?|(中心|新聞|新闻|報導|报道|報道|报导|編輯部|编辑部|頻道|频道|欄目|栏目)$|^[a-z]{1,3}\d{2,5}$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|mo|sg|tv|cc|io)$/i;

/** Is this a person (or a Latin handle), not a placeholder, desk, role or verb? */
export function isPersonName(name: string): boolean {
  return NAME_ONLY.test(name) && !STOP_WORDS.test(name) && !NOT_A_NAME.test(name);
}

/**
 * An outlet written where a name goes (作者：新京报, 记者：新华社): three hanzi or more ending as a
 * paper, a site, a station or an agency does. (A name ending in 社 after a common surname, 张建社,
 * stays a name.)
 */
export function isOutletName(word: string): boolean {
  // (A brand's capitals, as a magazine signs a story: 圖文／CTWANT. A person signs in hanzi or in
  // a capitalised name.)
  if (/^[A-Z][A-Z0-9]{2,9}$/.test(word)) return true;
  if (!/^[\u4e00-\u9fff]{3,12}$/.test(word)) return false;
  if (
    /(報|报|網|网|新聞|新闻|電視台|电视台|電台|电台|廣播|广播|週刊|周刊|雜誌|杂志|頻道|频道|在线|在線)$/.test(
      word,
    )
  )
    return !NOT_AN_OUTLET.test(word);
  return /社$/.test(word) && !hasCommonSurname(word);
}

/** An outlet's reporter, posted or not: 环球时报记者, 环球时报驻美国特约记者, 新华社驻京记者. */
const OUTLET_REPORTER =
  /^[\u4e00-\u9fff]{1,8}?(?:報|报|社|網|网|台|臺|刊|視|视)(?:[駐驻][\u4e00-\u9fff]{1,6}?)?(?:特約|特约|實習|实习|首席)?(?:記者|记者)$/;

/** The roles a credit line names after its reporters (编辑, 校对, 摄影 …) and 发自 (where from). */
const ROLE_AFTER =
  /^(編輯|编辑|責編|责编|校對|校对|審核|审核|審校|审校|攝影|摄影|美編|美编|監製|监制|統籌|统筹|策劃|策划|出品|製作|制作|主編|主编|設計|设计|插圖|插图|視覺|视觉|發自|发自)/;

/** How place names end (省, 市, 县 …): a byline's place, not a name. */
const PLACE_END = /[省市縣县區区鎮镇鄉乡村州]$/;

export function cleanNames(raw: string): string[] {
  const out: string[] = [];
  // (Most lines a byline pattern found nothing in come here empty.)
  if (!raw) return out;
  // What follows a slash is the desk or the place (／台北報導), not another name.
  // `&` joins two names of three hanzi or more (胡一刀&李小飞刀); in 放飞&心情 it is one handle.
  const names = (raw.split(/[/／╱]/)[0] ?? '').replace(
    /(?<=[\u4e00-\u9fff]{3})[&＆](?=[\u4e00-\u9fff]{3})/g,
    '、',
  );
  // (A Latin name's words stay together: Mahdhi Rezvi.)
  const kept = /[A-Z][a-z]+ [A-Z][a-z]/.test(names)
    ? names.replace(/(?<=(?:^|[^A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z][a-z]+(?![A-Za-z]))/g, '\u2060')
    : names;
  for (const word of kept.split(/[\s、，,;；]+/)) {
    const part = word.replace(/\u2060/g, ' ');
    // (编译 glued to a two-character name is the writer's work: 文耕编译.)
    const p = part
      .replace(
        /^(?:本報|本报|本刊)?(?:實習生|实习生|通訊員|通讯员|特約|特约|實習|实习|見習|见习|首席|特派)?(?:記者|记者)?[:：]?/,
        '',
      )
      .replace(/^([\u4e00-\u9fff]{2})(?:编译|編譯)$/, '$1');
    // After a name, a role word ends the list: 王小明 编辑 李四, 王小明 发自北京.
    if (out.length && ROLE_AFTER.test(p)) break;
    if (!p || STOP_WORDS.test(p)) continue;
    // 南都记者 王小明: the outlet's reporter, before the name; or before a further name
    // (【环球时报驻美国特约记者 许缘 环球时报记者 张三】).
    if (!out.length && /^[\u4e00-\u9fff]{1,8}(記者|记者)$/.test(p)) continue;
    if (out.length && OUTLET_REPORTER.test(p)) continue;
    if (/記者|记者|編輯|编辑/.test(p)) break;
    if (!isPersonName(p)) break;
    // 彭冲 山东冠县报道: after a name, a word ending as places end is where, not who.
    if (out.length && PLACE_END.test(p)) break;
    out.push(p);
  }
  return out;
}

const NAME_ONLY = new RegExp(`^(?:${NAME})$`);
/**
 * A name no key word vouches for: a person's name after a common surname, four hanzi only after a
 * two-character one (简体中文 is a link's label, not 简 someone).
 */
export function isSurnamedName(n: string): boolean {
  return isPersonName(n) && hasCommonSurname(n) && (n.length < 4 || hasDoubleSurname(n));
}

/** A person's name (2–3 hanzi after a common surname) and nothing that reads as an outlet. */
export function isLoneName(s: string): boolean {
  return (
    /^[\u4e00-\u9fff]{2,3}$/.test(s) &&
    isSurnamedName(s) &&
    // (商讯, 快讯, 通稿: a desk's word, not a name; 宣传部, 保卫处, 离休办: an office's.)
    !OUTLET_END.test(s) &&
    !/[讯訊稿部处處办辦局厅廳委院所室站队隊组組]$/.test(s)
  );
}

/** A pen name (几乎不流浪, 棒棒不是糖): five to eight hanzi that name no outlet, place, desk or label. */
export function isPenName(s: string): boolean {
  return (
    /^[\u4e00-\u9fff]{5,8}$/.test(s) &&
    !STOP_WORDS.test(s) &&
    !NOT_A_NAME.test(s) &&
    !OUTLET_END.test(s) &&
    !PLACE_END.test(s)
  );
}
