/**
 * Credits with no key word (no 記者, 作者 or 來源): an outlet followed by names in a byline
 * element (`中國時報 張立勳／特稿`), and reporters' names in brackets closing the story
 * (（常书香 马丹阳）). Pure string parsing, beside byline.ts (which reads the keyed lines).
 */
import type { BylineFacts } from './byline';
import { labelledSource } from './line-sources';
import { stripPhotoCredits } from './photo-credits';
import { LINE_WIDGETS, WEB_ADDRESS } from './short-junk';
import { onlyRelativeTime } from './shown-dates';
import {
  cleanNames,
  H,
  isOutletName,
  isPersonName,
  isSurnamedName,
  NAME,
  NOT_AN_OUTLET,
  OUTLET_END,
} from './names';

/** `新华社`, `石佳/中国青年报`: group 1 the writer (if any), group 2 the outlet. */
const OUTLET_CREDIT = new RegExp(`^\\s*(?:([${H}]{2,4})\\s*[/／]\\s*)?([${H}]{3,12})\\s*$`);
/**
 * The outlets a line may name alone: wire services and papers by the words that end their names
 * (天气预报, 物联网, 旅行社 are not).
 */
const BARE_OUTLET =
  /^(?!.*(?:合作|旅行|出版|公|詩|诗|結|结|報|报|雜誌|杂志)社$).*(?:社|日[报報]|晚[报報]|[时時][报報]|早[报報]|商[报報]|青年[报報]|[导導][报報]|都市[报報]|[周週][报報]|[画畫][报報]|新[闻聞][网網])$/;

/**
 * A credit line of a story another outlet wrote, as a reposting site sets it over the story's
 * time: the outlet alone (`新华社`), or the writer and the outlet (`石佳/中国青年报`). Null for
 * any other line. (Alone, such a line is as likely an outlet's name in a feed of teasers: the
 * caller knows where it stands.)
 */
export function outletCredit(line: string): BylineFacts | null {
  const m = line.length <= 24 ? OUTLET_CREDIT.exec(line) : null;
  const outlet = m?.[2] ?? '';
  if (!m || !isOutletName(outlet)) return null;
  const name = m[1];
  if (!name) return BARE_OUTLET.test(outlet) ? { source: outlet } : null;
  return isSurnamedName(name) ? { authors: [name], source: outlet } : null;
}

/**
 * `中國時報 張立勳／特稿`, `TVBS新聞網 王小明 報導`, `新华社 · 王小明 李四`, `鏡週刊／王小明`: an outlet
 * (group 1), what sets it apart (group 2), then names (group 3).
 */
const OUTLET_NAME_RE = new RegExp(
  `^\\s*([${H}A-Za-z]{2,10})(\\s*[·•|｜／/]\\s*|\\s+)((?:${NAME})(?:\\s+(?!報導|报道|報道|报导)(?:${NAME}))*)(?:\\s*[／/]|\\s+\\d|\\s+(?:報導|报道|報道|报导)(?:\\s|$)|\\s*$)`,
);
/** A date with its year, and the time when given: `2019年2月7日 06:21`, `2017-03-01 14:27:02`. */
const DATE_TIME =
  '\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?';
/**
 * A date (and time) opening a line, with a word such as 更新于 before it, or its clock first
 * (`09:47 2024/05/20`), and the separator after it.
 */
const LEADING_TIME = new RegExp(
  `^\\s*(?:[${H}]{2,4}[于於:：]?\\s*)?(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+)?${DATE_TIME}\\s*(?:[·•|｜]\\s*)?`,
);
/** A date (and time) closing a line (a template's time beside a name). */
export const TRAILING_TIME = new RegExp(`\\s*${DATE_TIME}\\s*$`);
/** A name and the place it reports from (`戴维•邦德 慕尼黑`). */
const NAME_PLACE = `(?:${NAME})(?:\\s+[${H}]{2,8})?`;
/**
 * `英国《金融时报》 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道`: the outlet (its name in 《》 or not),
 * then each reporter with the place, then 报道.
 */
const OUTLET_REPORT_RE = new RegExp(
  `^\\s*([${H}]{0,4}《[^》]{2,12}》|[${H}A-Za-z]{2,10})\\s+(${NAME_PLACE}(?:\\s*[，,、]\\s*${NAME_PLACE})*)\\s*(?:報導|报道|报导)$`,
);

/**
 * `中國時報 張立勳／特稿 2013年…`, `英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道`: an outlet
 * token followed by names in a byline element.
 */
export function parseOutletNameLine(line: string): BylineFacts {
  const credit = outletCredit(line);
  if (credit?.authors) return credit;
  // (A time may come first: `更新于2019年2月7日 06:21 英国《金融时报》 …`.)
  // (So may the site's address before it, and its widgets after: `http://ent.QQ.com 2008年12月24日08:07
  // 新闻晨报 彭骥 我要评论(0)`.)
  line = line.replace(WEB_ADDRESS, '').replace(LEADING_TIME, '').replace(LINE_WIDGETS, '');
  const m = OUTLET_NAME_RE.exec(line);
  // (Several names: each with a common surname, not a section's words: 新华社 国际 频道.)
  // (After a slash, each with a common surname too: 新华社／国际 is a section.)
  const several = m?.[3]?.split(/\s+/) ?? [];
  if (
    m?.[1] &&
    m[3] &&
    OUTLET_END.test(m[1]) &&
    !NOT_AN_OUTLET.test(m[1]) &&
    ((several.length === 1 && !/[／/]/.test(m[2] ?? '')) || several.every(isSurnamedName))
  ) {
    // (No name left, no credit: 時事脈搏 ｜ 今日 09:32 is a section and a time.)
    const authors = cleanNames(m[3]);
    if (authors.length) return { source: m[1], authors };
  }
  const r = /[報报]道/.test(line) ? OUTLET_REPORT_RE.exec(line) : null;
  if (!r?.[1] || !r[2] || !OUTLET_END.test(r[1].replace(/[《》]/g, ''))) return {};
  // (Each reporter's first word: the place follows it.)
  const names = r[2].split(/\s*[，,、]\s*/).map((part) => part.split(/\s+/)[0] ?? '');
  return { source: r[1], authors: cleanNames(names.join('、')) };
}

