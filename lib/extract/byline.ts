/**
 * The visible info line: 來源/来源/稿源/出處, （中央社）, 本報訊, 記者/作者/文/本報記者 with
 * several names, 責任編輯/编辑. Pure string parsing; `metadata.ts` decides which lines to read.
 */
import { gluedAffiliationNames } from './affiliation';
import { slashDateline, withoutDateline } from './datelines';
import { readEditor } from './editor';
import { cleanNames, H, isOutletName, isSurnamedName, NAME, NOT_AN_OUTLET, OUTLET_END, SEP } from './names';
import {
  BARE_LEAD_RE,
  BARE_WIRE_RE,
  LEAD_OUTLET_RE,
  OPENING_BYLINE_RE,
  OUTLET_WRITERS_RE,
  OWN_PAPER,
  WIRE_LEAD_RE,
  WIRE_RE,
} from './dispatch-patterns';
import {
  datedDispatchOutlet,
  dispatchOpening,
  labelledSource,
  lendingOutlet,
  nameAfterSource,
  namesBeforeSource,
  namesOutlet,
  reportingOutlet,
  stationCredit,
} from './line-sources';
import { KEY_RE, KEY_WORD } from './byline-keys';
import { stripPhotoCredits } from './photo-credits';
import { hasCommonSurname, joinSpacedNames } from './surnames';
import { markedNames } from './affiliation';
import {
  ALT_BAR,
  ALT_SLASH,
  AUTHOR,
  DISPATCH,
  EDITOR,
  FACT,
  lineChars,
  OWN,
  PHOTO,
  REPORT,
  SLASH,
  SOURCE,
} from './line-chars';

export interface BylineFacts {
  source?: string;
  authors?: string[];
  editor?: string;
  /** The editor is credited as 責任編輯 (or 責編), which a plain 編輯 in another line does not outrank. */
  responsible?: boolean;
  /** A plain 編輯 credited in the same line as the 責任編輯. */
  alsoEditor?: string;
  /** 本報訊 / 本报讯: the source is the site's own paper. */
  ownPaper?: boolean;
  /** The outlet written before 記者 (聯合報 記者陳嘉寧): the source when no line names one. */
  reporterOutlet?: string;
  /**
   * The outlet whose own dispatch opens the story (1905电影网讯 …): the source after those, and
   * no sign of a metadata line (the story's text follows it).
   */
  opening?: string;
}

const BEFORE_REPORT_RE = new RegExp(
  `(?:^|\\d\\s+)((?:${NAME})(?:\\s+(?:${NAME}))*)\\s+(?:報導|报道|報道|报导)(?:\\s|$)`,
);

/** The brackets a wire or a bracketed byline opens a line with (WIRE_RE, the bracket pattern). */
const LINE_OPENERS = '（(【〔[';
/**
 * 生活中心／王小明報導, 中天新聞網／王小明 報導: a desk or an outlet, a slash, then the names before
 * 報導 (綜合報導 is none).
 */
const DESK_REPORT_RE = new RegExp(
  `(?:^|\\s)([${H}]{2,6}(?:中心|組|组)|(?:[${H}]\\s)?[${H}A-Za-z]{2,8}(?:報|报|社|網|网|台|臺))\\s*[/／╱]\\s*((?:${NAME})(?:${SEP}(?:${NAME}))*?)\\s*(?:報導|报道|報道|报导)(?:\\s|$)`,
);
/**
 * 梦晨 发自 凹非寺, 明敏 克雷西 发自 凹非寺: the writers and where they write from, the whole line,
 * spaced apart (他们发自内心 is prose).
 */
const SENT_FROM_RE = new RegExp(`^((?:${NAME})(?:\\s+(?:${NAME}))*)\\s+(?:发自|發自)\\s+[${H}]{2,8}$`);
/** `2004年7月16日08:19 [ 黄宇 ] 来源：`: a name in brackets right after the time. */
const AFTER_TIME_RE = new RegExp(
  `\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[[［]\\s*((?:${NAME})(?:\\s+(?:${NAME}))*)\\s*[\\]］]`,
);
/** 聯合報 記者, 环球时报驻美国特约记者: group 1 the outlet (its posting and rank left out). */
const OUTLET_BEFORE_REPORTER = new RegExp(
  `(?:^|[\\s·•【〔[（(])([${H}A-Za-z]{2,12}?)(?:[駐驻][${H}]{1,6}?)?(?:特約|特约|首席)?\\s*(?:[／/]\\s*)?(?:記者|记者|編譯|编译)`,
);

/**
 * The lines parsed since the page's extraction began (see forgetParsedLines): the same line is
 * asked about by the body, the junk finder and the metadata. At most MEMO_LINES are kept.
 */
const memo = new Map<string, BylineFacts>();
const MEMO_LINES = 256;

