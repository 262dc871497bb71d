/**
 * A writer's name glued to the writer's affiliation, as a closing credit that lost its comma
 * writes it: （作者：方敏北京大学经济学院教授）. Where the name ends is told by where an
 * institution's name can start (a province, a city, 中国, 国家, a university's short name …).
 * Or the name after them both, closing the credit (…研究员徐占忱）).
 */
import { H } from './names';
import { hasCommonSurname, joinSpacedNames } from './surnames';

/** How an institution's name starts: places, the state's words, universities' short names. */
const OPENERS = [
  ...'北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙 广西 西藏 宁夏 新疆 香港 澳门'.split(
    ' ',
  ),
  ...'南京 武汉 广州 深圳 杭州 西安 成都 厦门 大连 青岛 苏州 长沙 郑州 济南 沈阳 哈尔 合肥 南开 同济 复旦 清华 北大'.split(
    ' ',
  ),
  // (The same in Traditional characters, and Taiwan's and Hong Kong's own openers.)
  ...'遼寧 黑龍 江蘇 廣東 貴州 雲南 陝西 臺灣 台灣 內蒙 廣西 寧夏 澳門 重慶 武漢 廣州 廈門 青島 蘇州 長沙 鄭州 瀋陽 哈爾 復旦 清華 北大'.split(
    ' ',
  ),
  ...'國立 臺北 台北 新北 桃園 臺中 台中 臺南 台南 高雄 政治 交通 成功 中山 中興 中正 輔仁 淡江 東吳 中研 中文 城市 嶺南 浸會 理工'.split(
    ' ',
  ),
  ...'中国 中國 中央 中共 国家 國家 国务 國務 全国 全國 人民 首都 对外 華東 华东 华南 華南 华中 華中 西南 西北 东北 東北 国际 國際 美国 美國 英国 英國 日本'.split(
    ' ',
  ),
];

/** What an affiliation names: the institution, then (optionally) the writer's post in it. */
const INSTITUTION =
  '(?:大学|大學|学院|學院|研究院|研究所|研究中心|科学院|科學院|社科院|党校|黨校|银行|銀行|集团|集團|医院|醫院|协会|協會|学会|學會|委员会|委員會)';

const GLUED = new RegExp(
  `(?:^|[\\s（(【])(?:作者|撰文)\\s*[:：]\\s*([${H}]{2,3}?)(?=(?:${OPENERS.join('|')})[${H}]{0,16}?${INSTITUTION}[${H}]{0,12}\\s*[)）】]?\\s*$)`,
);

/** A writer's post in the institution, right before the name. */
const POST = '(?:研究员|研究員|教授|讲师|講師|博士|主任|部长|部長|院长|院長|所长|所長|理事长|理事長)';

/**
 * The name after the affiliation and the writer's post, closing the credit: （作者：中国国际经济
 * 交流中心世界经济研究部部长，研究员徐占忱）.
 */
const AFTER_POST = new RegExp(
  `(?:^|[\\s（(【])(?:作者|撰文)\\s*[:：]\\s*[^（()）:：]{4,80}?${POST}\\s*([${H}]{2,3})\\s*[)）】]?\\s*$`,
);

/** A writer's post and the name right after it, closing one writer's part of a credit. */
const POST_THEN_NAME = new RegExp(`${POST}\\s*([${H}]{2,3})$`);

/**
 * The writers' names in a credit glued to their affiliations (（作者：方敏北京大学经济学院教授）;
 * 作者：中国人民大学重阳金融研究院执行院长王文、…副研究员王鹏, each writer's part after an
 * enumeration comma), or null.
 */
export function gluedAffiliationNames(line: string): string[] | null {
  const glued = GLUED.exec(line)?.[1];
  if (glued) return hasCommonSurname(glued) ? [glued] : null;
  const last = AFTER_POST.exec(line);
  if (!last?.[1] || !hasCommonSurname(last[1])) return null;
  // (The parts before the last, each a post and a name too: all of them, or the last alone.)
  const parts = line
    .slice(0, last.index + last[0].length)
    .replace(/\s*[)）】]?\s*$/, '')
    .split('、');
  const names = parts.slice(0, -1).map((p) => POST_THEN_NAME.exec(p.trim())?.[1]);
  return names.length && names.every((n): n is string => !!n && hasCommonSurname(n))
    ? [...names, last[1]]
    : [last[1]];
}

/**
 * Writers' names under a mark, and an affiliation in brackets after them (□刘雨蕾 (西安交通大学),
 * ■王永文 李斌).
 */
const MARKED_NAME =
  /^[◎□■]\s*([\u4e00-\u9fff]{2,3}(?:[\s、]+[\u4e00-\u9fff]{2,3}){0,3})(?:\s*[（(][^（()）]{2,30}[）)])?$/;
const MARKS = '◎□■';

/** The writers an op-ed names under a mark, alone on the line (◎潘定澤, ■王永文 李 斌), if so. */
export function markedNames(text: string): string[] | null {
  if (!MARKS.includes(text[0] ?? ' ') || text.length > 40) return null;
  const names = MARKED_NAME.exec(joinSpacedNames(text))?.[1]?.split(/[\s、]+/);
  return names?.every(hasCommonSurname) ? names : null;
}
