/**
 * The published time, most trusted source first: meta tags and JSON-LD, the visible info line
 * by the headline (refined to the second by the template's script), the newsroom system's
 * comment (cms-comment.ts), the script alone, times shown against the moment the page was seen,
 * a time of day under the header's date, the article's tail, a labelled line anywhere. (The day
 * in the page's address comes last: see dayFromUrls, which the extraction asks after detection.)
 */
import { cmsCommentDate } from './cms-comment';
import { findDates, isUpdateTime, labelledDate, parseMachineDate, refineTime, toShownOffset } from './dates';
import {
  dayOf,
  onlyRelativeTime,
  seenRelativeDate,
  showsBareTime,
  shownToday,
  timeOnDay,
} from './shown-dates';
import type { FoundDate } from './dates';
import type { MetadataInput } from './metadata';
import { scriptTimes } from './meta-tags';

type PublishedInput = Pick<MetadataInput, 'doc' | 'tags' | 'seenAt' | 'paragraphs' | 'url'>;

/**
 * `又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】` beside the headline and no date near it: an item of the
 * day, on the day the page shows as today (its header's `2013年6月29日‧星期六`) or else the day
 * it was seen (the day before when that time had not yet come).
 */
function bareTime(input: PublishedInput, head: string[]): string {
  const lines = head.slice(0, 3).filter((l) => l.length <= 80);
  if (!lines.some(showsBareTime)) return '';
  const shown = shownToday((input.paragraphs ?? []).map((p) => p.text));
  const seen = input.seenAt;
  for (const l of lines) {
    if (shown) {
      const d = timeOnDay(l, shown);
      if (d) return d.iso;
    } else if (seen !== undefined) {
      const d = timeOnDay(l, dayOf(seen));
      if (!d) continue;
      // (Ten minutes of slack for clocks.)
      return Date.parse(d.iso) <= seen + 600_000
        ? d.iso
        : (timeOnDay(l, dayOf(seen - 86_400_000))?.iso ?? '');
    }
  }
  return '';
}

/**
 * A word that makes a date part of a sentence, not the article's own date (本协议自2023年1月1日起
 * 施行, 截至2023年底, 将于5月20日举行; not 发布于 2024-05-20, 编辑于 …, 小鳳 於 …).
 */
const PROSE_BEFORE =
  /(?:(?<!\s|發布|发布|發佈|发佈|發表|发表|更新|修改|刊登|刊|寫|写|摄|攝|編輯|编辑|創建|创建|上傳|上传|首發|首发|推送|回答|回覆|回复|評論|评论|留言)(?:于|於)|自|在|从|從|至|到|截至|截止|直到|是|为|為|将|將|起|前|后|後)\s*$/;

/** A line of the story that opens with its day (2019年2月27日下午，佛山…): a sentence, no info line. */
function opensProse(line: string): boolean {
  return (
    (line.length > 30 || /[。！？]\s*$/.test(line)) &&
    /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，。]{0,6}，/.test(line)
  );
}

/** The dates of a line that no word before makes part of a sentence. */
function ownDates(line: string): FoundDate[] {
  return findDates(line).filter((d) => !PROSE_BEFORE.test(line.slice(0, d.index)));
}

/** An address in mainland China, Hong Kong, Macau or Taiwan (whose pages mean UTC+8). */
const UTC8_HOST = /^https?:\/\/[^/]+\.(?:cn|hk|mo|tw)(?::\d+)?(?:\/|$)/i;
/** A page language of those places: zh-CN, zh-Hant-HK, zh-yue-Hant-HK, zh-TW. */
const UTC8_LANG = /-(?:cn|hk|mo|tw)$/i;

/**
 * Is the machine time a UTC label on the page's own wall time (`<time datetime="…T16:07:00Z">
 * 2017-09-09 16:07</time>` on a Hong Kong page)? Only where the page is of a UTC+8 place, by its
 * address or its language: a London page may show UTC as its wall time.
 */
