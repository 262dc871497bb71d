/**
 * The article's blocks: paragraphs and section headings in order, inside the root, without
 * boilerplate (share bars, related links, font-size widgets, copyright) and without the lines
 * that are metadata (headline, subtitle, byline, info line, editor line).
 */
import { isCaption, picturesOf, type Pictures } from './captions';
import { labelledSummary, repeatsLater } from './lead';
import { headlineParts } from './headline-parts';
import { collectParagraphs, type Paragraph } from './paragraphs';
import { isBoilerplateContainer } from './boilerplate';
import { parseBylineLine } from './byline';
import { stripGlosses } from '../text/gloss';
import { isListing, junkKindOf, keywordListOf, squashed, strippedLength, strippedOf } from './para-text';
import { STEP_BLOCKS, drain, type Steps } from './steps';
import { cutLeadByline, cutTailCredit } from './tail-credit';
import { trimEnd } from './body-end';
import { outletCredit } from './unkeyed-credits';
import { isMetaLine } from './meta-lines';
import { isChronicleDate } from './table-rows';

export interface Block {
  kind: 'paragraph' | 'heading';
  paragraph: Paragraph;
}

export interface BodyResult {
  blocks: Block[];
  /** Lines inside the root that were metadata (byline, info line, editor): read by metadata.ts. */
  metaLines: string[];
  /** For each of metaLines, how many body paragraphs come before it. */
  metaAfter: number[];
  subtitle: string;
  /** The writer's name on a line of its own above the prose (essayHead), if any. */
  writer?: string;
  /** Every paragraph under the root, blocks and metadata lines alike (glosses are counted over these). */
  all: Paragraph[];
}

/** `·韩红发新专辑 赵薇金海心助阵 (2005-04-27 18:03PM)`: an item of a related-news list. */
function isDatedHeadline(p: Paragraph): boolean {
  const t = p.text;
  if (t.length > 90 || /[。！？]/.test(t)) return false;
  const dated = /[（(]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^）)]*[）)]?$/.test(t);
  return dated && (/^[·•▪■◆>»]/.test(t) || p.linkChars / t.length > 0.3);
}

function isLinkish(p: Paragraph): boolean {
  return p.text.length > 0 && p.linkChars / p.text.length > 0.6;
}

/**
 * Can the paragraph's text without glosses and whitespace start with `title` (squashed)? Not
 * when it starts with another character (its first character is the text's: a gloss never
 * comes first) or is shorter.
 */
function sameStart(p: Paragraph, title: string): boolean {
  return p.text.charCodeAt(0) === title.charCodeAt(0) && strippedLength(p) >= title.length;
}

/**
 * A table cell's number: a cell (td, th) that is the paragraph and holds a digit, not a row's
 * ordinal (01., Act 1.).
 */
function isDataCell(p: Paragraph): boolean {
  const tag = p.container.tagName.toUpperCase();
  return (tag === 'TD' || tag === 'TH') && /\d/.test(p.text) && !/^[A-Za-z\s]*\d{1,3}\.\s*$/.test(p.text);
}

/** A badge a platform sets before a repeated headline: 原创, 独家, 首发. */
const HEADLINE_BADGE = /^[【[]?(?:原创|原創|独家|獨家|首发|首發)[】\]]?\s*/;

/** What a paragraph under the root is: body text, a metadata line, or neither (dropped). */
function kindOf(p: Paragraph, title: string, pics: Pictures): 'body' | 'meta' | null {
  if (title && sameStart(p, title)) {
    const s = strippedOf(p).replace(/\s+/g, '');
    if (
      s === title ||
      (title.length >= 6 && s.startsWith(title) && s.length - title.length < 30 && !/[。！？]/.test(p.text))
    ) {
      return null;
    }
  }
  // The headline again under a badge (原创最不愁吃肉的国家：…).
  const badge = title && p.text.length <= title.length + 8 ? HEADLINE_BADGE.exec(p.text) : null;
  if (badge && squashed(p.text.slice(badge[0].length)) === title) return null;
  if (isListing(p)) return 'body';
  const short = p.text.length < 200;
  if (isLinkish(p) || keywordListOf(p) || (short && junkKindOf(p)) || isDatedHeadline(p)) return null;
  if (isCaption(p, pics)) return null;
  // (isMetaLine says no to a text over 300 or, trimmed and without glosses, over 90 characters;
  // strippedOf is trimmed, and its length needs no copy of the text.)
  if (p.text.length <= 300 && strippedLength(p) <= 90 && isMetaLine(p.text, strippedOf(p)))
    // (A chronicle's day, in its row beside what happened on it, is the story's.)
    return isChronicleDate(p, isMetaLine) ? 'body' : 'meta';
  // (A lone character is a label set vertically, one per line: 今 / 日 / 推 / 荐. Not a table's
  // number, which a cell holds alone: 3.45%, 9:20—9:50, 7.)
  if ((p.text.length < 20 && p.hanzi === 0) || p.text.length === 1) return isDataCell(p) ? 'body' : null;
  return 'body';
}

