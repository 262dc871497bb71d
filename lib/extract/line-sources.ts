/**
 * The source a line names by itself, apart from its byline: under a source label (来源：…), as
 * the outlet that reports (星島日報報道), lends a reprint (本文由「工商時報」授權轉載) or dates a
 * dispatch alone on its line (中新网10月14日电). Used by byline.ts.
 */
import { isLoneName, isOutletName, isPersonName, NOT_AN_OUTLET, OUTLET_END } from './names';
import { hasCommonSurname } from './surnames';

/** Does the word end as an outlet's name does, and is it no section's (即時新聞)? */
export function namesOutlet(name: string): boolean {
  return OUTLET_END.test(name) && !NOT_AN_OUTLET.test(name);
}

const SOURCE_RE =
  /(?<!資料|资料|圖片|图片|照片|相片|影片|數據|数据|圖|图|視頻|视频|題圖|题图)(?:(?:(?:來源|来源)(?:於|于)?|稿源|供稿(?:单位|單位)?|出處|出处|消息來源|消息来源|新聞來源|新闻来源|來自|来自|轉自|转自|轉載自|转载自|发布机构|發布機構|发文机关|發文機關)\s*[:：|｜]|(?:本文|文章|稿件)(?:(?:來源|来源)(?:於|于)|转自|轉自|转载自|轉載自)(?:\s*[:：])?)\s*(?:[[［【《]\s*)?([^\s\]］】》|/／,，;；()（）]{2,24})/;

/** How the names of offices end (辦公室, 中心, 部, 處 …), as a regex alternation. */
const OFFICE_WORDS =
  '辦公室|办公室|中心|部|處|处|室|局|委員會|委员会|學院|学院|院|組|组|團|团|司|廳|厅|所|館|馆|隊|队';

/**
 * An office credited as the writer under the source label (来源：文/老校区综合管理办公室 图/…): the
 * office is the source. (A person there, 来源：文/张三, is the writer only.)
 */
const OFFICE_WRITER = new RegExp(
  `(?:來源|来源)\\s*[:：]\\s*文\\s*[/／]\\s*([\\u4e00-\\u9fff]{2,14}(?:${OFFICE_WORDS}|會|会))(?=\\s|$|[圖图、，,])`,
);

/** How an office's name ends: 离休办, 保卫处, 宣传部, 党委办公室. */
const OFFICE_END = new RegExp(`(?:辦|办|${OFFICE_WORDS})$`);

/** The next name of a list after a comma: `，退休办`. */
const LISTED_NEXT = /^\s*[，,]\s*([\u4e00-\u9fff]{2,12})(?=\s|$|[，,])/;

/**
 * Sources listed with commas after the label (来源：离休办，退休办，党政办): the whole list, when
 * each is an office's or an outlet's name and the line goes on with none but them; else the first.
 */
function commaListed(first: string, rest: string): string {
  const office = (name: string) => OFFICE_END.test(name) || namesOutlet(name);
  if (!office(first)) return first;
  let list = first;
  for (let m = LISTED_NEXT.exec(rest); m; m = LISTED_NEXT.exec(rest)) {
    if (!office(m[1] as string)) return first;
    list += m[0].trim();
    rest = rest.slice(m[0].length);
  }
  return list;
}

/**
 * The source label without a colon (glued to its value, or a space between), an item of an info
 * line between bars (发表于2015-05-21 09:32| 次阅读| 来源CSDN| 0 条评论| 作者魏伟): group 1. (Not
 * 来源于…, 来源不明, nor prose: the item ends at a bar.)
 */
const GLUED_SOURCE =
  /(?:^|[|｜])\s*(?:來源|来源|稿源)(?![於于自是为為地])\s*([^\s|｜:：，,。！？、]{2,24})\s*(?=[|｜]|$)/;

/** A line with a bar, whose items GLUED_SOURCE reads. */
const BARRED = /[|｜]/;

/** A label's value that names no outlet: a reprint, the web, the site itself, the original, netizens. */
const NOT_A_SOURCE = /^(轉載|转载|網絡|网络|互聯網|互联网|本站|原創|原创|網友|网友)/;

/** …nor, after a label glued to it, one that says there is none (不明, 未知) or is a word's (广泛). */
const NO_ONE = /^(?:不明|未明|未知|不詳|不详|網路|网路|廣泛|广泛)/;