function mislabelledLocal(input: PublishedInput, machine: string, visible: FoundDate[]): boolean {
  const m = /T(\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(?:Z|\+00:00)$/.exec(machine);
  const shown = input.tags.shownTime;
  if (!m?.[1]) return false;
  const lang = input.doc.documentElement?.getAttribute('lang') ?? '';
  // (Or a line of the head shows that wall time on that day, in no zone of its own, on a page in
  // Traditional Chinese: 三立's `<time>2023/09/04 16:12:00</time>` under JSON-LD's 16:12:00+00:00.
  // A page in Simplified Chinese may be London's or New York's, showing UTC as its wall time.)
  const wall = `${machine.slice(0, 10)}T${m[1]}`;
  if (
    /^zh[-_](?:Hant|TW|HK|MO)\b/i.test(lang) &&
    visible.some((d) => d.iso.startsWith(wall) && d.iso.endsWith('+08:00'))
  )
    return true;
  if (!shown || !new RegExp(`(?:^|\\D)${m[1]}(?!\\d)`).test(shown)) return false;
  return utc8Page(input);
}

/** Is the page of a UTC+8 place, by its address or its language (zh-HK, zh-CN, zh-TW)? */
function utc8Page(input: PublishedInput): boolean {
  const lang = input.doc.documentElement?.getAttribute('lang') ?? '';
  return [input.tags.canonical, input.url].some((u) => !!u && UTC8_HOST.test(u)) || UTC8_LANG.test(lang);
}

/** A UTC time in UTC+8's wall time, the same moment (`2021-06-21T18:00:00Z` → `2021-06-22T02:00:00+08:00`). */
function inUtc8(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(?:Z|\+00:00)$/.exec(iso);
  const at = m ? Date.parse(`${m[1]}${m[2] ?? ''}Z`) : NaN;
  if (!m || Number.isNaN(at)) return iso;
  const local = new Date(at + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 16)}${m[2] ? local.slice(16, 19) : ''}+08:00`;
}

/** `建立時間：14:03`: a line giving the time a story was made, alone (its day is shown elsewhere). */
const MADE_AT =
  /^(?:建立|創建|创建|發佈|發布|发布|发佈|發表|发表)(?:時間|时间)\s*[:：]\s*(\d{1,2}):(\d{2})\s*$/;
/** `更新時間：16:07`: a line giving the time of its last edit, alone. */
const EDITED_AT = /^(?:最後|最后)?(?:更新|修改)(?:時間|时间)\s*[:：]\s*(\d{1,2}):(\d{2})\s*$/;

/**
 * The time the story was made, where the time found (by the headline, to the minute) is the one
 * a line of the page labels as its last edit and another line gives the making's, earlier the same
 * day (頭條, 星島: `2017-09-09 16:07` by the headline, `建立時間：14:03` `更新時間：16:07` below).
 */
function madeBeforeEdit(found: string, lines: readonly string[]): string {
  const m = /T(\d{2}):(\d{2})/.exec(found);
  if (!m) return found;
  let made = '';
  let edited = false;
  for (const line of lines) {
    if (line.length > 20) continue;
    const e = EDITED_AT.exec(line);
    if (e) edited ||= Number(e[1]) === Number(m[1]) && Number(e[2]) === Number(m[2]);
    const c = MADE_AT.exec(line);
    if (c && Number(c[1]) < 24) made = `${c[1]!.padStart(2, '0')}:${c[2]}`;
  }
  if (!edited || !made || made >= `${m[1]}:${m[2]}`) return found;
  // (The shown time's seconds, if any, are the edit's.)
  return found.replace(/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/, `T${made}`);
}

/** How long after a page's publication its template may stamp a last edit as its time. */
const EDIT_WITHIN = 3 * 86_400_000;
/** …and where the page labels the time it shows as its publication's (日期：, 发布时间：). */
const LABELLED_EDIT_WITHIN = 90 * 86_400_000;

/**
 * A calendar badge's day and month, each a line of its own beside the other (`21` / `2024年02月`):
 * the lines as one date where they stand (2024年02月21日).
 */
function badgeDates(head: string[]): string[] {
  const month = (l: string) => /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*月?$/.exec(l);
  const day = (l: string | undefined) => !!l && /^\d{1,2}$/.test(l) && Number(l) >= 1 && Number(l) <= 31;
  return head.map((l, i) => {
    const m = month(l);
    const d = m && (day(head[i - 1]) ? head[i - 1] : day(head[i + 1]) ? head[i + 1] : undefined);
    return m && d ? `${m[1]}年${m[2]}月${d}日` : l;
  });
}

/**
 * A link to the story or the day before or after (上一篇：…2019-12-30, 上一天 2025-12-02 下一天
 * 2025-12-04, 前一則): its day is another page's. (Not a story's 前一天, the day before.)
 */
const PREV_NEXT =
  /^\s*[【[]?\s*(?:[上下]一?篇|(?:上一|下一)(?:页|頁|天|日|期|条|條|则|則|章|節|节)|(?:前一|后一|後一)(?:篇|则|則|条|條))/;

/** The lines, a link to the page before or after as no line (''). */
const withoutPrevNext = (lines: string[]): string[] => lines.map((l) => (PREV_NEXT.test(l) ? '' : l));

export function published(input: PublishedInput, lines: string[], ends: string[]): string {
  const head = badgeDates(withoutPrevNext(lines));
  const tail = withoutPrevNext(ends);
  let machine = input.tags.published ? parseMachineDate(input.tags.published) : '';
  // A UTC time the page shows as local wall time: keep the page's own offset.
  if (machine && input.tags.shownTime) machine = toShownOffset(machine, input.tags.shownTime);
  const byLine = head.map(ownDates);
  /** Is the date labelled in its line as the story's (发布时间：…, 日期：…)? */
  const labelledHere = (d: FoundDate): boolean =>
    byLine.some((ds, i) => ds.includes(d) && labelledDate(head[i] ?? '')?.iso === d.iso);
  // A time shown only against the moment the page is seen (1天前) above any date: the head's later
  // dates are others' (its readers' comments, 李赫 2017-08-22), and that moment dates the story.
  const relative = head.findIndex(onlyRelativeTime);
  const seenOnly = relative >= 0 && !byLine.slice(0, relative).some((ds) => ds.length);
  if (seenOnly) byLine.splice(relative);
  if (machine && mislabelledLocal(input, machine, byLine.flat()))
    machine = machine.replace(/(?:Z|\+00:00)$/, '+08:00');
  // (A UTC moment on a page of such a place: the same moment in the wall time its readers see.)
  else if (/T.*(?:Z|\+00:00)$/.test(machine) && utc8Page(input)) machine = inUtc8(machine);
  let visible = byLine.flat();
  // 發布時間 over 更新時間 when the head gives both.
  // (Not a lone 更新時間 against the meta tag's time: a page may show only its last edit.)
  let shown = false;
  let earlier: FoundDate | undefined;
  if (visible.length) {
    const dates = byLine.flatMap((ds, i) => ds.filter((d) => !isUpdateTime(head[i] ?? '', d.index)));
    if (dates.length && visible.length > 1) visible = dates;
    const own = dates.find((d) => d.precision !== 'day');
    // The time the head shows, to the minute, over a meta tag's other time of the same day (a
    // template's time of its last edit, 最后更新: 09:27:48, or of the web copy: 09:10:42 for 09:05).
    shown = !!machine && !!own && own.iso.slice(0, 16) !== machine.slice(0, 16);
    // A meta tag's time within three days after the one the head shows to the minute is the
    // page's last edit (新浪: 2019年03月27日 17:39 shown, article:published_time 03-28 08:58).
    // (A meta tag's day alone is no moment to set against it: `<div itemprop="datePublished">
    // 2025年12月8日星期一</div>` under a header's clock, 2025年12月7日 4:34PM, the moment it was saved.)
    const ahead = own && machine.length > 10 ? Date.parse(machine) - Date.parse(own.iso) : NaN;
    // (Weeks after, where the head labels its time (日期：2025-02-26 11:54 under a PubDate of
    // 03-27): the system's copy of the page, not the story's publication.)
    if (
      shown &&
      ahead > 0 &&
      (ahead < EDIT_WITHIN || (ahead < LABELLED_EDIT_WITHIN && own !== undefined && labelledHere(own)))
    )
      earlier = own;
  }
  if (!visible.length) visible = head.flatMap((l) => labelledDate(l) ?? []);
  // (The time to the minute, over the day: unless the day is the one labelled as the story's and
  // the time another day's, a line of its text: 发布时间：2026-03-26 over 决赛时间：2026年3月28日8:30.)
  const first = visible[0];
  const day = first?.precision === 'day' && labelledHere(first) ? first.iso : '';
  let best = visible.find((d) => d.precision !== 'day' && d.iso.startsWith(day)) ?? first;
  // A day opening the story's first sentence (2019年2月27日下午，…) is the event's: a labelled
  // publication date under the story (发布日期： 2019-03-06) is the article's.
  // (So is the time the template's script sets, where nothing under it is labelled: WeChat's
  // `var ct = "1544012452"` against 2018年12月1日，一个我离队两周年的日子。)
  if (
    best &&
    !machine &&
    best.precision === 'day' &&
    byLine.some((ds, i) => ds[0] === best && opensProse(head[i] ?? ''))
  ) {
    const labelled = tail.map((l) => labelledDate(l)).find((d) => d);
    const script = labelled ? '' : scriptTime(input);
    if (script) return script;
    best = labelled ?? best;
  }
  let found = earlier?.iso ?? machine;
  // The page's visible line may be more precise than its meta tag (or the meta tag may be a date only).
  if (
    best &&
    (!machine || (best.iso.startsWith(machine.slice(0, 10)) && (best.iso.length > machine.length || shown)))
  )
    found = best.iso;
  if (found) found = madeBeforeEdit(found, [...head, ...tail]);
  // Shown to the minute: the template's script often holds the same moment to the second.
  if (/T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(found))
    return refineTime(found, scriptTimes(input.doc, input.tags.scripts));
  // The day in the header's `2013年6月29日‧星期六`, the time beside the headline: both.
  if (found.length === 10) {
    const clock = bareTime(input, head);
    if (clock.startsWith(found)) return clock;
  }
  if (found) return found;
  const stamped = cmsCommentDate(input.doc);
  if (stamped) return stamped;
  const script = scriptTime(input);
  if (script) return script;
  // 发布时间：10-08, 昨天 12:30: a time the page shows against the moment it was seen.
  if (input.seenAt !== undefined)
    for (const l of head) {
      const d = seenRelativeDate(l, input.seenAt);
      if (d) return d.iso;
    }
  const clock = bareTime(input, head);
  if (clock) return clock;
  if (seenOnly) return '';
  const end = tail.flatMap(ownDates);
  if (end.length) return end[end.length - 1]?.iso ?? '';
  // A labelled line anywhere on the page (`发布日期：…` under the article's footer).
  for (const p of input.paragraphs ?? []) {
    if (p.text.length > 80 || !/[期间間於于]/.test(p.text)) continue;
    const d = labelledDate(p.text);
    if (d) return d.iso;
  }
  for (const line of tail) {
    const issue = issueDate(line);
    if (issue) return issue;
  }
  return '';
}

/** The first publish time the page's inline scripts set, if any ('' when none). */
function scriptTime(input: PublishedInput): string {
  const script = scriptTimes(input.doc, input.tags.scripts)[0];
  if (!script) return '';
  const iso = parseMachineDate(script);
  // A date padded to midnight (`'2012-06-24 00:00:00'`) says only the day.
  return /T00:00(:00)?(Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso.slice(0, 10) : iso;
}

/** A magazine's issue: 《北京之春》1996年6月号, 《读书》2005年第3期. */
const ISSUE = /《[^》]{1,20}》\s*(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*[号號]|第\s*\d{1,3}\s*期)/;

/**
 * The month (or the year) of the issue that first printed the piece, credited under it
 * (——《北京之春》1996年6月号, 原载《读书》2005年第3期), to the precision the credit gives.
 */
export function issueDate(line: string): string {
  const m = line.includes('《') ? ISSUE.exec(line) : null;
  if (!m?.[1]) return '';
  const month = Number(m[2] ?? 0);
  if (month > 12) return '';
  return month ? `${m[1]}-${String(month).padStart(2, '0')}` : m[1];
}
