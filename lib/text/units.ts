/**
 * Units, measure words and qualifiers of news figures, in both scripts, as tables.
 * A unit is kept as written (個 or 个); only the percent signs are normalized to `%`.
 */

export type UnitKind = 'count' | 'strong' | 'money' | 'measure' | 'time' | 'percent';

/**
 * `strong`: people and ages, which may follow a one-character Chinese numeral (兩人, 三名,
 * 五歲). `count`, `money`, `measure`, `time`: after a one-character Chinese numeral they are
 * usually a determiner or a word (一個消息, 兩項活動, 二元經濟, 三度訪華, 三年行動計劃), so they
 * only count after Arabic or longer numerals, or after a qualifier (近兩個小時).
 */
const TABLE: Record<UnitKind, string> = {
  strong: '人次 人 名 倍 歲 岁 周歲 周岁 週歲 例 宗 戶 户 部委 部門 部门',
  money:
    '元 美元 港元 港幣 港币 澳門元 澳门元 歐元 欧元 日元 日圓 日圆 英鎊 英镑 韓元 韩元 澳元 加元 盧布 卢布 ' +
    '新台幣 新臺幣 新台币 台幣 臺幣 人民幣 人民币 元人民幣 元人民币 美金 ' +
    '令吉 馬幣 马币 新元 新幣 新币 澳門幣 澳门币 泰銖 泰铢 印尼盾 越南盾 盧比 卢比 比索 瑞郎 法郎',
  measure:
    '公里 平方公里 平方千米 千米 米 平方米 公尺 平方公尺 公分 釐米 厘米 毫米 立方米 噸 吨 公噸 公吨 千克 公斤 ' +
    '克 斤 公升 升 毫升 畝 亩 公頃 公顷 頃 顷 攝氏度 摄氏度 華氏度 华氏度 度 ℃ 千瓦 千瓦時 千瓦时 瓦 兆瓦 桶 英寸 英里 海里 分貝 分贝 ' +
    '光年 瓩 坪 級 级 像素 km kg °C °F ℉ GW MW kW kWh GWh TWh GB TB MB',
  count:
    '個 个 家 項 项 件 支 所 座 條 条 場 场 次 輛次 辆次 車次 车次 班次 艘次 戶次 户次 輛 辆 架次 架 艘 套 台 臺 部 本 篇 頁 页 份 張 张 株 棵 頭 头 ' +
    '隻 只 起 款 種 种 類 类 批 處 处 間 间 棟 栋 幢 層 层 位 字 票 筆 笔 箱 顆 颗 枚 盒 瓶 對 对 雙 双 組 组 ' +
    '隊 队 道 門 门 輪 轮 期 餐 床 趟 粒 劑 剂 標準箱 标准箱 TEU',
  time: '年 個月 个月 天 小時 小时 個小時 个小时 分鐘 分钟 秒 週 周 星期 個星期 个星期',
  percent: '% ％ ‰ 個百分點 个百分点 百分點 百分点 個基點 个基点 基點 基点',
};

export interface UnitInfo {
  unit: string;
  kind: UnitKind;
}

const UNITS = new Map<string, UnitInfo>();
for (const kind of Object.keys(TABLE) as UnitKind[]) {
  for (const u of TABLE[kind].split(' ')) {
    if (!u || UNITS.has(u)) continue;
    const unit = u === '％' ? '%' : u;
    UNITS.set(u, { unit, kind });
  }
}

/**
 * Units that begin a word, by what follows them in it: 元 in 元宵, 元旦, 元素, 元首, 元老, 元帥,
 * 元論 is no sum of money; 支 in 支持, 支付, 支援, 支出, 支撐 (iPhone 11支持) is no count; 处 in
 * 处理, 处罚, 处分 (iPhone 11处理器) no place.
 */
const UNIT_IN_WORD: Readonly<Record<string, string>> = {
  元: '宵旦素首老帅帥论論',
  新元: '素',
  支: '持付援出撑撐',
  处: '理罚分置境於于',
  處: '理罰分置境於于',
};

/** A unit as unitAt answers it (shared: never changed), and what must not follow it. */
interface UnitEntry {
  text: string;
  found: UnitInfo & { length: number };
  /** A Latin unit: no Latin letter may follow (5km, not 5kmh or 5kgs). */
  latin: boolean;
  /** The characters after which it begins a word instead (UNIT_IN_WORD), '' for none. */
  inWord: string;
}

/** Units by the code of their first character, longest first (read by code: no string a call). */
const BY_FIRST = new Map<number, UnitEntry[]>();
for (const u of [...UNITS.keys()].sort((a, b) => b.length - a.length)) {
  const info = UNITS.get(u) as UnitInfo;
  const entry: UnitEntry = {
    text: u,
    found: Object.freeze({ unit: info.unit, kind: info.kind, length: u.length }),
    latin: /^[A-Za-z]/.test(info.unit),
    inWord: UNIT_IN_WORD[u] ?? '',
  };
  const c = u.charCodeAt(0);
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), entry]);
}