/**
 * `pagePruned`, when given, is collectParagraphs(body, isBoilerplateContainer): the root's
 * paragraphs are taken from it instead of walking the root again.
 */
export function bodyBlocks(
  root: Element,
  title: string,
  leads: Element[] = [],
  pagePruned?: Paragraph[],
): BodyResult {
  return drain(bodyBlocksSteps(root, title, leads, pagePruned));
}

/** bodyBlocks as steps: yields every STEP_BLOCKS paragraphs. */
export function* bodyBlocksSteps(
  root: Element,
  title: string,
  leads: Element[] = [],
  pagePruned?: Paragraph[],
): Steps<BodyResult> {
  const paras = rootParagraphs(root, leads, pagePruned);
  const t = squashed(title);
  const metaLines: string[] = [];
  const metaAfter: number[] = [];
  const kept: Paragraph[] = [];
  // (The page's pictures, for the captions: read once a body.)
  const pics = picturesOf(root.ownerDocument);
  for (let i = 0; i < paras.length; i += STEP_BLOCKS) {
    if (i > 0) yield;
    sortParagraphs(paras, i, Math.min(paras.length, i + STEP_BLOCKS), t, pics, metaLines, metaAfter, kept);
  }
  return finishBody(paras, metaLines, metaAfter, kept, title);
}

/** The paragraphs of the root and of `leads`, the story's parts around it, in document order. */
function rootParagraphs(root: Element, leads: Element[], pagePruned?: Paragraph[]): Paragraph[] {
  const holders = [...leads, root];
  if (!pagePruned) {
    const after = (el: Element) => (root.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0;
    return [...leads.filter((el) => !after(el)), root, ...leads.filter(after)].flatMap((el) =>
      collectParagraphs(el, isBoilerplateContainer),
    );
  }
  // (A loop: a filter's test made a closure per paragraph.)
  const out: Paragraph[] = [];
  for (let i = 0; i < pagePruned.length; i++) {
    const p = pagePruned[i] as Paragraph;
    for (let k = 0; k < holders.length; k++)
      if ((holders[k] as Element).contains(p.container)) {
        out.push(p);
        break;
      }
  }
  return out;
}

/** paras[from, to) into metadata lines and kept body paragraphs (plain loops: no generator). */
function sortParagraphs(
  paras: Paragraph[],
  from: number,
  to: number,
  title: string,
  pics: Pictures,
  metaLines: string[],
  metaAfter: number[],
  kept: Paragraph[],
): void {
  for (let i = from; i < to; i++) {
    const p = paras[i] as Paragraph;
    // (The headline a related-story label announces, set in the story, past the linked ones: in
    // bold, 同場加映： then **Sick問識答｜錯過黃金治療期…**, or under its column's name, 相關文章：
    // then links, then 【理財要貼地】名牌手袋升值攻略; the other story's video below.)
    // (The line's own tests first: the look back past links is for a headline-like line only.)
    if (
      p.text.length <= 80 &&
      (p.heading || /^【[^】]{2,10}】/.test(p.text)) &&
      !/[。！？!?]/.test(p.text) &&
      announcedByLabel(paras, i)
    )
      continue;
    const kind = kindOf(p, title, pics);
    if (kind === 'meta') {
      metaLines.push(p.text);
      metaAfter.push(kept.length);
    } else if (kind === 'body') kept.push(p);
  }
}

/**
 * Is paras[i] right under a related-story label alone on its line, closed by a colon (延伸閱讀：,
 * 同場加映：) or in brackets (【熱門點閱】), or under the links it lists (up to eight)?
 */
function announcedByLabel(paras: readonly Paragraph[], i: number): boolean {
  let back = i - 1;
  while (back > i - 9 && back >= 0 && isLinkish(paras[back] as Paragraph)) back--;
  const label = paras[back];
  return (
    !!label &&
    label.text.length <= 12 &&
    /[:：]$|^[【[［][^】\]］]{2,10}[】\]］]$/.test(label.text) &&
    junkKindOf(label) === 'related-links'
  );
}

/**
 * The story's paragraphs inside a block that a related-list label opens (`延伸 · 推荐` over another
 * story's headline and summary): the largest element around the label that holds none of the
 * story before it, when the label is its first line. (A label standing alone among the story's
 * paragraphs opens no such block: nothing goes.)
 */
function underRelatedLabel(paras: Paragraph[], kept: Paragraph[]): Set<Paragraph> {
  const out = new Set<Paragraph>();
  const first = kept[0];
  if (!first) return out;
  for (let i = 0; i < paras.length; i++) {
    const label = paras[i] as Paragraph;
    if (label.text.length > 12 || junkKindOf(label) !== 'related-links') continue;
    let block: Element = label.container;
    for (let up = block.parentElement; up && !up.contains(first.container); up = up.parentElement) block = up;
    // (The label must open the block: no paragraph before it lies inside.)
    if (i > 0 && block.contains((paras[i - 1] as Paragraph).container)) continue;
    for (const p of kept) if (p !== label && block.contains(p.container)) out.add(p);
  }
  return out;
}

