/**
 * Labels that open a page's lines and tell what kind of page it is: a blog's archive by month, a
 * government document's record, a paper's parts. One pass over the paragraphs; each pattern is
 * tried only on a line whose first character can start it.
 */
import type { Paragraph } from './paragraphs';

/** A blog's archive by month, with its count of posts: `2006年12月(5)`, `2006-12 (5)`. */
const MONTH_ARCHIVE = /^\d{4}\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2})\s*[(（]\d+[)）]$/;

/**
 * A day's heading over a feed's items, with its weekday (12月16日·周一, 2024-12-16 星期一). A feed
 * of flashes runs newest first, a day's heading over each day's; a calendar of the week to come
 * (下周财经日历: 4月22日 周一 …) runs forward, and is an article.
 */
const DAY_HEADING =
  /^(?:\d{4}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[·・,，]?\s*(?:周|星期|週|禮拜|礼拜)[一二三四五六日天]$|^\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\s*[·・]?\s*(?:周|星期|週)[一二三四五六日天]$/;

/** Labels of a government document's record (政府信息公开: 索引号, 发文机关, 成文日期, 发文字号 …). */
const DOCUMENT_LABEL =
  /^(?:索\s*引\s*[号號]|[发發]\s*文\s*[机機]\s*[关關]|成\s*文\s*日\s*期|[发發]\s*文\s*字\s*[号號]|主\s*[题題]\s*分\s*[类類])/;
const DOCUMENT_FIRST = new Set([...'索发發成主'].map((c) => c.charCodeAt(0)));

/** Labels of a paper: 摘要, 关键词, 参考文献, Abstract, Keywords, DOI. */
const PAPER_LABEL =
  /^(?:摘\s*要|[关關][键鍵](?:[词詞]|字)|[参參]考文[献獻]|Abstract|Keywords|DOI)(?=\s|[:：]|$)/;
const PAPER_FIRST = new Set([...'摘关關参參AKD'].map((c) => c.charCodeAt(0)));

export interface LineLabels {
  /** Lines of a month archive (counted up to 3). */
  months: number;
  /** Days' headings with their weekday, each of a day before the last one's (counted up to 2). */
  daysBack: number;
  /** Different labels of a document's record, and of a paper. */
  document: number;
  paper: number;
}

export function lineLabels(paragraphs: readonly Paragraph[]): LineLabels {
  let months = 0;
  let daysBack = 0;
  let lastDay = Infinity;
  const document = new Set<string>();
  const paper = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const t = (paragraphs[i] as Paragraph).text;
    const c = t.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) {
      if (months < 3 && t.length <= 20 && MONTH_ARCHIVE.test(t)) months++;
      const day = daysBack < 2 && t.length <= 24 ? DAY_HEADING.exec(t) : null;
      if (day) {
        const n = Number(day[1] ?? day[3]) * 32 + Number(day[2] ?? day[4]);
        if (n < lastDay && lastDay !== Infinity) daysBack++;
        lastDay = n;
      }
    } else if (DOCUMENT_FIRST.has(c)) {
      const m = DOCUMENT_LABEL.exec(t);
      if (m) document.add(m[0].replace(/\s+/g, ''));
    }
    if (PAPER_FIRST.has(c)) {
      const m = PAPER_LABEL.exec(t);
      if (m) paper.add(m[0]);
    }
  }
  return { months, daysBack, document: document.size, paper: paper.size };
}
