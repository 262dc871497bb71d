/**
 * A short line under the root that only carries metadata (date, source, byline, editor, staff
 * credits, a post's counters, an account's line): read by the metadata, left out of the body and
 * never counted as junk.
 */
import { parseBylineLine } from './byline';
import { findDates } from './dates';
import { onlyRelativeTime } from './shown-dates';
import { punctuationCount } from './dom';
import { stripGlosses } from '../text/gloss';
import { LINE_WIDGETS } from './short-junk';

/** A short line that only carries metadata (date, source, byline, editor). */
const EDITOR_LABEL = /^[[【（(]?\s*(責任編輯|责任编辑|編輯|编辑|責編|责编)\s*[:：]/;
/** Other staff credits on a short line of their own (校对：王五, 监制：孙七, 出品：新华社, 摄影：李四). */
const STAFF_LABEL =
  /^[[【（(]?\s*(校对|校對|审核|審核|终审|終審|监制|監製|出品|制作|製作|策划|策劃|统筹|統籌|值班编辑|值班編輯|摄影|攝影|摄像|攝像)\s*[:：|｜/／]\s*\S/;

/** Does the line name a source or the paper itself (what parseBylineLine reports as such)? */
function hasSourceFacts(t: string): boolean {
  const f = parseBylineLine(t);
  return !!(f.source || f.ownPaper);
}

/** A desk's credit that names no one: 社會中心／綜合報導, 綜合外電報導, 生活中心／台北報導. */
const DESK_CREDIT =
  /^[[【〔（(]?\s*(?:(?:[\u4e00-\u9fff]{2,8}(?:中心|組|组|部)\s*[/／╱]\s*)?(?:綜合|综合)(?:外電|外电)?|[\u4e00-\u9fff]{2,8}(?:中心|組|组|部)\s*[/／╱]\s*[\u4e00-\u9fff]{2,4})(?:報導|报道|報道|报导)\s*[）)】〕\]]?$/;

const ORIGINAL_TITLE = /^[[【（(]?\s*(?:原标题|原標題|原题|原題)\s*[:：]/;

/** A post's counter (阅读(1660), 評論：5, 瀏覽次數：120, 0 条评论, 237次阅读). */
const POST_COUNTER =
  /(?:阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊|人气|人氣)(?:次数|次數|数|數)?\s*[(（:：]\s*\d+|\d\s*(?:次|条|條|人)\s*(?:阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊)/;

/** The author's affiliation under the story, in brackets or after a mark: （作者系北京师范大学教育学部副教授）, ※作者為《上報》總主筆. */
const AUTHOR_BIO =
  /^(?:[（(]\s*作者\s*(?:系|为|為|係|是|現為|现为|现任|現任)[^（()）]{2,80}[）)]|[※＊*]\s*作者\s*(?:系|为|為|係|是|現為|现为|现任|現任)[^。！？]{2,60}[。]?)$/;

/**
 * The original a translation credits (编译自：《卫报》，Google and the future of search…) and the
 * writer's note under the story (【作者简介】贾森·庞廷是…主编。).
 */
const ORIGINAL_CREDIT =
  /^[[【（(]?\s*(?:(?:编译|編譯)(?:自|来源|來源)|(?:译|譯)自|原文(?:出处|出處)|(?:作者|作家)(?:简介|簡介))\s*[】\]）)]?\s*[:：]?\s*\S/;

/** An outlet's account, as a post's credit gives it (量子位 | 公众号 QbitAI). */
const ACCOUNT_LINE =
  /^[^\s|｜]{2,16}\s*[|｜]\s*(?:微信)?(?:公众号|公眾號|微信号|微信號)\s*[:：]?\s*[A-Za-z0-9_-]{2,30}$/;

/**
 * Who helped report it, as the last line credits them (戴维•基奥恩(David Keohane)巴黎补充报道, 实习生
 * 张三对本文亦有贡献): the writers' colleagues, not the story's text.
 */
const CONTRIBUTORS =
  /^[[【（(]?[^。！？]{2,80}(?:补充报道|補充報導|補充報道|补充报导|(?:对|對)(?:本文|此文)(?:亦|也)?有(?:贡献|貢獻))[。.]?[】\]）)]?$/;

const SENT_FROM = /^(?:發佈於|發布於|发布于|IP\s*属地|IP\s*屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,10}$/i;

/** A reprint's credit opening the line (本文来自, 本文轉載自). */
const REPRINT_OPENER = /^(?:本文|此文|文章)(?:来自|來自|转载自|轉載自|转自|轉自|原载于|原載於)/;

/** A sentence's end with more of the line after it. */
export const SENTENCE_THEN = /[。！？][^。！？]*[^\s。！？]/;

export function isMetaLine(text: string, stripped?: string): boolean {
  if (text.length > 300) return false;
  const t = (stripped ?? stripGlosses(text)).trim();
  if (t.length > 90) return false;
  if (ORIGINAL_CREDIT.test(t)) return true;
  // (The page's time as a platform shows it: 1天前, 刚刚.)
  if (onlyRelativeTime(t)) return true;
  // From 60 characters on, only the date and editor-label tests below can say yes, and a
  // sentence comma rules out the first: a line of prose needs no byline parse.
  if (t.length >= 60 && /[。，]/.test(t)) return EDITOR_LABEL.test(t) && !hasSourceFacts(t);
  const f = parseBylineLine(t);
  if (f.editor && t.length < 40) return true;
  // (Not a sentence of the story closed by the credit of what it quotes: …接受组织调查。（来源：中国经济网）.)
  // (A reprint's credit may quote its account and run on: 本文来自微信公众号 “字母榜”（ID：wujicaijing），
  // 作者：彦飞，36氪经授权发布。)
  if (f.source || f.ownPaper)
    return (
      (t.length < 60 || REPRINT_OPENER.test(t)) &&
      (punctuationCount(t.replace(/[:：]/g, '')) <= 3 || REPRINT_OPENER.test(t)) &&
      !SENTENCE_THEN.test(t)
    );
  // (Or an outlet where the writer's name goes: 圖文／CTWANT.)
  if ((f.authors || f.reporterOutlet) && t.length < 40 && !/[。！？]/.test(t)) return true;
  // (However long, where the line opens with the writer's label: 作者：…执行院长王文、…副研究员王鹏.)
  if (f.authors && /^[（(【]?\s*(?:作者|撰文)\s*[:：]/.test(t) && !/[。！？]/.test(t)) return true;
  const dates = findDates(t);
  if (
    dates.length &&
    t.replace(LINE_WIDGETS, '').replace(/[\d\s:：\-/.年月日時时分秒]/g, '').length < 16 &&
    !/[。，]/.test(t)
  )
    return true;
  // A post's footer: its counters beside its time or author (作者:… 阅读(1660) 评论(5) 发表于:…).
  if ((dates.length || f.authors) && !/[。！？]/.test(t) && POST_COUNTER.test(t)) return true;
  if (EDITOR_LABEL.test(t)) return true;
  // A byline's labels as a screen reader reads them (BBC: Author, 李雨梦 / Role, BBC中文记者).
  if (t.length < 40 && /^(?:Author|Role)\s*,\s*\S/.test(t)) return true;
  // Where the post was sent from, as platforms show it (发布于：北京市, IP属地：广东).
  if (t.length < 24 && SENT_FROM.test(t)) return true;
  if (t.length < 50 && ACCOUNT_LINE.test(t)) return true;
  if (AUTHOR_BIO.test(t)) return true;
  if (t.length < 40 && STAFF_LABEL.test(t) && !/[。！？]/.test(t)) return true;
  if (t.length < 30 && DESK_CREDIT.test(t)) return true;
  // The headline the story first ran under (原标题：…), as reprints note it.
  if (ORIGINAL_TITLE.test(t)) return true;
  if (CONTRIBUTORS.test(t)) return true;
  // A credit for pictures or data (not the article's source, but not its text either).
  return (
    t.length < 60 &&
    (/^[[【（(]?\s*(圖片|图片|照片|相片|影片|資料|资料|數據|数据|題圖|题图|視頻|视频)(來源|来源|提供)\s*[:：]/.test(
      t,
    ) ||
      // 图/视觉中国, 圖｜中央社
      /^[[【（(]?\s*(圖|图)\s*[/／|｜]\s*[^\s/／|｜]{2,16}\s*[）)】\]]?$/.test(t))
  );
}

/** A post's count of reads (6318 次阅读, 阅读(1660), 瀏覽：120). */
const READ_COUNT =
  /\d\s*(?:次|人)?\s*(?:阅读|閱讀|浏览|瀏覽|点击|點擊)|(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:次数|次數|数|數|量)?\s*[(（:：]\s*\d/;

/** Who posted it, and when: 发布于, 發表於. */
const POSTED = /(?:发布|發佈|發布|发表|發表)(?:于|於)/;

/**
 * How many short lines give who posted a post, its time and its count of reads (`youyoulan发布于
 * 2012-04-23 18:06:40 | 1101 次阅读`): one is an article's info line, many a list of posts. (Not
 * a sidebar's popular stories, `2024年11月11日 • 8550次阅读`, which name no poster.)
 */
export function postLines(paragraphs: readonly { text: string }[]): number {
  let n = 0;
  for (const { text } of paragraphs)
    if (
      text.length < 80 &&
      /[阅閱浏瀏点點]/.test(text) &&
      POSTED.test(text) &&
      READ_COUNT.test(text) &&
      findDates(text).length
    )
      n++;
  return n;
}

/** An answer's footer on a Q&A platform: when, then its comments (发布于 2014-08-18 31 条评论 感谢 分享). */
const ANSWER_FOOTER =
  /^(?:发布于|發佈於|發布於|编辑于|編輯於)\s*\S{0,4}\d[^\n]{0,30}?(?:\d+\s*(?:条|條)\s*(?:评论|評論)|添加评论|添加評論)/;

/**
 * How many lines close an answer as a Q&A platform does (`发布于 2014-08-18 31 条评论 感谢 分享 收藏`,
 * `编辑于 2015-02-15 添加评论`): one closes a post, several a page of answers.
 */
export function answerFooters(paragraphs: readonly { text: string }[]): number {
  let n = 0;
  for (const { text } of paragraphs) if (text.length < 120 && ANSWER_FOOTER.test(text)) n++;
  return n;
}

/** A label alone on its line, its value on the next (a table's cells: 发布机构： | 宜春市统计局). */
const LABEL_ALONE =
  /^(?:来源|來源|稿源|出处|出處|发布机构|發布機構|发文机关|發文機關|作者|记者|記者|责任编辑|責任編輯)\s*[:：]$/;

/**
 * Each label alone among lines[from, to) joined to the line after it (索 引 号：, its spaces out):
 * `发布机构：宜春市统计局`, as a line that holds both reads.
 */
export function labelledPairs(lines: readonly { text: string }[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < to && i + 1 < lines.length; i++) {
    const label = (lines[i] as { text: string }).text.replace(/\s+/g, '');
    if (label.length <= 8 && LABEL_ALONE.test(label))
      out.push(label + (lines[i + 1] as { text: string }).text);
  }
  return out;
}