/** Another story's headline as a list under the story gives it: short, no sentence's full stop. */
const isTeaser = (p: Paragraph): boolean =>
  p.text.length >= 6 && p.text.length <= 40 && !/[。；;]/.test(p.text);

/**
 * How many paragraphs close the body as a list of other stories under a related-list label that
 * stands among the story's own paragraphs (…确实我太累了。” / 本期精彩回顾 / 呵呵，想和中国人PK数学… /
 * 独家证实！福建女教师…): two headlines or more, down to the body's end, and the label if it was kept.
 */
function teasersAtEnd(paras: Paragraph[], kept: Paragraph[]): number {
  let j = kept.length;
  while (j > 1 && isTeaser(kept[j - 1] as Paragraph)) j--;
  if (kept.length - j < 2) return 0;
  const label = paras[paras.indexOf(kept[j] as Paragraph) - 1];
  if (!label || label.text.length > 12 || junkKindOf(label) !== 'related-links') return 0;
  return kept.length - j + (kept[j - 1] === label ? 1 : 0);
}

function finishBody(
  paras: Paragraph[],
  metaLines: string[],
  metaAfter: number[],
  kept: Paragraph[],
  title: string,
): BodyResult {
  // The credit of a story another outlet wrote (新华社, 石佳/中国青年报), opening the body right
  // above the info line: a metadata line, before that line.
  const opening = kept[0];
  const at = opening && kept.length > 1 ? paras.indexOf(opening) : -1;
  const info = at >= 0 ? metaLines.indexOf(paras[at + 1]?.text ?? '') : -1;
  // (The info line's count of paragraphs before it is the credit's one.)
  if (opening && info >= 0 && metaAfter[info] === 1 && outletCredit(opening.text)) {
    kept.shift();
    firstGone(metaAfter);
    metaLines.splice(info, 0, opening.text);
    metaAfter.splice(info, 0, 0);
  }
  const related = underRelatedLabel(paras, kept);
  if (related.size) {
    // (Each metadata line's count of paragraphs before it loses those that went.)
    const gone: number[] = [0];
    kept.forEach((p, i) => gone.push((gone[i] as number) + (related.has(p) ? 1 : 0)));
    metaAfter.forEach((n, i, counts) => (counts[i] = n - (gone[n] as number)));
    kept = kept.filter((p) => !related.has(p));
  }
  // A summary above the story that a later paragraph repeats word for word goes.
  // (So does one its label names: 简介：…, 核心提示：….)
  if (kept.length > 2 && (repeatsLater(kept) || labelledSummary(kept))) {
    kept = kept.slice(1);
    firstGone(metaAfter);
  }
  // The headline's parts above the story (副题, a release's own headline) go too.
  for (let n = headlineParts(paras, kept, title); n > 0; n--) {
    kept = kept.slice(1);
    firstGone(metaAfter);
  }
  // Subtitle: a short first line without sentence punctuation, right before a byline that was
  // dropped (or a source's credit: the headline the story first ran under, 来源：21世纪经济报道 …).
  let subtitle = '';
  const first = kept[0];
  if (first && first.text.length <= 80 && !/[。！？]$/.test(first.text) && paras.indexOf(first) >= 0) {
    const next = paras[paras.indexOf(first) + 1];
    const facts = next && metaLines.includes(next.text) ? parseBylineLine(stripGlosses(next.text)) : {};
    if (facts.authors || facts.source) {
      subtitle = first.text;
      kept.shift();
    }
  }
  const teasers = teasersAtEnd(paras, kept);
  if (teasers) kept = kept.slice(0, kept.length - teasers);
  trimEnd(kept, paras);
  // A writer's credit glued to a lead's last sentence (…兩餐。」報導•攝影╱李佳玲): a metadata line.
  for (let i = 0; i < 2 && i < kept.length - 1; i++) {
    const byline = cutLeadByline(kept[i] as Paragraph);
    if (byline) {
      metaLines.push(byline);
      metaAfter.push(i + 1);
    }
  }
  // An editor's credit closing the last sentence (…罰金。（編輯：李亨山）1120823) is a metadata line.
  const end = kept[kept.length - 1];
  const credit = end ? cutTailCredit(end) : '';
  if (credit) {
    metaLines.push(credit);
    metaAfter.push(kept.length);
  }
  const blocks: Block[] = kept.map((p) => ({ kind: p.heading ? 'heading' : 'paragraph', paragraph: p }));
  return { blocks, metaLines, metaAfter, subtitle, all: paras };
}

/** Take the body's first block out (a headline that opened it), and out of metaAfter's counts. */
export function dropFirstBlock(body: BodyResult): void {
  body.blocks.shift();
  firstGone(body.metaAfter);
}

/** The metadata lines' counts of paragraphs before them, once the first paragraph is gone. */
function firstGone(metaAfter: number[]): void {
  metaAfter.forEach((n, i, counts) => {
    if (n > 0) counts[i] = n - 1;
  });
}
