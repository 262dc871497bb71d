/**
 * The patterns of a dispatch that opens a story, and of its reporters' roles: a wire's
 * （中央社…電）, a dispatch with its reporters (新华社巴黎12月9日电（记者唐霁）), an outlet's
 * reporters opening the first paragraph. Used by byline.ts.
 */
import { H, NAME, SEP } from './names';

/** A correspondent, with the kind some are (职工通讯员, 学生通讯员, 特约通讯员). */
export const CORRESPONDENT = '(?:职工|職工|学生|學生|校园|校園|特约|特約)?(?:通訊員|通讯员)';

/** A role written right before a further name in the same byline (記者張三 通訊員李四). */
export const ROLE =
  '(?:本報|本报)?(?:通訊員|通讯员|實習生|实习生)|(?:實習|实习|見習|见习|首席|特約|特约|特派|本報|本报)?(?:記者|记者)';
/**
 * A dispatch opening a paragraph, with its reporters: 新华社巴黎12月9日电（记者唐霁）, 北京商报讯（记者
 * 岳品瑜 董晗萱）, 央广网北京5月20日消息（记者王小明 通讯员李四）, 据新华社拉萨电（记者 格桑边觉）, or with
 * its translator: 电影网讯（编译/Rita）, or its correspondents alone: 本站讯（职工通讯员 李琴雯 刘会）.
 * Group 1: what comes before the day or the 讯 (the outlet, and the place); group 2: the names.
 */
export const WIRE_LEAD_RE = new RegExp(
  `^([^（()）\\s]{2,24}?)(?:\\d{1,2}日(?:專|专)?(?:電|电|訊|讯|消息)|訊|讯|消息|電|电)\\s*[（(]\\s*(?:記者|记者|${CORRESPONDENT}|(?:編譯|编译)\\s*[/／:：])\\s*((?:${NAME})(?:${SEP}(?:(?:${ROLE})\\s*)?(?:${NAME}))*)\\s*[）)]`,
);
/**
 * An outlet's reporters opening a paragraph, each name set apart by a space: 经济观察网 记者 蔡越坤
 * 姜鑫 6月12日…. (Not 本报记者, which prose uses as a pronoun.)
 */
export const OPENING_BYLINE_RE =
  /^(?!本)[\u4e00-\u9fff]{2,10}\s*(?:记者|記者)\s+(?:[\u4e00-\u9fff]{2,4}\s+){1,4}/;

/** A dispatch's place and day, then names alone in brackets (人民网北京11月24日电 （闫妍、陈子源）). */
export const BARE_LEAD_RE =
  /^[^（()）\s]{2,24}?\d{1,2}日(?:專|专)?(?:電|电)\s*[（(]\s*([\u4e00-\u9fff]{2,3}(?:[、，,\s]+[\u4e00-\u9fff]{2,3}){0,3})\s*[）)]/;
/**
 * The outlet a dispatch names first (经济日报 of 经济日报北京5月, 北京商报, 新华社 of 据新华社拉萨): not
 * 本报, 本网 … (ownPaper).
 */
export const LEAD_OUTLET_RE = /^(?:据|據)?(?!本[報报刊台網网])([\u4e00-\u9fff]{1,9}?(?:社|報|报|網|网|台))/;
/** （中央社）, （新華社記者…）, （中央社台北19日電）: a wire service opening the story. */
export const WIRE_RE = new RegExp(
  `^[（(【〔[]\\s*([^）)】〕\\]\\s]{1,6}?社)(?:[）)】〕\\]]|記者|记者|電|电|訊|讯|[${H}]{2,8}\\d{1,2}日(?:專|专)?(?:電|电))`,
);
/** 中央社記者王小明台北20日電 opening the story without brackets: group 1 the credit, 2 the wire. */
export const BARE_WIRE_RE = new RegExp(
  `^(([${H}]{1,6}?社)(?:記者|记者)[^，。,（()）]{2,40}?\\d{1,2}日(?:專|专)?(?:電|电))`,
);
/**
 * The whole line an outlet and its writers in brackets, a space between (（中国南海新闻网 栾雨石）,
 * closing a reprinted story): group 1 the outlet, group 2 the names.
 */
export const OUTLET_WRITERS_RE = new RegExp(
  `^[（(]\\s*([${H}]{1,11}(?:網|网|報|报|社|台|臺))\\s+([${H}]{2,3}(?:[、\\s]+[${H}]{2,3}){0,3})\\s*[）)]$`,
);

/** 本报讯, 本報專訊, 本报综合, or the paper's dated dispatch opening the line (本报北京8月28日电). */
export const OWN_PAPER =
  /本報(專)?訊|本报(专)?讯|本報綜合|本报综合|^本[報报][\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:專|专)?(?:電|电)/;