/** `ggjjzhzz 发表于 2005-9-15 11:46:00`, `由 张三 發表於：2024/05/20`: who posted it, and when. */
const POSTED_BY = new RegExp(
  `^\\s*(?:由\\s*)?(${NAME})\\s*(?:发表于|發表於|发布于|發佈於|發布於)\\s*[:：]?\\s*${DATE_TIME}`,
);

/**
 * The poster a blog's or a forum's post line names before its time (no key word: 发表于 and the
 * date vouch for the name), from the first of the lines that has one. An outlet posts nothing, and
 * one who posts what a source the line names wrote is no writer.
 */
export function postedBy(lines: string[]): string[] {
  for (const line of lines) {
    // (Or a writer's name and a dot before the time alone, as platforms set it: 李振梁 · 6小时前.)
    const dotted = /[·•]/.test(line) ? DOTTED_BY.exec(line) : null;
    if (dotted?.[1] && isSurnamedName(dotted[1]) && (!!dotted[2] || onlyRelativeTime(dotted[3] ?? '')))
      return [dotted[1]];
    if (!line.includes('发') && !line.includes('發')) continue;
    const who = POSTED_BY.exec(line)?.[1];
    // (Nor a site's staff posting an outlet's story: tequila发布于 2012-10-16 15:26:22 | 稿源:腾讯科技.)
    if (who && !OUTLET_END.test(who) && !labelledSource(line)) return cleanNames(who);
  }
  return [];
}

/**
 * A name, a dot and the time alone (李振梁 · 6小时前, 王芳 · 2019-05-09 17:29): group 2 a date with its
 * year, else group 3 what follows the dot (a relative time, for onlyRelativeTime).
 */
const DOTTED_BY = new RegExp(`^\\s*([${H}]{2,4})\\s*[·•]\\s*(?:(${DATE_TIME})|(.+?))\\s*$`);

/** （常书香 马丹阳）, （袁源）: names alone in brackets, closing a paragraph. */
const TRAILING_NAMES = /[（(]\s*([\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*)\s*[）)]$/;

/** A name alone before a bracketed note of a feature lent or written for the paper. */
const FEATURE_CREDIT = /^([\u4e00-\u9fff]{2,4})\s*[（(][^（()）]{0,12}(?:特稿|专稿|專稿|供稿|撰稿)[）)]$/;

/**
 * Reporters credited after the story's last sentence, with no key word: the first of the given
 * paragraphs that ends so (each an isSurnamedName).
 */
export function trailingNames(paragraphs: string[]): string[] {
  for (const text of paragraphs) {
    if (!text.endsWith('）') && !text.endsWith(')')) continue;
    // (Or a writer's line with what the piece is: 徐勇（新华社供本报特稿）.)
    const feature = FEATURE_CREDIT.exec(text.trim())?.[1];
    if (feature && isSurnamedName(feature)) return [feature];
    const m = TRAILING_NAMES.exec(stripPhotoCredits(text).trim());
    const names = m?.[1]?.split(/[\s、，,]+/) ?? [];
    if (names.length && names.length <= 4 && names.every(isSurnamedName)) return names;
  }
  return [];
}

/** A reporter's title alone on its line (BBC亞洲商業事務記者, 国際部記者, 特約撰稿人): no editor's. */
const ROLE_LINE =
  /^[^\s，。,：:]{0,16}(?:記者|记者|特派員|特派员|通訊員|通讯员|撰稿人|評論員|评论员|主筆|主笔|專欄作家|专栏作家)$/;
/**
 * A name alone on its line: two to four hanzi, or a foreign name's parts joined by a dot, with its
 * Latin spelling after it in brackets (尼克·馬什（Nick Marsh）).
 */
const NAME_LINE =
  /^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3})\s*(?:[（(][A-Za-z][A-Za-z .'-]{1,40}[）)])?$/;

/**
 * The writer a byline names with no key word, on the line above the title the outlet gives them
 * (`尼克·馬什（Nick Marsh）` over `BBC亞洲商業事務記者`, `関谷智` over `国際部記者`): from the first
 * such pair of the head's lines, next to each other (or as a screen reader hears them: Author, 李雨梦 /
 * Role, BBC中文记者).
 */
export function titledName(lines: string[]): string[] {
  // (As a screen reader hears a byline's labels: Author, 李雨梦 beside Role, BBC中文记者.)
  const bare = (k: number): string => (lines[k] as string).trim().replace(/^(?:Author|Role)\s*,\s*/, '');
  const role = (k: number): boolean => k >= 0 && k < lines.length && ROLE_LINE.test(bare(k));
  // (The head lists the lines above the headline nearest first: the title may come before.)
  for (let i = 0; i < lines.length && i < 12; i++) {
    const name = NAME_LINE.exec(bare(i))?.[1];
    if (!name || !(role(i + 1) || role(i - 1))) continue;
    // (Four hanzi with no dot are a name only with a double surname: 相關主題 is none.)
    if (name.length === 4 && !/[·•・]/.test(name) && !isSurnamedName(name)) continue;
    if (!OUTLET_END.test(name) && isPersonName(name)) return [name];
  }
  return [];
}
