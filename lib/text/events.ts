/**
 * Events: a clause that reports something happening on a date (召開, 舉行, 發布, 成立 …).
 * A date's reach is its own clause and the next two, stopping at the next date or the end
 * of the sentence. Cut-off dates (截至…) date a statistic and make no event. The first date
 * of a marked section (【事件1】, 一、) is that section's event and carries its marker and heading.
 */
import type { Event } from '../analysis.ts';
import { drain, type Steps } from '../steps.ts';
import type { DateMention } from './dates.ts';
import * as chars from './chars.ts';
import { pastDispatchCredit } from './dispatch-credits.ts';
import { NEGATIONS, negatesClauseAt, STATEMENTS, verbAt } from './event-verbs.ts';
import { findSections } from './sections.ts';
import { CELL } from './table-figures.ts';

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { CLAUSE_END, classAt, SENTENCE_END } = chars;
const CLAUSES_REACHED = 3;
/** Before a date, what makes it the base of a comparison (較昨天, 比去年), not a happening's day. */
const COMPARED_WITH = '较較比';
/** After a dispatch's day (11月8日电, 20日讯). */
const DISPATCH_DAY_END = '电電讯訊';
/** Lately, some days ago: what happened is not dated by the dispatch. */
const LATELY = /近日|日前|近期|最近|前不久|此前|前些天|前几天|前幾天/;

/** Before a date in its clause, words that suppose it: no happening. */
const SUPPOSED = ['如果', '假如', '假設', '假设', '倘若', '若是', '要是', '一旦'];
const SUPPOSED_FIRST = new Set(SUPPOSED.map((w) => w[0]));

/** Does a word of SUPPOSED start at `i`? */
const supposesAt = (text: string, i: number): boolean =>
  SUPPOSED_FIRST.has(text[i] as string) && SUPPOSED.some((w) => text.startsWith(w, i));
const BOUNDARY = SENTENCE_END | CLAUSE_END;

function isBoundaryAt(text: string, i: number): boolean {
  return (classAt(text, i) & BOUNDARY) !== 0;
}

/**
 * The first offset from `i` on whose class has one of `bits` (text.length when none), as a
 * function. Asked in increasing order, it reads each character once in all: what the last scan
 * read is remembered (the answer for any offset between where it began and what it found).
 * (An index of every offset was two arrays as long as the text, filled by a pass over all of it:
 * 640 KB and the recognizers' longest step on a long page.)
 */
export function nextWith(text: string, bits: number): (i: number) => number {
  const n = text.length;
  let from = 1;
  let found = 0;
  return (i) => {
    if (i >= from && i <= found) return found;
    let j = i;
    while (j < n && (classAt(text, j) & bits) === 0) j++;
    from = i;
    found = j;
    return j;
  };
}

/**
 * nextWith for one character: its first offset from `i` on (text.length when none), read once in
 * all when asked in increasing order.
 */
function nextOf(text: string, ch: string): (i: number) => number {
  let from = 1;
  let found = 0;
  return (i) => {
    if (i >= from && i <= found) return found;
    const j = text.indexOf(ch, i);
    from = i;
    found = j < 0 ? text.length : j;
    return found;
  };
}

/** Skip spaces and boundary marks at the start of a clause. */
function trimStart(text: string, k: number, limit: number): number {
  while (
    k < limit &&
    (text[k] === ' ' || text[k] === '　' || isBoundaryAt(text, k) || CLOSERS.includes(text[k] as string))
  )
    k++;
  return k;
}

/** Closing quotes and brackets that a sentence before left at the clause's start (…。”7月2日，). */
const CLOSERS = '”’」』）)】〕》';

/** Dates whose happenings findEventsSteps looks for between two yields. */
const DATES_PER_STEP = 64;

/** Find the events in `text`, given its dates (from findDates). Linear in the text length. */
export function findEvents(text: string, dates: DateMention[]): Event[] {
  return drain(findEventsSteps(text, dates));
}

/**
 * findEvents in steps: yields every DATES_PER_STEP dates and before the marked sections (cold,
 * on a long page, the sections' pass over every line was the recognizers' longest step).
 */