/** Start a page: parseBylineLine forgets the lines of the last one. */
export function forgetParsedLines(): void {
  memo.clear();
}

/**
 * Parse one short line of metadata. Empty object when the line holds none. The facts are shared
 * with later askers of the same line: never change them.
 */
export function parseBylineLine(line: string): BylineFacts {
  let facts = memo.get(line);
  if (facts === undefined) {
    facts = parseBylineUncached(line);
    if (memo.size < MEMO_LINES) memo.set(line, facts);
  }
  return facts;
}

function parseBylineUncached(line: string): BylineFacts {
  // (Full-width digits read as ASCII ones: 新华社科威特城６月１３日电（记者聂云鹏 王薇）.)
  if (/[０-９]/.test(line))
    line = line.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // (The presentation form of a colon, as 晴報 writes it: 記者︰脫芷晴.)
  if (line.includes('︰')) line = line.replace(/︰/g, '：');
  const facts = parseLine(line);
  // 作者：新京报: an outlet in the name's slot wrote the piece; it is no author.
  const outlets = facts.authors?.filter(isOutletName);
  if (outlets?.length && facts.authors) {
    facts.authors = facts.authors.filter((a) => !isOutletName(a));
    if (!facts.authors.length) delete facts.authors;
    facts.reporterOutlet = outlets[0];
  }
  // 聯合報 記者陳嘉寧／…, 新京报记者 张三: the outlet the reporter writes for (only with a name
  // after 記者: 据新华社记者报道 names nobody); or a photographer (新华社记者 李梦馨 摄), who is no
  // author, for the same outlet. (None beside a source: （華視新聞 記者王小明 台北報導）.)
  if (!facts.source && (facts.authors?.length || /[攝摄]/.test(line)) && /記者|记者|編譯|编译/.test(line)) {
    const outlet = OUTLET_BEFORE_REPORTER.exec(line)?.[1];
    if (outlet && OUTLET_END.test(outlet) && !/^(本報|本报|本刊|本台|本臺|本網|本网|本站)/.test(outlet))
      facts.reporterOutlet = outlet;
  }
  return facts;
}

/** A time before a bracketed dispatch: `2024-05-20 09:47 【文匯報訊】記者王小明`. */
const TIME_BEFORE_DISPATCH =
  /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?\s*(?=[【〔])/;

