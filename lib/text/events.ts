/**
 * Events: a clause that reports something happening on a date (召開, 舉行, 發布, 成立 …).
 * A date's reach is its own clause and the next two, stopping at the next date or the end
 * of the sentence. Cut-off dates (截至…) date a statistic and make no event. The first date
 * of a marked section (【事件1】, 一、) is that section's event and carries its marker and heading.
 */
import type { Event } from '../analysis.ts';
import type { DateMention } from './dates.ts';
import { findSections } from './sections.ts';

/** Verbs of happening, both scripts. Longest first is not needed: any hit counts. */
export const EVENT_VERBS: readonly string[] = (
  '召開 召开 舉行 举行 舉辦 举办 發布 发布 發佈 成立 啟動 启动 施行 實施 实施 開幕 开幕 閉幕 闭幕 落幕 出版 ' +
  '公布 公佈 通過 通过 簽署 签署 簽訂 签订 簽約 签约 宣布 宣佈 印發 印发 下發 下发 出台 出臺 開通 开通 通車 通车 ' +
  '上線 上线 落成 竣工 開工 开工 投產 投产 開業 开业 發生 发生 會見 会见 會晤 会晤 會談 会谈 訪問 访问 出訪 出访 ' +
  '出席 當選 当选 去世 逝世 頒布 颁布 頒發 颁发 頒獎 颁奖 生效 啟用 启用 拉開帷幕 拉开帷幕 揭牌 掛牌 挂牌 ' +
  '發射 发射 登陸 登陆 爆發 爆发 宣判 判決 判决 抵達 抵达 到訪 到访 修改 修訂 修订 表決 表决 審議 审议 批准 ' +
  '完成 發表 发表 表彰 開放 开放 制定 出爐 出炉 亮相 上市 開賽 开赛 宣誓 地震 遇難 遇难 確診 确诊 通報 通报 ' +
  '主持 視察 视察 考察 選舉 选举 投票 宣告 首發 首发 舉辦 開始 开始 結束 结束 公告 召集 成交 收盤 收盘 開盤 开盘'
).split(' ');

const VERB_FIRST = new Map<string, string[]>();
for (const v of EVENT_VERBS) {
  const list = VERB_FIRST.get(v[0] as string) ?? [];
  if (!list.includes(v)) list.push(v);
  VERB_FIRST.set(v[0] as string, list);
}

const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
const CLAUSE_ENDS = new Set(['，', ',', '：', ':', '—', '－']);
const CLAUSES_REACHED = 3;

function verbAt(text: string, i: number): string | null {
  const list = VERB_FIRST.get(text[i] as string);
  if (!list) return null;
  for (const v of list) if (text.startsWith(v, i)) return v;
  return null;
}

function isBoundary(ch: string): boolean {
  return SENTENCE_ENDS.has(ch) || CLAUSE_ENDS.has(ch);
}

/** Start of the clause containing offset i (just after the previous boundary). */
function clauseStart(text: string, i: number, floor: number): number {
  let k = i;
  while (k > floor && !isBoundary(text[k - 1] as string)) k--;
  while (k < i && (text[k] === ' ' || text[k] === '　' || isBoundary(text[k] as string))) k++;
  return k;
}

/** Find the events in `text`, given its dates (from findDates). */
export function findEvents(text: string, dates: DateMention[]): Event[] {
  const events: Event[] = [];
  const byDate = new Map<DateMention, Event>();
  const live = dates.filter((d) => !d.cutoff);
  const sections = findSections(text);
  for (let k = 0; k < live.length; k++) {
    const d = live[k] as DateMention;
    const next = live[k + 1];
    // Walk forward from the date through at most three clauses looking for a verb.
    let clauses = 1;
    let verbEnd = -1;
    let j = d.end;
    const limit = next ? next.start : text.length;
    while (j < limit) {
      const ch = text[j] as string;
      if (SENTENCE_ENDS.has(ch)) break;
      if (CLAUSE_ENDS.has(ch)) {
        if (++clauses > CLAUSES_REACHED) break;
        j++;
        continue;
      }
      const v = verbAt(text, j);
      if (v) {
        verbEnd = j + v.length;
        break;
      }
      j++;
    }
    if (verbEnd < 0) continue;
    let end = verbEnd;
    while (end < text.length && !isBoundary(text[end] as string)) end++;
    const start = clauseStart(text, d.start, sentenceFloor(text, d.start));
    const event = makeEvent(text, d, start, end);
    events.push(event);
    byDate.set(d, event);
  }
  // Marked sections: the first live date in each section is its event.
  for (const s of sections) {
    const d = live.find((x) => x.start >= s.markerEnd && x.start < s.end);
    if (!d) continue;
    let event = byDate.get(d);
    if (!event) {
      let end = d.end;
      while (end < text.length && !SENTENCE_ENDS.has(text[end] as string)) end++;
      event = makeEvent(text, d, clauseStart(text, d.start, s.markerEnd), end);
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

function sentenceFloor(text: string, i: number): number {
  let k = i;
  while (k > 0 && !SENTENCE_ENDS.has(text[k - 1] as string)) k--;
  return k;
}

function makeEvent(text: string, d: DateMention, start: number, end: number): Event {
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
