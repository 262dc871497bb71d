/**
 * Marked sections of a news text: a marker at the start of a line (【事件1】, 一、, （二）, 3、, 3.,
 * 事件二：)
 * and its heading — the rest of the marker line when it is short, else the short line
 * just before it (a bold heading above the marked paragraph).
 */
import type { Span } from '../analysis.ts';
import { cnDigit } from './numerals.ts';

export interface Line extends Span {
  text: string;
}

export interface Section {
  marker: string;
  heading: string;
  /** Offset of the marker. */
  start: number;
  /** Offset just past the marker. */
  markerEnd: number;
  /** Where the next section begins (or the text ends). */
  end: number;
}

const MAX_HEADING = 40;
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '，', ',', '：', ':']);

/** The lines of `text` with their offsets, leading and trailing spaces trimmed. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  // (From line break to line break by indexOf: a loop over every character ran in the
  // interpreter the first time, a few ms on a long page.)
  for (let s = 0; s <= text.length;) {
    const nl = text.indexOf('\n', s);
    const i = nl < 0 ? text.length : nl;
    let a = s;
    let b = i;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ start: a, end: b, text: text.slice(a, b) });
    s = i + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
}

function isCnNumeralRun(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (const ch of s) if (cnDigit(ch) < 0 && ch !== '十') return false;
  return true;
}

/** The marker at the start of `line`, or ''. */
export function markerOf(line: string): string {
  const c0 = line[0];
  if (c0 === '【' || c0 === '[') {
    const close = line.indexOf(c0 === '【' ? '】' : ']');
    // (An editor's label heads no section: 【编前语】, 【編者按】, 【导读】; nor does a dispatch's
    // credit: 【財訊快報／陳孟朔】, 【明報專訊】.)
    const label = line.slice(1, close);
    if (close > 1 && close <= 12 && !EDITORIAL.test(label) && !CREDIT.test(label))
      return line.slice(0, close + 1);
    return '';
  }
  if (c0 === '（' || c0 === '(') {
    const close = line.indexOf(c0 === '（' ? '）' : ')');
    if (close > 1 && close <= 4 && isCnNumeralRun(line.slice(1, close))) return line.slice(0, close + 1);
    return '';
  }
  const dun = line.indexOf('、');
  if (dun > 0 && dun <= 3) {
    const head = line.slice(0, dun);
    if (isCnNumeralRun(head) || /^[0-9]{1,2}$/.test(head)) return line.slice(0, dun + 1);
  }
  // 1. and 1．before a heading (not 1.5%); 事件二：, 要闻3：, 案例一：.
  return NUMBERED.exec(line)?.[0] ?? NAMED.exec(line)?.[0] ?? '';
}

const NUMBERED = /^\d{1,2}[.．](?![\d.．])/;
/** What an editor's note is labelled (in brackets before it), not a section's marker. */
const EDITORIAL =
  /^\s*(?:编前语|編前語|编者按|編者按|编者的话|編者的話|编后语|編後語|导读|導讀|摘要|提要|纠错|糾錯)\s*$/;
/** A dispatch's credit in brackets: a slash between outlet and reporter, or 報導, 訊, 電 closing it. */
const CREDIT = /[／/╱]|(?:報導|报道|報道|訊|讯|電|电)$/;
const NAMED =
  /^(?:事件|大事|要闻|要聞|案例|看点|看點|亮点|亮點|热点|熱點|关键词|關鍵詞)(?:[一二三四五六七八九十]{1,3}|\d{1,2})[：:]/;

function isHeadingLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING) return false;
  return !SENTENCE_END.has(line[line.length - 1] as string) && markerOf(line) === '';
}

/** The marked sections of `text`, in order. */
export function findSections(text: string): Section[] {
  const lines = linesOf(text);
  const sections: Section[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const marker = markerOf(line.text);
    if (!marker) continue;
    const rest = line.text.slice(marker.length).trim();
    let heading = '';
    let start = line.start;
    if (rest.length > 0 && isHeadingLine(rest) && !rest.includes('。')) heading = rest;
    else if (k > 0 && isHeadingLine((lines[k - 1] as Line).text)) heading = (lines[k - 1] as Line).text;
    else if (rest.length === 0 && k + 1 < lines.length && isHeadingLine((lines[k + 1] as Line).text))
      heading = (lines[k + 1] as Line).text;
    if (sections.length > 0) (sections[sections.length - 1] as Section).end = start;
    start = line.start;
    sections.push({ marker, heading, start, markerEnd: line.start + marker.length, end: text.length });
  }
  return sections;
}
