/**
 * A reporter's dateline after the names: 王家俊／台北報導, 劉屏／華盛頓4日電 (a slash between),
 * 中央社記者邱俊欽桃園19日電 (the place glued to the last name). Used by byline.ts.
 */
import { cleanNames, H, NAME, SEP } from './names';
import { hasCommonSurname } from './surnames';

/** 劉屏／華盛頓4日電, 王家俊／台北報導: names, a slash, then the place and the dispatch. */
const SLASH_DATELINE_RE = new RegExp(
  `^((?:${NAME})(?:${SEP}(?:${NAME}))*)\\s*[/／╱]\\s*[${H}]{0,10}?(?:\\d{1,2}日)?(?:專電|专电|電|电|報導|报道|報道|报导|特稿|專稿|专稿|編譯|编译)$`,
);
/** The page's times labelled after the dateline: 陳宥蓁／綜合報導 發布時間： 2023-08-22 18:28 更新時間：…. */
const TIME_AFTER = /\s+(?:發布|发布|發佈|发佈|更新|刊登|出版)?(?:時間|时间|日期)\s*[:：].*$/;
/** The outlet and the day before a slash dateline: 新頭殼newtalk2014.10.24 金名/高雄報導. */
const DAY_BEFORE =
  /^(?:\S{1,16}?\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?/;

/**
 * The names of a slash dateline, the line's own or the one after its outlet and day (there,
 * with no key word to vouch for them, each must start with a common surname: not 下午/高雄報導).
 */
export function slashDateline(text: string): string | undefined {
  const whole = SLASH_DATELINE_RE.exec(text.replace(TIME_AFTER, ''))?.[1];
  if (whole) return whole;
  const day = DAY_BEFORE.exec(text);
  const after = day ? SLASH_DATELINE_RE.exec(text.slice(day[0].length))?.[1] : undefined;
  return after && cleanNames(after).every(hasCommonSurname) ? after : undefined;
}

const DATELINE_RE = new RegExp(`([${H}]{3,8})\\d{1,2}日(?:專|专)?(?:電|电)$`);

/**
 * A wire byline writes the place and day right after the last name (中央社記者邱俊欽桃園19日電,
 * 記者姜遠珍仁川富平29日專電): the last name is cut from the place as three characters when at
 * least two are left for the place (most names), else two. A two-character name before a
 * three-character place (王明高雄市) is read wrong; a space after the name avoids the guess.
 */
export function withoutDateline(who: string): string {
  const m = DATELINE_RE.exec(who);
  if (!m?.[1]) return who;
  const run = m[1];
  return who.slice(0, m.index) + run.slice(0, run.length - 3 >= 2 ? 3 : 2);
}
