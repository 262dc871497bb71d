/**
 * A dispatch's credit opening a dated clause (本报讯（记者 王小明）5月20日，…, （中央社記者邱俊欽
 * 桃園19日電）桃園市…今天, 新华社北京7月3日电（记者王明）国务院…): no part of the event the date
 * gives, whose own words begin past it. Used by events.ts.
 */
import type { DateMention } from './dates.ts';

/**
 * 本报讯（记者 王小明）, 新华社北京5月20日电（记者 王小明）, 新华社北京5月2日电: a dispatch's
 * dateline and credit, all of it.
 */
const DISPATCH_CREDIT =
  /^(?:[^，。,（()）]{1,30}?(?:电|電|讯|訊|消息)\s*(?:[（(][^（()）]{1,40}[）)])?|[（(〔[【][^（()）〔〕[\]【】]{1,40}(?:电|電|讯|訊|報導|报道|報道)[）)〕\]】])\s*$/;

/**
 * A short dispatch credit (本报讯, 新京报讯, 中新网电): at most four characters before the date,
 * where DISPATCH_CREDIT alone would take a word that ends in 电 or 讯 (家电5月20日起降价): an
 * outlet's last character (报, 社, 网, 台, 刊) right before the 讯 or 电.
 */
const SHORT_CREDIT = /^[^，。,（()）\s]{0,3}(?:报|報|社|网|網|台|臺|刊)(?:专|專)?(?:讯|訊|电|電)\s*$/;

/**
 * A dispatch's credit and its reporters opening the clause, the date further on: 新京报讯
 * （赵毅波）中投公司7月3日发布…, 新华社北京7月3日电（记者王明）国务院…
 */
const DISPATCH_LEAD =
  /^(?:[^，。,（()）\s]{0,26}(?:报|報|社|网|網|台|臺|刊)(?:专|專)?(?:讯|訊|电|電)|[^，。,（()）\s]{2,30}?\d{1,2}日(?:专|專)?(?:电|電|讯|訊))\s*[（(][^（()）]{1,40}[）)]\s*/;

/**
 * A dispatch's credit in brackets that opens the clause, before the date or around it
 * (（中央社記者邱俊欽桃園19日電）桃園市…今天, 【明報專訊】深水埗…周六（15日）): the offset just past its close, where the event's
 * own words begin; -1 when `start` opens none.
 */
function pastBracketedCredit(text: string, start: number, date: DateMention): number {
  const open = text[start];
  if (open !== '（' && open !== '(' && open !== '〔' && open !== '【') return -1;
  const close = text.slice(start + 1, Math.min(start + 46, date.end + 12)).search(/[）)〕】]/);
  if (close < 0) return -1;
  const end = start + close + 2;
  return DISPATCH_CREDIT.test(text.slice(start, end)) ? end : -1;
}

/**
 * Where the clause's own words begin (`start`: the clause's first character; `date`: the date in
 * it): past a bracketed credit around or before the date, past a credit and its reporters before
 * it, at the date after a credit alone, else `start`.
 */
export function pastDispatchCredit(text: string, start: number, date: DateMention): number {
  const past = pastBracketedCredit(text, start, date);
  if (past > 0) return past;
  const before = text.slice(start, date.start);
  if ((date.start - start > 4 ? DISPATCH_CREDIT : SHORT_CREDIT).test(before)) return date.start;
  const lead = DISPATCH_LEAD.exec(before);
  return lead ? start + lead[0].length : start;
}
