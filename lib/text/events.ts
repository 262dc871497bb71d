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
import { findSections } from './sections.ts';

/** Verbs of happening, both scripts. Longest first is not needed: any hit counts. */
export const EVENT_VERBS: readonly string[] = (
  '召開 召开 舉行 举行 舉辦 举办 發布 发布 發佈 成立 啟動 启动 施行 實施 实施 開幕 开幕 閉幕 闭幕 落幕 出版 ' +
  '公布 公佈 通過 通过 簽署 签署 簽訂 签订 簽約 签约 宣布 宣佈 印發 印发 下發 下发 出台 出臺 開通 开通 通車 通车 ' +
  '上線 上线 落成 竣工 開工 开工 投產 投产 開業 开业 發生 发生 會見 会见 會晤 会晤 會談 会谈 訪問 访问 出訪 出访 ' +
  '出席 當選 当选 去世 逝世 頒布 颁布 頒發 颁发 頒獎 颁奖 生效 啟用 启用 拉開帷幕 拉开帷幕 揭牌 掛牌 挂牌 ' +
  '發射 发射 登陸 登陆 爆發 爆发 宣判 判決 判决 抵達 抵达 到訪 到访 修改 修訂 修订 表決 表决 審議 审议 批准 ' +
  '完成 發表 发表 表彰 開放 开放 制定 出爐 出炉 亮相 上市 開賽 开赛 宣誓 地震 遇難 遇难 確診 确诊 通報 通报 ' +
  '主持 視察 视察 考察 選舉 选举 投票 宣告 首發 首发 舉辦 開始 开始 結束 结束 公告 召集 成交 收盤 收盘 開盤 开盘 ' +
  // Incidents, offices taken and left, prices and rates changed.
  '墜毀 坠毁 側翻 侧翻 起火 爆炸 坍塌 倒塌 相撞 遇襲 遇袭 襲擊 袭击 身亡 失蹤 失踪 被捕 落馬 落马 辭職 辞职 ' +
  '就任 就職 就职 上任 卸任 離任 离任 上調 上调 下調 下调 降息 加息 降準 降准 停運 停运 復工 复工 停產 停产 ' +
  // Arrivals, studies and shows begun, results.
  '來到 来到 開展 开展 展出 開賣 开卖 開售 开售 戰勝 战胜 擊敗 击败 奪得 夺得 獲得 获得 推出 發現 发现 提出 ' +
  // Markets moved, replies, appointments, bans lifted.
  '停牌 復牌 复牌 漲停 涨停 跌停 大漲 大涨 大跌 暴跌 暴漲 暴涨 上漲 上涨 下跌 回應 回应 任命 解除 取消 ' +
  '晉升 晋升 崛起 暴發 暴发 併入 并入 合併 合并 ' +
  // Going and coming, births and findings, acts against someone, statements, shows aired.
  '前往 到達 到达 運抵 运抵 離開 离开 出發 出发 返回 轉院 转院 考進 考进 考入 生下 誕生 诞生 查出 ' +
  '占領 占领 佔領 推翻 指責 指责 譴責 谴责 抨擊 抨击 逮捕 拘留 起訴 起诉 判處 判处 造成 導致 导致 引發 引发 ' +
  '停電 停电 確定 确定 決定 决定 達成 达成 退出 加入 簽下 签下 展開 展开 播出 首播 上映 開議 开议 ' +
  '入職 入职 辭退 辞退 聚集 齊聚 齐聚 被襲 被袭 引進 引进 暫扣 暂扣 查扣 扣押 開學 开学 報到 报到 死亡 受傷 受伤 ' +
  '進入 进入 動員 动员 釋放 释放 獲釋 获释 保釋 保释 獲准 获准 補發 补发 評選 评选 創立 创立 創辦 创办 始創 始创 ' +
  '猛漲 猛涨 表示 指出 強調 强调 聲明 声明 透露 通知 告訴 告诉 批評 批评'
).split(' ');

/** Verbs of saying: the event runs on to the sentence's end. */
const STATEMENTS = new Set('表示 指出 強調 强调 聲明 声明 透露 通知 告訴 告诉 批評 批评'.split(' '));

const VERB_FIRST = new Map<string, string[]>();
for (const v of EVENT_VERBS) {
  const list = VERB_FIRST.get(v[0] as string) ?? [];
  if (!list.includes(v)) list.push(v);
  VERB_FIRST.set(v[0] as string, list);
}

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { CLAUSE_END, classAt, mark, SENTENCE_END, VERB_FIRST: VERB_START } = chars;
mark(VERB_FIRST.keys(), VERB_START);
const CLAUSES_REACHED = 3;
/** Before a verb: it did not happen. */
const NEGATIONS = '未没沒不';
const BOUNDARY = SENTENCE_END | CLAUSE_END;

function verbAt(text: string, i: number): string | null {
  if ((classAt(text, i) & VERB_START) === 0) return null;
  const list = VERB_FIRST.get(text[i] as string);
  if (!list) return null;
  for (const v of list) if (text.startsWith(v, i)) return v;
  return null;
}

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
    const past = pastBracketedCredit(text, start, d);
    const before = text.slice(start, d.start);
    const lead = past > 0 ? null : DISPATCH_LEAD.exec(before);
    clauseStarts.push(
      past > 0
        ? trimStart(text, past, text.length)
        : (d.start - start > 4 ? DISPATCH_CREDIT : SHORT_CREDIT).test(before)
          ? d.start
          : lead
            ? start + lead[0].length
            : start,
    );
  }
  for (let k = 0; k < live.length; k++) {
    if (k > 0 && k % DATES_PER_STEP === 0) yield;
    const d = live[k] as DateMention;
    const next = live[k + 1];
    // Walk forward from the date through at most three clauses looking for a verb.
    let clauses = 1;
    let verbEnd = -1;
    let modified = false;
    let j = d.end;
    const limit = next ? next.start : text.length;
    // (A date that is what is acted on names no time of it: 2021年被确定为“改革提升年”; nor one
    // in a title, where a close comes before any open: 《关于表彰2017年度获奖集体的决定》.)
    const close = nextClose(j);
    if ((text[j] === '被' && clauseStarts[k] === d.start) || (close < limit && close < nextOpen(j))) continue;
    while (j < limit) {
      const cls = classAt(text, j);
      if (cls & SENTENCE_END) break;
      if (cls & CLAUSE_END) {
        // (A clause naming who tells it is not counted: 2月6日，据《洛杉矶时报》报道，由于…，湖人队退出了….)
        if (text[j + 1] !== '据' && text[j + 1] !== '據' && ++clauses > CLAUSES_REACHED) break;
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
      if ((v === '开始' || v === '開始') && j === d.end && !'于於在'.includes(text[d.start - 1] ?? ' ')) {
        j += 2;
        continue;
      }
      // (Not a happening denied: 这一标准自2005年也未上涨, 没有发生; nor a saying after a 的, where the
      // date is of who says it: 一位今年5月20日入职的前员工表示.)
      // (Nor 确定 as how sure one is: 不是很確定.)
      if (
        v &&
        !NEGATIONS.includes(text[j - 1] as string) &&
        !(modified && STATEMENTS.has(v)) &&
        !((v === '确定' || v === '確定') && '很太挺更'.includes(text[j - 1] ?? ' '))
      ) {
        verbEnd = j + v.length;
        break;
      }
      if (text[j] === '的') modified = true;
      j++;
    }
    if (verbEnd < 0) continue;
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