/** The longest unit starting at `i`, with its length, or null. (The answer is shared: read it, do not change it.) */
export function unitAt(text: string, i: number): Readonly<UnitInfo & { length: number }> | null {
  const candidates = BY_FIRST.get(text.charCodeAt(i));
  if (!candidates) return null;
  for (let k = 0; k < candidates.length; k++) {
    const e = candidates[k] as UnitEntry;
    const len = e.text.length;
    if (len > 1 && !text.startsWith(e.text, i)) continue;
    const next = text.charCodeAt(i + len);
    // Latin units only as whole words: 5km, not 5kmh or 5kgs.
    if (e.latin && ((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) continue;
    // A unit that begins a word is no unit: 正月十五元宵节, 三元素, iPhone 11支持.
    if (e.inWord && next === next && e.inWord.includes(String.fromCharCode(next))) continue;
    return e.found;
  }
  return null;
}

/** Qualifiers before a number, longest first. */
export const PRE_QUALIFIERS = [
  // (A longer one before a shorter one with the same last character: 不低于 before 低于.)
  ...'不能低於 不能低于 不得低於 不得低于 不能少於 不能少于 不得少於 不得少于 不能高於 不能高于 不得高於 不得高于'.split(
    ' ',
  ),
  ...'不能超過 不能超过 不得超過 不得超过'.split(' '),
  ...'不低於 不低于 不少於 不少于 不高於 不高于 不多於 不多于 不大於 不大于 不小於 不小于'.split(' '),
  ...'低於 低于 少於 少于 多於 多于 高於 高于 大於 大于 小於 小于'.split(' '),
  '不超過',
  '不超过',
  '最多',
  '最少',
  '至多',
  '多達',
  '多达',
  '將近',
  '将近',
  '大約',
  '大约',
  '超過',
  '超过',
  '突破',
  '至少',
  '不到',
  '不足',
  '接近',
  '逾',
  '近',
  '約',
  '约',
  '超',
];

/** Qualifiers after the number or unit. */
export const POST_QUALIFIERS = ['以上', '以下', '左右', '上下', '以內', '以内', '之多', '有餘', '有余'];

/** What after 多 or 余 makes it a word's, not a qualifier (三成多為女性: three tenths, mostly women). */
export const MORE_WORD_NEXT = '為为數数是半少';

/** Between the number and its unit or multiplier: 400多萬, 6萬余家, 90多個. */
export const MID_QUALIFIERS = new Set(['多', '余', '餘']);

/** Characters before 近/超 that make a word, not a qualifier (最近, 附近, 趕超). */
export const PRE_QUALIFIER_BLOCKERS: Record<string, string> = { 近: '最附臨临靠親亲遠远', 超: '趕赶' };

export interface Qualifier {
  text: string;
  /** Where the qualifier starts: the figure's text starts here. */
  start: number;
}

/** Between a qualifier and its number: 大約有2000人, 約為3萬, 不超過了 is not. */
const LINKS = new Set(['有', '為', '为', '達', '达', '在']);

/** PRE_QUALIFIERS by the code of their last character, longest first. */
const PRE_BY_LAST = new Map<number, string[]>();
for (const q of PRE_QUALIFIERS) {
  const c = q.charCodeAt(q.length - 1);
  PRE_BY_LAST.set(c, [...(PRE_BY_LAST.get(c) ?? []), q]);
}
const LINK_CODES = new Set([...LINKS].map((l) => l.charCodeAt(0)));

/** The pre-qualifier that ends at `end` (or one linking character before it), or null. */
export function preQualifierBefore(text: string, end: number): Qualifier | null {
  const direct = qualifierEndingAt(text, end);
  if (direct) return direct;
  if (end > 0 && LINK_CODES.has(text.charCodeAt(end - 1))) return qualifierEndingAt(text, end - 1);
  return null;
}

function qualifierEndingAt(text: string, end: number): Qualifier | null {
  const qs = PRE_BY_LAST.get(text.charCodeAt(end - 1));
  if (!qs) return null;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k] as string;
    const start = end - q.length;
    if (start < 0 || !text.startsWith(q, start)) continue;
    const blockers = PRE_QUALIFIER_BLOCKERS[q];
    if (blockers && start > 0 && blockers.includes(text[start - 1] as string)) return null;
    return { text: q, start };
  }
  return null;
}

/** The post-qualifier starting at `i`, or null. */
export function postQualifierAt(text: string, i: number): string | null {
  for (const q of POST_QUALIFIERS) if (text.startsWith(q, i)) return q;
  return null;
}