export function* findEventsSteps(text: string, dates: DateMention[]): Steps<Event[]> {
  const events: Event[] = [];
  const byDate = new Map<DateMention, Event>();
  const live = dates.filter((d) => !d.cutoff).sort((a, b) => a.start - b.start);
  const nextBoundary = nextWith(text, BOUNDARY);
  const nextSentenceEnd = nextWith(text, SENTENCE_END);
  const nextOpen = nextOf(text, '《');
  const nextClose = nextOf(text, '》');
  // Clause starts: the last boundary before each date, read back from the date as far as the
  // date before it (further back, the answer is that date's).
  const clauseStarts: number[] = [];
  let lastBoundary = -1;
  let p = 0;
  for (const d of live) {
    for (let j = d.start - 1; j >= p; j--) {
      if (isBoundaryAt(text, j)) {
        lastBoundary = j;
        break;
      }
    }
    p = Math.max(p, d.start);
    const start = trimStart(text, lastBoundary + 1, d.start);
    // (A dispatch's credit before the date is not the event's: 北京商报讯（记者 岳品瑜）5月20日，…;
    // nor one around it: （中央社記者邱俊欽桃園19日電）桃園市…)
    clauseStarts.push(trimStart(text, pastDispatchCredit(text, start, d), text.length));
  }
  // The last verb of happening and the last word of supposing before the date being read (each
  // character read once in all: a test of each date's clause was quadratic in a clause of dates).
  let lastVerb = -1;
  let lastSupposed = -1;
  let scanned = 0;
  for (let k = 0; k < live.length; k++) {
    if (k > 0 && k % DATES_PER_STEP === 0) yield;
    const d = live[k] as DateMention;
    const next = live[k + 1];
    for (; scanned < d.start; scanned++) {
      if (verbAt(text, scanned)) lastVerb = scanned;
      if (supposesAt(text, scanned)) lastSupposed = scanned;
    }
    // Walk forward from the date through at most three clauses looking for a verb.
    let clauses = 1;
    let verbEnd = -1;
    let modified = false;
    let negated = false;
    let j = d.end;
    const limit = next ? next.start : text.length;
    // (A date that is what is acted on names no time of it: 2021年被确定为“改革提升年”; nor one
    // in a title, where a close comes before any open: 《关于表彰2017年度获奖集体的决定》.)
    const close = nextClose(j);
    if ((text[j] === '被' && clauseStarts[k] === d.start) || (close < limit && close < nextOpen(j))) continue;
    // (Nor one a thing is compared with: 人潮較昨天銳減，但仍發生零星衝突 happened today; nor one
    // in a clause that supposes: 如果一名投资者周五盘后购买…)
    if (COMPARED_WITH.includes(text[d.start - 1] ?? ' ')) continue;
    if (lastSupposed >= (clauseStarts[k] as number)) continue;
    while (j < limit) {
      const cls = classAt(text, j);
      if (cls & SENTENCE_END) break;
      if (cls & CLAUSE_END) {
        // (A clause naming who tells it is not counted: 2月6日，据《洛杉矶时报》报道，由于…，湖人队退出了….)
        if (text[j + 1] !== '据' && text[j + 1] !== '據' && ++clauses > CLAUSES_REACHED) break;
        negated = false;
        j++;
        continue;
      }
      // 自2010年…以来, 今年以来 in the date's own clause: a span up to now, not a happening on it.
      if (
        clauses === 1 &&
        text.charCodeAt(j) === 0x4ee5 /* 以 */ &&
        (text[j + 1] === '来' || text[j + 1] === '來')
      )
        break;
      // (A verb in a title names no happening: 《家族的诞生》, 《…关于表彰…的决定》.)
      if (text[j] === '《' && nextClose(j) < limit) {
        j = nextClose(j) + 1;
        continue;
      }
      const v = verbAt(text, j);
      // (开始 right after the date is from then on, 从1999年开始, 8月开始…: the clause's verb is
      // later. After 于 it is what began then: 比赛于3月5日开始.)
      // (Nor 一开始, at first: 只是一开始实现的重了.)
      if (
        (v === '开始' || v === '開始') &&
        ((j === d.end && !'于於在'.includes(text[d.start - 1] ?? ' ')) || text[j - 1] === '一')
      ) {
        j += 2;
        continue;
      }
      // (Not a happening denied: 这一标准自2005年也未上涨, 没有发生; nor a saying after a 的, where the
      // date is of who says it: 一位今年5月20日入职的前员工表示.)
      // (Nor 确定 as how sure one is: 不是很確定.)
      // (Nor one a negation earlier in its clause reaches: 目前未針對減碳效益提出進度.)
      if (
        v &&
        !negated &&
        !NEGATIONS.includes(text[j - 1] as string) &&
        !(modified && STATEMENTS.has(v)) &&
        !((v === '确定' || v === '確定') && '很太挺更'.includes(text[j - 1] ?? ' '))
      ) {
        verbEnd = j + v.length;
        break;
      }
      if (text[j] === '的') modified = true;
      else if (negatesClauseAt(text, j)) negated = true;
      j++;
    }
    if (verbEnd < 0) continue;
    // (A date after a verb in its own clause, with none of its own there, is what was acted on,
    // 財政部今天下午將公佈今年1-2月期統一發票中獎清冊: a later clause's verb is not its happening.)
    if (clauses > 1 && lastVerb >= (clauseStarts[k] as number)) continue;
    // (A dispatch's day is not the day of what happened 日前 or 近日: 人民网合肥11月8日电 （记者钱伟）
    // 安徽省司法厅日前出台….)
    if (DISPATCH_DAY_END.includes(text[d.end] ?? ' ') && LATELY.test(text.slice(d.end, verbEnd))) continue;
    // (What was said is the event's too: 總統府今（23）日表示，馬英九總統一向很願意與…對話.)
    const said = STATEMENTS.has(text.slice(verbEnd - 2, verbEnd));
    const event = makeEvent(
      text,
      d,
      clauseStarts[k] as number,
      (said ? nextSentenceEnd : nextBoundary)(verbEnd),
    );
    events.push(event);
    byDate.set(d, event);
  }
  yield;
  // A table's row whose day is a cell of its own after what happened: the row is its event.
  if (text.includes(CELL))
    for (const d of live) {
      const row = byDate.has(d) ? null : rowAround(text, d);
      if (row) events.push(makeEvent(text, d, row[0], row[1]));
    }
  // Marked sections: the first live date in each section is its event.
  let q = 0;
  for (const s of findSections(text)) {
    while (q < live.length && (live[q] as DateMention).start < s.markerEnd) q++;
    const d = live[q];
    if (!d || d.start >= s.end || closingDay(text, d, s.end)) continue;
    let event = byDate.get(d);
    if (!event) {
      event = makeEvent(text, d, Math.max(clauseStarts[q] as number, s.markerEnd), nextSentenceEnd(d.end));
      events.push(event);
    }
    event.marker = s.marker;
    event.heading = s.heading;
    if (event.start < s.markerEnd && event.end > s.markerEnd) {
      event.start = s.markerEnd;
      event.text = text.slice(event.start, event.end);
    }
  }
  return events.sort((a, b) => a.start - b.start);
}