function parseLine(line: string): BylineFacts {
  const facts: BylineFacts = {};
  let chars = lineChars(line);
  if (!(chars & FACT)) return facts;
  // (The dispatch is read as if it opened the line; the time is the dates' to read.)
  const timed = TIME_BEFORE_DISPATCH.exec(line);
  if (timed) return parseLine(line.slice(timed[0].length));
  // Big5 pages decode their full-width slash as U+2215 (∕).
  let text = chars & ALT_SLASH ? line.replace(/[∕⁄]/g, '／') : line;
  if (chars & ALT_BAR) text = text.replace(/[丨︱]/g, '｜');
  if (chars & PHOTO) {
    const stripped = stripPhotoCredits(text);
    if (stripped !== text) {
      text = stripped;
      chars = lineChars(text);
      if (!(chars & FACT)) return facts;
    }
  }
  text = text.trim();
  // (方 敏 of 本报记者 王乐文 方 敏: one name.)
  if (chars & AUTHOR && text.length <= 70) text = joinSpacedNames(text);
  // ◎潘定澤, □刘雨蕾 (西安交通大学), ■王永文 李 斌: writers under a mark, alone on the line.
  const marked = markedNames(text);
  if (marked) return { authors: marked };
  // (Each pattern only where the characters it needs are: 編/编, 源/處/自, 記/作/文 …)
  if (chars & EDITOR) Object.assign(facts, readEditor(text));
  const labelled = chars & SOURCE ? labelledSource(text) : undefined;
  if (labelled) facts.source = labelled;
  // 来源：中国新闻网 王帆: the writer after the outlet (the byline's own key, when there is one, wins).
  const writer = labelled ? nameAfterSource(text) : undefined;
  if (writer) facts.authors = [writer];
  // (Or before it, after a bar: 金彧 宓迪 | 来源：新京报.)
  const writers = labelled && !writer ? namesBeforeSource(text) : undefined;
  if (writers) facts.authors = writers;
  if (chars & OWN && OWN_PAPER.test(text)) facts.ownPaper = true;
  // （本文由「工商時報」授權轉載）, 本文为百略网授权网易财经发布: the outlet that lent the piece.
  if (chars & OWN) facts.source ??= lendingOutlet(text);
  // 星島日報報道 opening the line: the outlet that reports.
  if (chars & REPORT) facts.source ??= reportingOutlet(text);
  // 中新网10月14日电, TNW中文站 10月14日报道: an outlet's dated dispatch, alone on its line.
  if (chars & (DISPATCH | REPORT)) facts.source ??= datedDispatchOutlet(text);
  // 1905电影网讯 以光影之名…: an outlet's own dispatch opening the story.
  if (chars & DISPATCH) {
    const opening = dispatchOpening(text);
    if (opening) facts.opening = opening;
  }
  const opened = LINE_OPENERS.includes(text[0] ?? ' ');
  // （中国南海新闻网 栾雨石）: the outlet and its writers.
  const pair = opened && text.length <= 40 ? OUTLET_WRITERS_RE.exec(text) : null;
  const pairNames = pair?.[2]?.split(/[、\s]+/) ?? [];
  if (pair?.[1] && isOutletName(pair[1]) && pairNames.every(hasCommonSurname))
    return { ...facts, source: facts.source ?? pair[1], authors: pairNames };
  const wire = opened ? WIRE_RE.exec(text) : null;
  if (wire?.[1]) facts.source ??= wire[1];
  // 【聯合晚報╱記者邱瓊平/台北報導】 〔記者施曉光、吳亮儀／台北報導〕 【王家俊／台北報導】
  // (Or the wire's credit without its brackets, opening the story: 中央社記者王小明台北20日電.)
  const bracket = opened
    ? /^[【〔[（(]\s*([^】〕\]）)]{2,60})[】〕\]）)]/.exec(text)
    : chars & DISPATCH
      ? BARE_WIRE_RE.exec(text)
      : null;
  if (bracket?.[1] && /(報導|报道|報道|报导|電|电|訊|讯|記者|记者|專稿|专稿)/.test(bracket[1])) {
    const inner = bracket[1];
    // 【明報專訊】, （大公報訊）, （新華社電）: the outlet's own dispatch names the outlet, and no one
    // in it.
    // (With the day between them, any name: 【大紀元2024年05月20日訊】.)
    const own = /^([^\s/／╱\d]{2,10}?)(\d{4}年\d{1,2}月\d{1,2}日)?(?:專訊|专讯|專電|专电|訊|讯|電|电)$/.exec(
      inner,
    );
    const paper = own?.[1];
    if (paper && (OUTLET_END.test(paper) || own[2]) && !/記者|记者/.test(paper)) {
      if (!NOT_AN_OUTLET.test(paper)) facts.source ??= paper;
      return reporterAfter(text.slice(bracket[0].length), facts);
    }
    const station = stationCredit(inner);
    if (station) {
      facts.source ??= station.station;
      facts.authors = station.names;
      return facts;
    }
    if (bracket[2]) facts.source ??= bracket[2];
    // (An outlet before any slash: 【聯合晚報╱記者…】, 【財訊快報／陳孟朔】.)
    const slashed = inner.split(/[╱／/]/);
    const parts = namesOutlet(slashed[0] ?? '') ? slashed : inner.split(/[╱]/);
    // (〔即時新聞／綜合報導〕 names a desk, not an outlet.)
    const outlet = parts.length > 1 && namesOutlet(parts[0] ?? '');
    if (outlet) facts.source ??= parts[0];
    // 【环球时报报道 记者 王小明】: the outlet that reports, then its reporter.
    if (!outlet) facts.source ??= reportingOutlet(inner);
    const who = (outlet ? parts.slice(1).join('╱') : inner).split(/[/／╱]/)[0] ?? '';
    // (Without 記者 the run before the day is the wire and the place: 中央社台北19日電.)
    const reporter = /記者|记者/.test(who);
    // (采访报导, 综合报导 after the name: how the reporter worked, not a name.)
    // (编译 after a name is the writer's work too: 【欧洲时报11月9日文耕编译】.)
    const named = (reporter ? who.replace(/.*?(記者|记者)/, '') : who).replace(
      /(?:采访|採訪|综合|綜合|编译|編譯)?(?:報導|报导|报道|報道)?$/,
      '',
    );
    const names = cleanNames(reporter ? withoutDateline(named) : named);
    // (A bare name after the outlet's slash has a common surname: 【中央社／台北】 names a place.)
    // (Without 記者, places and a day before 讯 are a dateline: （华盛顿、北京22日讯）.)
    const dateline = !reporter && /\d{1,2}日(?:專|专)?(?:電|电|訊|讯)$/.test(inner);
    if (names.length && !dateline && (reporter || !outlet || names.every(hasCommonSurname)))
      facts.authors = names;
    // (A dateline naming no outlet is the paper's own dispatch, as 本報訊 is: （吉隆坡1日讯）.)
    if (dateline && !outlet && /(?:訊|讯)$/.test(inner)) facts.ownPaper = true;
    return dateline ? reporterAfter(text.slice(bracket[0].length), facts) : facts;
  }
  // 新华社巴黎12月9日电（记者唐霁）法国9日……: the wire's dateline opening the story names the reporter.
  const lead =
    chars & DISPATCH &&
    /(?:[電电訊讯]|消息)\s*[（(]\s*[^（()）]{0,2}(?:記者|记者|編譯|编译|通訊員|通讯员)/.test(text)
      ? WIRE_LEAD_RE.exec(text)
      : null;
  if (lead?.[2]) {
    const names = cleanNames(lead[2]);
    if (names.length) facts.authors = names;
    const outlet = LEAD_OUTLET_RE.exec(lead[1] ?? '')?.[1];
    if (outlet) facts.reporterOutlet ??= outlet;
    return facts;
  }
  // 人民网北京11月24日电 （闫妍、陈子源）今天…: names alone in the brackets, each with a common surname.
  const bare = chars & DISPATCH && /\d日(?:專|专)?[電电]\s*[（(]/.test(text) ? BARE_LEAD_RE.exec(text) : null;
  if (bare?.[1]) {
    const names = bare[1].split(/[、，,\s]+/);
    if (names.every(isSurnamedName)) return { authors: names };
  }
  // In running prose, 本報記者 is a pronoun ("本报记者在广汽…"): only short lines hold bylines.
  // (But for the outlet's reporters set apart by spaces at its start: 经济观察网 记者 李华清 6月11日….)
  if (text.length > 70) {
    const opening = chars & AUTHOR ? OPENING_BYLINE_RE.exec(text) : null;
    const f = opening ? parseLine(opening[0].trim()) : facts;
    return f.authors?.every(hasCommonSurname) ? f : facts;
  }
  const sent = chars & SOURCE && text.length <= 30 ? SENT_FROM_RE.exec(text) : null;
  if (sent?.[1]) {
    const names = cleanNames(sent[1]);
    if (names.length) facts.authors = names;
    return facts;
  }
  const key = chars & AUTHOR && KEY_WORD.test(text) ? KEY_RE.exec(text) : null;
  // （作者：方敏北京大学经济学院教授）: the name, without the affiliation it is glued to.
  const affiliated = !key?.[1] && chars & AUTHOR ? gluedAffiliationNames(text) : null;
  if (key?.[1]) {
    const names = cleanNames(key[1]);
    // A name written right against its key (记者张三) starts with a surname: 记者了解到, 记者昨日获悉
    // and 记者观察 are prose or a column's name.
    const glued = /[\u4e00-\u9fff]$/.test(key[0].slice(0, key[0].length - key[1].length));
    if (names.length && !(glued && !hasCommonSurname(names[0] ?? ''))) facts.authors = names;
  } else if (affiliated) {
    facts.authors = affiliated;
  } else {
    // "彭佳芸 黃翊真 報導": names right before 報導/报道 (after a time or at the start).
    const before =
      text.includes('報導') || text.includes('报道') || text.includes('报导')
        ? BEFORE_REPORT_RE.exec(text)
        : null;
    // (After a desk, names with a common surname, three characters when one: 地方中心／桃園報導 is a place.)
    const deskLine = chars & SLASH ? DESK_REPORT_RE.exec(text) : null;
    const desk = cleanNames(deskLine?.[2] ?? '');
    const named = desk.every(hasCommonSurname) && (desk.length > 1 || (desk[0]?.length ?? 0) >= 3);
    // (An outlet for a desk reports: 中天新聞網／王小明 報導.)
    // (A name spaced apart after its first character, `壹 蘋新聞網／…`, is one name.)
    if (named && desk.length && deskLine?.[1] && !/(?:中心|組|组)$/.test(deskLine[1]))
      facts.reporterOutlet = deskLine[1].replace(/\s/, '');
    const who = before?.[1] ?? (chars & SLASH ? slashDateline(text) : undefined);
    const names = named ? desk : cleanNames(who ?? '');
    if (names.length) facts.authors = names;
    else {
      // (No key word vouches for a bracketed name: each must start with a common surname.)
      const bracketed = text.includes(':') ? AFTER_TIME_RE.exec(text) : null;
      const who = cleanNames(bracketed?.[1] ?? '');
      if (who.length && who.every(hasCommonSurname)) facts.authors = who;
    }
  }
  return facts;
}

/**
 * The reporter right after a dispatch's brackets (【大公報訊】記者王小明報道：, （新山20日讯）报道：林明华),
 * or another outlet's in brackets (【大纪元…讯】（新纪元周刊记者李佳采访报导）), added to `facts`.
 */
function reporterAfter(rest: string, facts: BylineFacts): BylineFacts {
  rest = rest.trim();
  if (/^(?:[（(][^（()）]{0,10}?)?(?:記者|记者)|^(?:報導|报道)\s*[:：]/.test(rest)) {
    const after = parseLine(rest.slice(0, 40));
    if (after.authors) facts.authors = after.authors;
  }
  return facts;
}
