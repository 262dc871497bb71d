/**
 * <title>'s segments: the headline, the site's and channels' names and codes it is joined with
 * (`标题 - 频道 - 网站`, `标题-新华网`, `标题-20120517`), kept while an extraction runs; and what
 * a segment that is no headline names (a site, a Latin brand, a date).
 */
import { normSpace } from './dom';
import { OUTLET_END } from './names';

/** Separators between a headline and the site/channel names in <title>. */
const SEPARATORS = /\s+[|｜\-–—:：»«>]{1,2}\s+|\s*[|｜│_]{1,2}\s*|\s*--+\s*|\s+::\s+|\s+@\s+/;

/** Does the text hold a separator of <title>'s parts (a breadcrumb's, a site suffix's)? */
export function hasTitleSeparator(t: string): boolean {
  return SEPARATORS.test(t);
}

/**
 * An unspaced `-`, `—` or `丨` before a site name at the end: `标题-新华网`, `标题—中新网`,
 * `标题丨澎湃新闻`, an institution's `通知-杭州电子科技大学教务处`.
 */
const TIGHT_SUFFIX =
  /^(.+?)[-—丨]+([^-—丨\s]{2,12}(?:网|網|报|報|台|臺|社|新闻|新聞|频道|頻道|在线|在線|大学|大學|学院|學院|政府|委员会|委員會|研究院|研究所|学会|學會|协会|協會|办公室|辦公室|处|處|局))$/;

/**
 * An unspaced `-` before the page's keywords, each closed by a comma (`标题-磋商,贸易战,美国,-中国新闻-
 * 东方网`): a template's keyword list, no part of the headline.
 */
const TIGHT_KEYWORDS = /^(.+?)-((?:[^,，-]{1,10}[,，]){3,}[^,，-]{0,10})$/;

/** An unspaced `-` or `_` before a day's code at the end: `标题-20120517`, `标题_2012-05-17`. */
const TIGHT_DAY = /^(.+?)[-_](\d{8}|\d{4}-\d{2}-\d{2})$/;

/**
 * Titles segmented in this extraction, and their segments: an extraction asks for <title>'s and
 * og:title's, in turn, four times or more. (A few entries: a page has two or three such lines.)
 * Null outside an extraction: a caller's title is segmented each time it asks.
 */
let segmented: Map<string, readonly string[]> | null = null;
const SEGMENTED_MAX = 8;

/**
 * Start (true) or end (false) an extraction: titles are segmented anew, and kept only while it
 * runs (no page's work is kept for the next).
 */
export function keepTitleSegments(on: boolean): void {
  segmented = on ? new Map() : null;
}

/** A title's segments (a copy: the caller may change it). */
export function titleSegments(title: string): string[] {
  if (!segmented) return segmentsOf(title);
  let segs = segmented.get(title);
  if (!segs) {
    if (segmented.size >= SEGMENTED_MAX) segmented.clear();
    segs = segmentsOf(title);
    segmented.set(title, segs);
  }
  return segs.slice();
}

function segmentsOf(title: string): string[] {
  const segs = title
    // (Whitespace runs made one space first: SEPARATORS would try each of a run's positions.)
    .replace(/\s+/g, ' ')
    .split(SEPARATORS)
    .map((s) => normSpace(s))
    // (A template's `null` or `undefined` is no segment.)
    .filter((s) => s && !/^(null|undefined)$/i.test(s));
  // (From the end, each name in turn: 标题-新闻频道-和讯网.)
  const names: string[] = [];
  let last = segs.pop();
  for (let m = last ? TIGHT_SUFFIX.exec(last) : null; m?.[1] && m[2] && names.length < 3;) {
    names.unshift(m[2]);
    last = m[1];
    m = TIGHT_SUFFIX.exec(last);
  }
  const keywords = last === undefined ? null : TIGHT_KEYWORDS.exec(last);
  if (keywords?.[1] && keywords[2]) {
    last = keywords[1];
    names.unshift(keywords[2]);
  }
  // (A day's code closing the line, unspaced: 港男頂證同志富商非禮-20120517.)
  const day = last === undefined ? null : TIGHT_DAY.exec(last);
  if (day?.[1] && day[2]) {
    last = day[1];
    names.unshift(day[2]);
  }
  if (last !== undefined) segs.push(last);
  // (A headline bracketed whole before the site's name: 【标题】-中新网.)
  return segs.map((s) => /^【[^【】]+】$/.exec(s)?.[0].slice(1, -1) ?? s).concat(names);
}

/** How an institution's name ends: 北京大学, 杭州电子科技大学教务处, 某市人民政府, 中国地理学会. */
const INSTITUTION_END =
  /(?:大学|大學|学院|學院|学校|學校|中学|中學|政府|委员会|委員會|研究院|研究所|科学院|科學院|法院|检察院|檢察院|医院|醫院|学会|學會|协会|協會|基金会|基金會|办公室|辦公室|教务处|教務處|[局处處厅廳])$/;

/**
 * A <title> segment that names a site: its domain (央视网(cctv.com), cjn.cn), a short outlet name,
 * an institution's name, or an outlet's name and its Latin one with a tagline (星洲网 Sin Chew
 * Daily Malaysia Latest News and Headlines).
 */
export function isSiteLike(seg: string): boolean {
  if (/[\w-]+\.(?:com|cn|net|org|tw|hk|mo)\b/i.test(seg) || (seg.length <= 12 && OUTLET_END.test(seg)))
    return true;
  if (seg.length <= 16 && /^[\u4e00-\u9fff]+$/.test(seg) && INSTITUTION_END.test(seg)) return true;
  const named = /^([\u4e00-\u9fff]{2,12})\s+([A-Za-z].*)$/.exec(seg);
  return !!named && OUTLET_END.test(named[1] as string) && isLatinSiteName(named[2] as string);
}

/** A Latin brand with a few hanzi at most, and no digit (BBC News 中文, 端傳媒 Initium Media). */
export function isLatinBrand(seg: string): boolean {
  return seg.length <= 24 && /[A-Za-z]{2}/.test(seg) && !/[\u4e00-\u9fff]{4}|\d/.test(seg);
}

/**
 * A site's name in Latin words, its kind among them (Ming Pao Canada Toronto Chinese Newspaper,
 * Sing Tao Daily): no digit, no hanzi.
 */
export function isLatinSiteName(seg: string): boolean {
  return (
    seg.length <= 60 &&
    !/[\u4e00-\u9fff\d]/.test(seg) &&
    /\b(?:News(?:paper)?|Daily|Times|Post|Press|Journal|Online|Media|Network|Chinese|TV|Radio)\b/i.test(seg)
  );
}

/**
 * A day, year first, as a line writes it (2024-05-20, 2024/5/20, 2024年5月20日), as regex source:
 * for a date alone here, and for a day with its time (plain-headline.ts, teasers.ts).
 */
export const DAY = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;

/** A <title> segment that is a date alone (标题 – DW – 2024年5月20日). */
export const DATE_ONLY = new RegExp(`^${DAY}$`);