/** Longest row line read for a verb: a table's row, not a page-long line of cells. */
const ROW_MAX = 400;

/**
 * The row line around `d` when the date fills a cell of its own and another cell holds a verb
 * of happening (全国总工会在北京召开推进会 | 2021年7月29日): [start, end) of the line, else null.
 * (Lines over ROW_MAX are not read: each date reads at most that much.)
 */
function rowAround(text: string, d: DateMention): [number, number] | null {
  let start = d.start;
  while (start > 0 && text[start - 1] !== '\n' && d.start - start < ROW_MAX) start--;
  if (start > 0 && text[start - 1] !== '\n') return null;
  let end = d.end;
  while (end < text.length && text[end] !== '\n' && end - start < ROW_MAX) end++;
  if (end - start >= ROW_MAX) return null;
  const line = text.slice(start, end);
  const before = line.lastIndexOf(CELL, d.start - start);
  const after = line.indexOf(CELL, d.end - start);
  if (before < 0 && after < 0) return null;
  const cellStart = before < 0 ? 0 : before + CELL.length;
  const cellEnd = after < 0 ? line.length : after;
  if (line.slice(cellStart, cellEnd).trim() !== text.slice(d.start, d.end)) return null;
  for (let j = 0; j < line.length; j++) {
    if (j === cellStart) j = cellEnd;
    const v = verbAt(line, j);
    if (v && !NEGATIONS.includes(line[j - 1] ?? ' ')) return [start, end];
  }
  return null;
}

/**
 * Is the date alone on the section's last line (a notice's signed day, 教务处 / 2026年3月26日, under
 * its last section)? It dates the document, not what the section tells.
 */
function closingDay(text: string, d: DateMention, end: number): boolean {
  return (
    !text.slice(d.end, end).trim() &&
    (d.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, d.start - 8), d.start)))
  );
}

/** A label naming what the date that follows is the time of: 决赛时间：, 初試時間：, 截稿日期：. */
const TIME_LABEL_BEFORE = /[^\n，。,；;、：:\s]{1,8}(?:时间|時間|日期)[:：]$/;

function makeEvent(text: string, d: DateMention, start: number, end: number): Event {
  // (Not the space before a table's next cell: 2021年7月29日 | 会议召开 | ….)
  while (end > start && text[end - 1] === ' ') end--;
  // (With the label that names what the day is the time of: 决赛时间：2026年3月28日8:30-13:00.)
  if (start === d.start && (text[start - 1] === '：' || text[start - 1] === ':')) {
    const label = TIME_LABEL_BEFORE.exec(text.slice(Math.max(0, start - 11), start));
    if (label) start -= label[0].length;
  }
  return {
    start,
    end,
    date: d.date,
    dateEnd: d.until,
    precision: d.precision,
    heading: '',
    marker: '',
    text: text.slice(start, end),
  };
}
