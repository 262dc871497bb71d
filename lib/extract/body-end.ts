/**
 * The body's end: what is left after the story's last sentence that no story holds (a widget's
 * leftovers, a menu between bars, a list of references), unless the last sentence announces it.
 */
import { inOneRow } from './table-rows';
import type { Paragraph } from './paragraphs';

/** An address alone on its line, numbered or not: [1]https://…, 2. http://…. */
const BARE_ADDRESS = /^(?:[[［(（]?\d{1,2}[\]］)）.、]?\s*)?https?:\/\/\S+$/;
/** The label of a list of references. */
const REFERENCES_LABEL =
  /^(?:参考|參考|相关|相關|原文|延伸阅读|延伸閱讀)?(?:链接|鏈接|連結|资料|資料|文献|文獻|来源|來源)\s*[:：]?$|^references?\s*:?$/i;

/** Short items between bars, three or more: a menu or a counter's line. */
function isBarMenu(p: Paragraph): boolean {
  return p.bars >= 2 && p.text.split(/[|｜]/).every((item) => item.trim().length <= 10);
}

/**
 * Does the body close with a list its last sentence announces (…的巴士路線： then `3B｜紅磡 - 慈雲山`
 * lines broken in one block; …第42届金马奖获奖名单 then a line for each prize)? Its items are short lines with no sentence's end, as a widget's
 * leftovers are, but they are the story's.
 */
function listAnnounced(kept: readonly Paragraph[]): boolean {
  const last = kept[kept.length - 1] as Paragraph;
  // (Its items: lines of the last one's block, or short lines of their own with no link: 最佳导演周星驰《功夫》.
  // A title's marks are no sentence's end: 《翻滚吧！男孩》.)
  const item = (p: Paragraph) =>
    (p.container === last.container || (p.text.length <= 40 && p.linkChars === 0)) &&
    !/[。！？!?」”]/.test(p.text.replace(/《[^《》]*》/g, ''));
  let i = kept.length - 1;
  while (i > 0 && item(kept[i] as Paragraph)) i--;
  return (
    kept.length - 1 - i >= 2 &&
    (kept[i] as Paragraph).container !== last.container &&
    LIST_LABEL.test((kept[i] as Paragraph).text)
  );
}

/** How a list's announcement ends: a colon, or its name (获奖名单, 名单如下). */
const LIST_LABEL = /(?:[：:]|名单|名單|如下|一览|一覽)$/;

/** A day written whole, alone on its line: 2026年3月26日, 二〇二六年三月二十六日. */
const DAY_ALONE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

/**
 * Does the body close as a notice or a letter is signed: a day alone on the last line, after the
 * sentence that ends the text or under one to three short lines naming who signs it (教务处、经济学院
 * / 2026年3月26日)? Those lines are the document's, though they end no sentence.
 */
function signedClosing(kept: readonly Paragraph[]): boolean {
  const last = kept[kept.length - 1] as Paragraph;
  if (kept.length < 3 || !DAY_ALONE.test(last.text)) return false;
  for (let i = kept.length - 2, names = 0; i >= 0; i--, names++) {
    const p = kept[i] as Paragraph;
    if (/[。！？!?」”]$/.test(p.text)) return i > 0;
    const signer = p.text.length <= 30 && p.linkChars === 0 && !/[:：|｜]/.test(p.text) && p.hanzi > 1;
    if (!signer || names === 3) return false;
  }
  return false;
}

/** A rule drawn in text: `---`, `———`, `＝＝＝`. */
const RULE = /^[-—─–=＝_~～]{3,}$/;

/** Most paragraphs after a rule near the body's end that are the template's, not the story's. */
const AFTER_RULE_MAX = 3;

/**
 * Drops what follows a rule drawn in text among the body's last paragraphs (`---` then 《星島申訴王》
 * 於3月1日隆重登場…, 你的獨家報料…): the template's inserts under the story, set apart by it.
 * `paras`: the root's paragraphs, where the rule is (it is no body paragraph: it holds no hanzi).
 */
function cutAfterRule(kept: Paragraph[], paras: readonly Paragraph[]): void {
  const first = Math.max(2, kept.length - AFTER_RULE_MAX);
  for (let k = first; k < kept.length; k++) {
    // (Or an <hr> right before it: </p><hr><b>第七届中国云计算大会将于…, 本文选自程序员电子版….)
    if (ruleBefore(kept[k] as Paragraph)) {
      kept.length = k;
      return;
    }
    const from = paras.indexOf(kept[k - 1] as Paragraph);
    const to = paras.indexOf(kept[k] as Paragraph, from + 1);
    for (let i = from + 1; from >= 0 && i < to; i++)
      if (RULE.test((paras[i] as Paragraph).text)) {
        kept.length = k;
        return;
      }
  }
}

/** Is an <hr> the element right before the paragraph (or before the element its text opens)? */
function ruleBefore(p: Paragraph): boolean {
  for (let n: Node | null = p.nodes[0] ?? null, up = 0; n && up < 4; n = n.parentNode, up++) {
    let at = n.previousSibling;
    while (at && at.nodeType === 3 /* TEXT_NODE */ && !at.nodeValue?.trim()) at = at.previousSibling;
    if (at) return at.nodeType === 1 /* ELEMENT_NODE */ && (at as Element).tagName.toUpperCase() === 'HR';
    if (n === p.container) return false;
  }
  return false;
}

/**
 * Drops the trailing fragments of `kept` (in place), keeping one paragraph at least, and what a
 * rule near the end sets apart (`paras`: the root's paragraphs).
 */
export function trimEnd(kept: Paragraph[], paras: readonly Paragraph[]): void {
  cutAfterRule(kept, paras);
  // (The day under a signature is a date line, so the story's paragraphs lack it: it comes back.)
  const after = paras[paras.indexOf(kept[kept.length - 1] as Paragraph) + 1];
  if (after && DAY_ALONE.test(after.text) && signedClosing([...kept, after])) {
    kept.push(after);
    return;
  }
  // Trailing fragments after the last sentence (荐, 新闻：, 搜捕商机 …) are leftovers of widgets;
  // so is a menu of short items between bars, however long (网友跟贴 0人跟贴 | 0人参与 | 手机发跟贴 | 注册).
  // So is a list of references: bare addresses ([1]https://…), their label (参考链接：), and the
  // title line right above an address.
  let linked = false;
  while (kept.length > 1 && !listAnnounced(kept)) {
    const last = kept[kept.length - 1] as Paragraph;
    const address = BARE_ADDRESS.test(last.text);
    if (
      !address &&
      !REFERENCES_LABEL.test(last.text) &&
      !(linked && last.text.length <= 80 && !/[。！？!?」”]/.test(last.text)) &&
      (/[。！？!?」”]/.test(last.text) ||
        (last.text.length >= 25 && !isBarMenu(last)) ||
        // (A clause trailing off, 就已经明白，我最在乎的其实并不是什么涨工资……: prose, not a widget's.)
        /[，,][^，,]+……$/.test(last.text) ||
        // (A data table's last row: its cells are the story's records, 2021年11月12日 | 全国总工会举行….)
        inOneRow(kept[kept.length - 2] as Paragraph, last))
    )
      break;
    linked = address;
    kept.pop();
  }
}