/** The source under a source label (来源：人民日报), cleaned of what the template puts around it. */
export function labelledSource(text: string): string | undefined {
  const office = OFFICE_WRITER.exec(text)?.[1];
  if (office) return office;
  const source = SOURCE_RE.exec(text);
  if (!source) {
    const glued = BARRED.test(text) ? GLUED_SOURCE.exec(text)?.[1] : undefined;
    return glued && !NOT_A_SOURCE.test(glued) && !NO_ONE.test(glued) ? glued : undefined;
  }
  const listed = commaListed(source[1] as string, text.slice(source.index + source[0].length));
  // The value ends where the next label begins (来源：证券时报网作者：李在山).
  // (A WeChat account is named by its name: 微信公众号“财经早餐” is 财经早餐; so is a Weibo one.)
  const sourceName = withoutEtc(
    listed
      ?.split(/(?:作者|記者|记者|編輯|编辑|責任編輯|责任编辑|發布|發佈|发布|時間|时间)[:：]?/)[0]
      ?.replace(/^(?:微信)?(?:公众号|公眾號)[:：]?[“「"『]?([^”」"』]+)[”」"』]?$/, '$1')
      .replace(/^[@＠]/, '')
      // (A paper's issue glued after its name: 今晚报2018年9月9日1版, 人民日报2018-09-09第4版.)
      .replace(
        /^([\u4e00-\u9fff《》]{2,12})\d{4}(?:年\d{1,2}月\d{1,2}日|([-/.])\d{1,2}\2\d{1,2})(?:第?\d{1,3}版)?$/,
        '$1',
      )
      // (A quotation's close ends it: 篡改为“稿件来源：中新网”或“据中新网报道”.)
      .replace(/^([^“「『]*?)[”」』].*$/, '$1')
      // (Or the name quoted whole: 来源：「報導者」.)
      .replace(/^[“「『](.+?)[”」』]$/, '$1')
      // (The value stops at 》: 光明网-《光明日报》 keeps its title's close.)
      .replace(/《([^》]*)$/, '《$1》'),
  );
  if (
    sourceName &&
    sourceName.length >= 2 &&
    !headlineUnderLabel(text, source, sourceName) &&
    !NOT_A_SOURCE.test(sourceName) &&
    // (综合, 综合报道: compiled, from no outlet named.)
    !/^(?:综合|綜合)(?:报道|報導|報道|报导|消息|编译|編譯|整理)?$/.test(sourceName) &&
    // Template leftovers in the visible text (`来源： size="20"`) are markup, not an outlet.
    !/[=<>"{}]/.test(sourceName)
  )
    return latinNamed(text, source, sourceName);
  return undefined;
}

/** More capitalized words after a Latin one, then perhaps the outlet's name in hanzi. */
const LATIN_NAME_RUN =
  /^((?:[ \t\u00a0]+[A-Z][A-Za-z&.'’-]*){0,4})(?:[ \t\u00a0]+([\u4e00-\u9fff]{2,12}))?(?=\s|$|[,，;；|｜、])/;

/**
 * An outlet named in words the value stopped at the first space of (來源：New York Times 紐約時報,
 * The News Lens 關鍵評論網, Bloomberg 彭博社): its name in hanzi after them, else all its words.
 */
function latinNamed(text: string, match: RegExpExecArray | null, name: string): string {
  if (!match || !/^[A-Za-z]+$/.test(name)) return name;
  const run = LATIN_NAME_RUN.exec(text.slice(match.index + match[0].length));
  if (run?.[2] && namesOutlet(run[2])) return run[2];
  return run?.[1] ? name + run[1].replace(/\s+/g, ' ') : name;
}

/** A name alone after the source label's outlet, closing the line (来源：中国新闻网 王帆). */
const NAME_AFTER_SOURCE = /(?:來源|来源)(?:於|于)?\s*[:：]\s*[^\s:：]{2,24}\s+([\u4e00-\u9fff]{2,3})\s*$/;

/** The writer named alone after the outlet on a source line, if a person's name reads so. */
export function nameAfterSource(text: string): string | undefined {
  const name = NAME_AFTER_SOURCE.exec(text)?.[1];
  return name && isLoneName(name) && !DESK_WORD.test(name) ? name : undefined;
}

/** Names before a bar and the source label (金彧 宓迪 | 来源：新京报). */
const NAMES_BEFORE_SOURCE =
  /^([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*[|｜]\s*(?:來源|来源|稿源)\s*[:：]/;

/**
 * The writers named before the source line's bar, if each reads as a person's name and one has a
 * common surname.
 */
export function namesBeforeSource(text: string): string[] | undefined {
  const names = NAMES_BEFORE_SOURCE.exec(text)?.[1]?.split(/\s+/);
  return names?.every((n) => isPersonName(n) && !OUTLET_END.test(n)) && names.some(isLoneName)
    ? names
    : undefined;
}

/** The outlet that opens `s` as the one that reports (星島日報報道, 环球时报报道 记者 …, 大公文匯全媒體報道：), if any. */
export function reportingOutlet(s: string): string | undefined {
  // (据新华社报道: the outlet, not 据.)
  const name = /^(?:据|據)?([^\s/／╱【〔[（(]{2,10}?)(?:報導|报道|報道|报导)(?:\s|[:：]|$)/.exec(s)?.[1];
  return name && namesOutlet(name) ? name : undefined;
}

/**
 * Outlets and 等 (来源：人民日报、新华社等, 新华社等) name the outlets, not the 等 (平等 stays); so
 * do the outlets a story was compiled from (综合抖音黑板报、南方都市报: not 综合新闻), and one
 * that compiled or translated it (天维网编译).
 */
function withoutEtc(name: string | undefined): string | undefined {
  const head = name?.endsWith('等') ? name.slice(0, -1) : '';
  const listed = head.length >= 2 && (/[、，,]/.test(head) || OUTLET_END.test(head)) ? head : name;
  // (So does an outlet that compiled or translated it: 天维网编译, 中央社編譯, 新华网综合.)
  const worker = /^(.{2,}?)(?:编译|編譯|综合|綜合|整理)$/.exec(listed ?? '')?.[1];
  const named = worker && (OUTLET_END.test(worker) || isOutletName(worker)) ? worker : listed;
  const compiled = /^(?:综合|綜合)(?:自于|自於|自)?([\u4e00-\u9fff].+)$/.exec(named ?? '')?.[1] ?? '';
  // (综合新闻网 is a site's name: 新闻网 is no outlet.)
  const outlet = isOutletName(compiled) && !/^(?:新闻|新聞|资讯|資訊)/.test(compiled);
  return /[、，,]/.test(compiled) || outlet ? compiled : named;
}

/**
 * The story a piece draws on, named under the source label by its headline (文章來源：韓國AI
 * IC設計公司轉向台積電, or in Latin letters: The Netherlands gifted Ukraine a fleet of F-16 …): the value
 * stops at a space, and the line runs on in more words with no label, date or name after it. Its
 * first word names no outlet.
 */
function headlineUnderLabel(text: string, match: RegExpExecArray | null, name: string): boolean {
  if (!match || OUTLET_END.test(name) || isOutletName(name)) return false;
  const rest = text.slice(match.index + match[0].length);
  // (A story in Latin letters, its headline's words: 文章來源：The Netherlands gifted Ukraine a fleet …)
  // (A name in Latin letters runs on in a few: 來源：Wall Street Journal.)
  if (/^[A-Za-z][a-z]*$/.test(name)) return /^(?:\s+[A-Za-z0-9'’,:-]+){4,}/.test(rest);
  return (
    /^\s+[^\s:：|｜/／]{6,}(?:\s+[^\s:：|｜/／]+)*$/.test(rest) && !/\d|記者|记者|編輯|编辑|作者/.test(rest)
  );
}

/** 本文由「X」授權轉載, 本文经X授权发布: group 1 the outlet that lent the piece. */
const REPRINT_RE =
  /本文(?:由|經|经|為|为|係|系)\s*[「“"『《]?([^」”"』》\s，,。、]{2,16}?)[」”"』》]?\s*(?:授權|授权)/;

/** An outlet, a day and 电/讯/报道, the whole line: group 1 the outlet. */
const DATED_DISPATCH =
  /^([A-Za-z\u4e00-\u9fff]{2,12}?)\s*\d{1,2}月\d{1,2}日\s*(?:電|电|訊|讯|報導|报道|報道|报导|消息)$/;

/** The outlet of a dated dispatch line: named as one (中新网, TNW中文站), not a place (北京). */
export function datedDispatchOutlet(text: string): string | undefined {
  const name = DATED_DISPATCH.exec(text)?.[1];
  return name && (namesOutlet(name) || /(?:站|網站|网站)$/.test(name)) ? name : undefined;
}

/**
 * An outlet's own dispatch opening the story (1905电影网讯 以光影之名…, 长江网10月4日讯 武汉…,
 * 中新网3月28日电 今年…, 华龙网-新重庆客户端讯): group 1 the outlet, before any hyphen and its app's name.
 */
const DISPATCH_OPENING =
  /^([A-Za-z0-9\u4e00-\u9fff]{2,12}?)(?:[-－—][\u4e00-\u9fff]{2,10})?\s*(?:\d{1,2}月\d{1,2}日\s*(?:专|專)?(?:讯|訊|电|電)|(?:专|專)?(?:讯|訊))(?=[\s\u3000（(]|$)/;

/** A portal's channel by name: its brand and its beat (腾讯娱乐, 网易科技, 新浪財經). */
const PORTAL_CHANNEL =
  /^(?:腾讯|騰訊|新浪|搜狐|网易|網易|凤凰|鳳凰|中华|中華|和讯|和訊|雅虎)(?:娱乐|娛樂|科技|体育|體育|财经|財經|音乐|音樂|汽车|汽車|游戏|遊戲|时尚|時尚|教育|健康|房产|房產|数码|數碼|军事|軍事|文化|旅游|旅遊|女性|读书|讀書|视频|視頻|新闻|新聞)$/;

/**
 * A wire's or a site's dispatch from a place opening the story, its day or not, as the paper that
 * reprints it writes it or not (新华社拉萨2月12日电, 据新华社电, 中新网北京2月12日电): group 1 the outlet.
 */
const PLACED_DISPATCH =
  /^(?:据|據)?\s*([\u4e00-\u9fff]{1,8}?(?:社|网|網))[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:专|專)?(?:电|電)(?=[\s\u3000（(，,]|$)/;

/** The outlet whose own dispatch opens the line, if any (not 本报: the site's paper). */
export function dispatchOpening(text: string): string | undefined {
  const name = DISPATCH_OPENING.exec(text)?.[1];
  // (Or a portal's channel: 新浪娱乐讯, 腾讯科技讯, 搜狐体育讯.)
  if (name && (namesOutlet(name) || PORTAL_CHANNEL.test(name)) && !/^(?:本|今|昨|快)/.test(name)) return name;
  const placed = PLACED_DISPATCH.exec(text)?.[1];
  return placed && namesOutlet(placed) && !placed.startsWith('本') ? placed : undefined;
}

/**
 * 本文来自微信公众号“凤凰网科技”, 本文轉載自「報導者」: group 1 the account or outlet the piece came
 * from, quoted (an account's name is any name: 量子位, 晚点LatePost); group 2 an account's name
 * unquoted, before its ID or the next credit (本文来自微信公众号：修远基金会（ID：xiuyuanjijinhui），作者：…).
 */
const CAME_FROM_RE =
  /本文(?:来自|來自|转载自|轉載自|转自|轉自|选自|選自)\s*(?:(?:微信)?(?:公众号|公眾號|订阅号|訂閱號)?\s*[:：]?\s*[「“"『《]([^」”"』》\n]{2,20})[」”"』》]|(?:微信)?(?:公众号|公眾號|订阅号|訂閱號)\s*[:：]?\s*([^\s「“"『《（(，,。：:]{2,20})(?=\s*[（(，,]))/;

/**
 * The outlet a reprint's credit names (本文由「工商時報」授權轉載, 本文来自微信公众号“凤凰网科技”),
 * if any.
 */
export function lendingOutlet(text: string): string | undefined {
  const lent = REPRINT_RE.exec(text)?.[1];
  if (lent && namesOutlet(lent)) return lent;
  const came = CAME_FROM_RE.exec(text);
  return (came?.[1] ?? came?.[2])?.trim() || undefined;
}

/**
 * A station's credit closing a story (（民視新聞陳韻平、郭文海台北報導）, 華視新聞 記者王小明 台北報導):
 * the newsroom, its reporters and the place, glued to the last name or not (a three-character
 * name and a two-character place are told apart; 王明新北市 is read wrong). The station's name and the
 * names (each with a common surname), or undefined.
 */
const STATION_CREDIT =
  /^([\u4e00-\u9fff]{2,4})(?:新聞|新闻)\s*(?:記者|记者)?\s*((?:[\u4e00-\u9fff]{2,3}\s*[、，,]\s*)*)([\u4e00-\u9fff]{2,3})\s*([\u4e00-\u9fff]{2,3})?\s*(?:報導|报道|報道|报导)$/;

/** A newsroom's desk, not a person: 國際中心, 綜合, 編譯, 政治組. */
const DESK_WORD =
  /中心|綜合|综合|編譯|编译|外電|外电|國際|国际|社會|社会|政治|財經|财经|生活|娛樂|娱乐|體育|体育|[組组部]/;

export function stationCredit(inner: string): { station: string; names: string[] } | undefined {
  const m = STATION_CREDIT.exec(inner.trim());
  // (A desk where the names would be: 民視新聞國際中心報導.)
  if (m && DESK_WORD.test(m[0].slice(m[1]?.length ?? 0))) return undefined;
  if (!m?.[1] || !m[3]) return undefined;
  const names = [...(m[2] ?? '').split(/\s*[、，,]\s*/).filter(Boolean), m[3]];
  return names.every(hasCommonSurname) ? { station: m[1], names } : undefined;
}
