/**
 * A page whose body reads as a digest of other stories (summaries cut short, stamped with their
 * times, or each under its own dispatch): a home or section page, however much prose it holds.
 */
import { isWhiteSpace } from './text-facts';

/**
 * A summary cut short (..., .., a lone …, WordPress's […]), its time after it or not: `…國民黨主席，
 * 並..(12/13 13:32)`, or a link to the rest (… 全文, …[詳細], ...more). (Not ……: prose that trails off.)
 */
export const CUT_SHORT =
  /(?:\.{2,}|．{2,}|(?<!…)…|\[\s*(?:…|\.{3})\s*\])\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:[[【]?\s*(?:全文|詳細|详细|詳情|详情|更多|(?:閱讀|阅读|查看)全文|(?:[Rr]ead\s*)?[Mm]ore|MORE)\s*[\]】>»]*)?\s*$/;
/** A time stamp closing the line: `(15:11)`, `(12/13 13:32)`. */
export const STAMPED = /[(（]\s*(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\s+)?\d{1,2}:\d{2}\s*[)）]\s*$/;
/** A dispatch's own opening: `【楊靜茹╱南投報導】`, `〔記者王鼎鈞／台北報導〕`, `（星島日報報道）`. */
export const DISPATCH_OPENER = /^[【〔［[（(]\s*[^】〕］\]）)]{0,24}(?:報導|报道|報道|报导)\s*[】〕］\]）)]/;
/** A flash's headline in brackets and its dispatch: `【苹果撤下AI字样】《科创板日报》23日讯，…`. */
export const FLASH_OPENER =
  /^【[^】]{6,60}】\s*(?:《[^》]{2,12}》|[\u4e00-\u9fff]{2,10})?\s*(?:\d{1,2}月)?\d{1,2}日(?:讯|訊|电|電|消息)/;
/** The characters DISPATCH_OPENER's line opens with. */
export const OPENS_DISPATCH: ReadonlySet<number> = new Set([0x3010, 0x3014, 0xff3b, 0x5b, 0xff08, 0x28]);

/** The last characters of CUT_SHORT's link to the rest (全文, 詳細, 详情, 更多, more, MORE, ], 】, >, »). */
const READ_MORE_LAST: ReadonlySet<number> = new Set(
  Array.from('文細细情多eE]】>»', (ch) => ch.charCodeAt(0)),
);

/** Bits of lineEnd: the patterns a line's end may match. */
export const CUT = 1;
export const STAMP = 2;

/**
 * Which of CUT_SHORT and STAMPED the line's last character (before any whitespace) lets match:
 * a dot or an ellipsis ends a cut summary, a closing bracket both (the time after a summary).
 */
export function lineEnd(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && isWhiteSpace(line.charCodeAt(i))) i--;
  const c = line.charCodeAt(i);
  if (c === 0x29 || c === 0xff09) return CUT | STAMP; // ) ）
  // (Or a link to the rest after the cut: … 全文, ...[詳細].)
  return c === 0x2e || c === 0xff0e || c === 0x2026 || READ_MORE_LAST.has(c) ? CUT : 0; // . ． …
}

/**
 * A home or section page whose body reads as a digest: five summaries or more cut short (a
 * third of the lines), or stamped with their time (a fifth), or five stories or more each
 * opening with its own dispatch or a flash's headline and dispatch (one article opens with one).
 */
export function isDigest(lines: readonly string[]): boolean {
  return digestWeight(lines) < 0;
}

/**
 * isDigest's weight as a detection signal: -4.5, or -6.5 where a dozen summaries or more cut short
 * make half the body (a section page of a hundred teasers, whatever else it shows of an article:
 * og:type article, a headline its <title> confirms, reporters named in its summaries); 0 for none.
 */
export function digestWeight(lines: readonly string[]): number {
  let cut = 0;
  let stamped = 0;
  const openers = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // (Each pattern only where the line can match it: most lines of a story end with 。 and
    // open with a word, and none of the three is tried. The end's tests on the end alone.)
    const ends = lineEnd(line);
    if (ends) {
      const end = line.slice(-32);
      if (ends & CUT && line.length >= 20 && CUT_SHORT.test(end)) cut++;
      if (ends & STAMP && STAMPED.test(end)) stamped++;
    }
    if (OPENS_DISPATCH.has(line.charCodeAt(0)) && (DISPATCH_OPENER.test(line) || FLASH_OPENER.test(line)))
      openers.add(line.slice(0, 20));
  }
  const n = lines.length;
  if (cut >= 12 && cut * 2 >= n) return -6.5;
  // (A dozen or more cut short among a blurb's lines of meta each: a book site's front page.)
  return (cut >= 5 && cut * 3 >= n) ||
    (cut >= 12 && cut * 5 >= n) ||
    (stamped >= 5 && stamped * 5 >= n) ||
    openers.size >= 5
    ? -4.5
    : 0;
}
