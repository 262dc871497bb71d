/**
 * The headline's parts that open a body (headlineParts): the lines a print story sets around its
 * headline (引题, 副题, 李强蔡奇出席) around the headline repeated at the top of the story, and a
 * first line that is the headline's half or its release's own headline.
 */
import type { Paragraph } from './paragraphs';
import { squashed, strippedOf } from './para-text';

/**
 * A line a headline's part set apart from it is: no sentence's punctuation, no date alone, no
 * section's number or mark (一、总体情况, 【事件1】: the story's own headings); and no quote left
 * open (isHeadlineLine).
 */
const HEADLINE_LINE =
  /^(?!\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$|[一二三四五六七八九十\d]+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）])[^。！？!?，,：:【】[\]]{4,40}$/;

const count = (s: string, c: string): number => s.split(c).length - 1;

function isHeadlineLine(text: string): boolean {
  return (
    HEADLINE_LINE.test(text) &&
    count(text, '“') === count(text, '”') &&
    count(text, '「') === count(text, '」') &&
    count(text, '"') % 2 === 0
  );
}

/** A label in brackets alone on its line: 【板前糾紛】, 〔焦點〕. */
const SERIES_LABEL = /^[【〔[]\s*[^】〕\]。！？，,：:]{2,12}\s*[】〕\]]$/;
/** A story's dispatch opening its line: 【本報訊】, 本报讯, （中央社…電）, 新华社北京5月1日电. */
const DISPATCH_OPENER =
  /^(?:[【〔[（(]\s*)?(?:本[報报刊網网台]|[\u4e00-\u9fff]{1,8}(?:報|报|社|網|网|台))[^】〕\]）)。，]{0,14}?(?:專|专)?(?:訊|讯|電|电)/;

/** Quotation marks, which a headline and the line that repeats it may write differently. */
const QUOTES = /["'“”‘’「」『』《》]/g;

const plain = (s: string): string => squashed(s).replace(QUOTES, '');

/** A paragraph of prose: a sentence of sixty characters or more. */
const isProse = (p: Paragraph | undefined): boolean => !!p && p.text.length >= 60 && /[。！？]/.test(p.text);

/** The headline again, or with a few characters after it. */
const isRepeat = (line: string, title: string): boolean =>
  line.startsWith(title) && line.length - title.length <= 8;

/** The share of the line's character pairs that the headline holds. */
function pairsInTitle(line: string, title: string): number {
  let held = 0;
  for (let i = 0; i + 1 < line.length; i++) if (title.includes(line.slice(i, i + 2))) held++;
  return line.length > 1 ? held / (line.length - 1) : 0;
}

/**
 * Is the line the headline's first or last part (简单道理捅破"飞人"神话 耐克鞋的气垫"伤机" over
 * 耐克鞋的气垫“伤机”), or a headline of the same facts (2024年4月份居民消费价格同比上涨0.3% under
 * 2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%)?
 */
function isTitleLike(line: string, title: string): boolean {
  if (line.length < 6 || line === title) return false;
  if (title.startsWith(line) || title.endsWith(line)) return true;
  return line.length >= 10 && pairsInTitle(line, title) >= 0.6;
}

/**
 * How many of the body's first paragraphs (`kept`) are the headline's parts, which go: up to
 * three short lines right after the headline repeated above them (among `paras`, the root's), one
 * right before it, or one first line like the headline; each before the story's prose.
 */
export function headlineParts(
  paras: readonly Paragraph[],
  kept: readonly Paragraph[],
  title: string,
): number {
  const first = kept[0];
  // A series' label in brackets over the story's dispatch (【板前糾紛】 over 【本報訊】板前壽司…).
  if (first && SERIES_LABEL.test(first.text) && DISPATCH_OPENER.test(kept[1]?.text ?? '')) return 1;
  if (!first || !title || !isHeadlineLine(first.text)) return 0;
  const t = plain(title);
  const at = paras.indexOf(first);
  // (The headline over a print story may end with 强调: 习近平…座谈会强调.)
  const repeated =
    at > 0 && paras.slice(Math.max(0, at - 3), at).some((p) => isRepeat(plain(strippedOf(p)), t));
  if (repeated) {
    let n = 0;
    while (n < 3 && isHeadlineLine(kept[n]?.text ?? '')) n++;
    return isProse(kept[n]) ? n : 0;
  }
  // The line set over the headline repeated at the top of the story (its 引题: 15家企业 over
  // 17种产品、1个园区入选国家绿色制造名单), right before the story's prose.
  const next = paras[at + 1];
  if (next && next !== kept[1] && isRepeat(plain(strippedOf(next)), t) && isProse(kept[1])) return 1;
  return isTitleLike(plain(strippedOf(first)), t) && isProse(kept[1]) ? 1 : 0;
}
