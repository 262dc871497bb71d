/**
 * An editor's credit written at the end of the story's last sentence, inside its paragraph
 * (…罰金。（編輯：李亨山）1120823, …。(责任编辑：张三)), or a starred note glued there: not the
 * story's text. cutTailCredit takes it out of the paragraph, which then ends where the story does.
 */
import { normSpace } from './dom';
import { freshMemo, paragraphText } from './page-collector';
import type { Paragraph } from './paragraphs';
import { textFacts } from './text-facts';

/**
 * The credit closing a text: an editor's (or a compiler's, 整理：實習編輯…) or a writer's ((文/图
 * 刘玺东 易赛楠), （记者 张三）; not a writer's note, （作者系…）) label and name in brackets, and the filing code some agencies add after it (1120823: the ROC date).
 */
const TAIL_CREDIT =
  /[（(【[]\s*(?:(?:責任編輯|责任编辑|責編|责编|編輯|编辑)\s*[:：]|(?:整理|編譯|编译)\s*[:：]\s*(?:(?:實習|实习)?(?:編輯|编辑))?|(?:文\s*[/／]\s*(?:圖|图)|文字?|記者|记者|作者|通訊員|通讯员)\s*[:：/／\s](?!\s*(?:系|為|为|是|現為|现为|係)))\s*[^（）()【】[\]\n]{1,24}[）)】\]]\s*\d{0,8}\s*$/;

/**
 * A starred note glued to the last sentence (…12月31日止。★再給自己一次機會, the hotline's lines
 * after it): a template's insert, not the story.
 */
const STARRED_NOTE = /[★☆※＊][^。！？★☆※＊\n]{1,16}$/;

/** A print edition's pointer glued to the last sentence (…登車離去。相關新聞刊P4版): no part of the story. */
const PRINT_POINTER =
  /(?:相關|相关)(?:新聞|新闻|報道|報導|报道|报导|消息)?(?:刊|見|见|載|载)\s*[A-Za-z]{0,2}\d{1,3}\s*版$/;

/** The sentence end that must stand right before the credit (the story ends there). */
const SENTENCE_END = /[。！？!?」”』）)]\s*$/;

/**
 * Cuts the credit off the end of `p` (in place: the paragraph is the same object for every list
 * that holds it) and returns the credit's text; '' when `p` ends with none, or is only one.
 */
export function cutTailCredit(p: Paragraph): string {
  const raw = p.raw;
  // (Most paragraphs end with no bracket or digit: no regex runs.)
  const end = raw.trimEnd();
  const last = end.slice(-1);
  const m = /[）)】\]\d]/.test(last)
    ? TAIL_CREDIT.exec(raw)
    : last === '版'
      ? PRINT_POINTER.exec(end)
      : /[★☆※＊]/.test(end.slice(-17))
        ? STARRED_NOTE.exec(end)
        : null;
  if (!m || !SENTENCE_END.test(raw.slice(0, m.index))) return '';
  return cutAt(p, m.index, m[0]);
}

/**
 * A writer's credit glued to a lead's last sentence: …一天只能吃兩餐。」報導•攝影╱李佳玲, or the name
 * first: …靠己維生。李佳玲╱報導•攝影.
 */
const GLUED_BYLINE =
  /(?:(?:報導|报道|報道|报导|文字|文|撰文)(?:\s*[•．·・、]\s*(?:攝影|摄影))?\s*[╱／/:：]\s*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}\s*[╱／/]\s*(?:報導|报道|報道|报导)(?:\s*[•．·・、]\s*(?:攝影|摄影))?)\s*$/;

/**
 * Cuts a writer's credit glued to the end of `p` (in place) and returns it; '' when there is
 * none. (Asked of the story's first paragraphs: the byline set after the lead.)
 */
export function cutLeadByline(p: Paragraph): string {
  const raw = p.raw;
  // (Most paragraphs hold no slash or colon near their end: no regex runs.)
  if (!/[╱／/:：]/.test(raw.trimEnd().slice(-10))) return '';
  const m = GLUED_BYLINE.exec(raw);
  if (!m || !SENTENCE_END.test(raw.slice(0, m.index))) return '';
  return cutAt(p, m.index, m[0]);
}

/** Cuts `p` (in place) at `at` in its raw text, where the credit `found` starts; returns the credit. */
function cutAt(p: Paragraph, at: number, found: string): string {
  const raw = p.raw;
  const credit = normSpace(found);
  const kept = raw.slice(0, at);
  // (A gloss ends before the credit's bracket: none lies across the cut.)
  const facts = textFacts(kept);
  const { hanzi, punctuation, spaced, lead, trail, inner, odd } = facts;
  const { glosses, looseClose, strayGloss, bars, words } = facts;
  const cut: Partial<Paragraph> = {
    raw: kept,
    text: paragraphText(kept, facts),
    nodes: nodesFor(p.nodes, kept.length),
    hanzi,
    punctuation,
    spaced,
    lead,
    trail,
    inner,
    odd,
    glosses,
    looseClose,
    strayGloss,
    bars,
    words,
    memo: freshMemo(),
  };
  Object.assign(p, cut);
  return credit;
}

/** The nodes that hold the first `length` characters of their joined values. */
function nodesFor(nodes: Text[], length: number): Text[] {
  let at = 0;
  for (let k = 0; k < nodes.length; k++) {
    at += (nodes[k]?.nodeValue ?? '').length;
    if (at >= length) return k === nodes.length - 1 ? nodes : nodes.slice(0, k + 1);
  }
  return nodes;
}
