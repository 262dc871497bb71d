/**
 * Garbled spans: places where the page's text was damaged by a bad re-encoding or a crawler,
 * so a figure or date inside or beside them cannot be trusted. Pure: string in, spans out.
 *
 * Signals: U+FFFD, private-use characters, `?` glued between hanzi/digits, a pinyin gloss
 * after a non-hanzi (`F(xiàn)`), an orphan gloss whose `(` was lost (`?wù)`), and a stray
 * Latin letter between hanzi (outside common compounds such as A股, X光, T恤).
 */
import type { Span } from '../analysis';
import { glossSpans, isHanziCode, isPinyinCode, isPinyinSyllable, type Gloss } from './gloss';

/** Characters after a single Latin letter that make a real word (A股, B超, C位, K線 …). */
const LETTER_COMPOUND = new Uint8Array(0x10000);
for (const c of '股超光恤線线盤盘型級级類类字檔档版站區区照證证位點点罩肝調调族咖卡端')
  LETTER_COMPOUND[c.charCodeAt(0)] = 1;

/** U+FFFD or a private-use character (one UTF-16 code unit; NaN is not). */
const isGarbleCode = (c: number): boolean => c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff);
const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTightCode = (c: number): boolean => isHanziCode(c) || isLatinCode(c) || (c >= 48 && c <= 57);

const HANZI = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/**
 * Candidates, found by one regex: `?`, U+FFFD, private-use characters; a Latin letter between
 * a hanzi (or a garbled character) and a hanzi; a `)` whose nearest parenthesis in the 8
 * characters before it is not a `(` (most `)` close a whole gloss or ordinary parentheses).
 * Each starts with its own character, so the engine skips the others at once.
 */
const CANDIDATES = new RegExp(
  `[?\\ufffd\\ue000-\\uf8ff]|[A-Za-z](?<=[${HANZI}\\ufffd\\ue000-\\uf8ff][A-Za-z])(?=[${HANZI}])|\\)(?<!\\([^()]{0,7}\\))`,
  'g',
);

/**
 * The `)` that CANDIDATES finds (the nearest parenthesis in the 8 characters before is not a
 * `(`), by a search for the character and a look back: where the text holds no other candidate.
 */
function closeCandidates(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(')'); i >= 0; i = text.indexOf(')', i + 1)) {
    let j = i - 1;
    while (j >= 0 && j >= i - 8 && text.charCodeAt(j) !== 40 && text.charCodeAt(j) !== 41) j--;
    if (!(j >= 0 && j >= i - 8 && text.charCodeAt(j) === 40)) out.push(i);
  }
  return out;
}

/**
 * Raw signal spans, unmerged. `glosses`: the text's glosses as glossSpans gives them; `odd`:
 * false when the text is known to hold no `?`, U+FFFD, private-use or compatibility character
 * and no Latin letter between hanzi (textFacts), so that only a `)` can be a candidate.
 */
function signals(text: string, glosses: readonly number[], odd: boolean): Span[] {
  const out: Span[] = [];
  // (Inside a gloss there are no candidates.)
  const closes = odd ? null : closeCandidates(text);
  CANDIDATES.lastIndex = 0;
  for (let k = 0; ; k++) {
    let i: number;
    if (closes) {
      if (k >= closes.length) break;
      i = closes[k] as number;
    } else {
      const m = CANDIDATES.exec(text);
      if (!m) break;
      i = m.index;
    }
    const c = text.charCodeAt(i);
    // Past either end, charCodeAt gives NaN: no character, no signal.
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (c === 41) {
      const orphan = orphanGloss(text, i);
      if (orphan) out.push(orphan);
    } else if (isGarbleCode(c)) out.push({ start: i, end: i + 1 });
    else if (c === 63) {
      if ((isHanziCode(prev) && isTightCode(next)) || (isTightCode(prev) && isHanziCode(next))) {
        out.push({ start: i, end: i + 1 });
      }
    } else if ((isHanziCode(prev) || isGarbleCode(prev)) && isHanziCode(next)) {
      if (!LETTER_COMPOUND[next] && !isLatinCode(text.charCodeAt(i + 2))) {
        out.push({ start: i, end: i + 1 });
      }
    }
  }
  // A gloss after a character that is not a hanzi: a character was lost there.
  for (let i = 0; i < glosses.length; i += 2) {
    const start = glosses[i] as number;
    if (!isHanziCode(text.charCodeAt(start - 1)))
      out.push({ start: start - 1, end: glosses[i + 1] as number });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start || a.end - b.end) : out;
}

/** An orphan gloss ending at `close`: `wù)` with no `(` — the parenthesis was eaten with a character. */
function orphanGloss(text: string, close: number): Span | null {
  let from = close;
  while (from > 0 && close - from < 7 && isPinyinCode(text.charCodeAt(from - 1))) from--;
  // (Before the start, charCodeAt gives NaN: no character.)
  const before = text.charCodeAt(from - 1);
  if (from === close || close - from > 6 || before === 40 /* ( */) return null;
  if (!isPinyinSyllable(text.slice(from, close), false)) return null;
  if (from > 0 && !(isHanziCode(before) || before === 63 /* ? */ || isGarbleCode(before))) return null;
  return { start: before === 63 ? from - 1 : from, end: close + 1 };
}

/**
 * Garbled spans in `text`, merged when closer than `gap` characters. Pass `glosses` (exactly
 * findGlosses(text)) when you already have them.
 */
export function findGarbled(text: string, gap = 3, glosses?: Gloss[]): Span[] {
  return findGarbledAt(text, gap, glosses ? glosses.flatMap((g) => [g.start, g.end]) : glossSpans(text));
}

/**
 * findGarbled with the text's glosses as glossSpans(text) gives them. `odd`: textFacts(text).odd,
 * when known (false lets the search skip the candidates that need an odd character).
 */
export function findGarbledAt(text: string, gap: number, glosses: readonly number[], odd = true): Span[] {
  const merged: Span[] = [];
  for (const s of signals(text, glosses, odd)) {
    const last = merged[merged.length - 1];
    if (last && s.start - last.end < gap) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Does [start, end) touch a garbled span (inside, overlapping or within `near` characters)? */
export function touchesGarbled(span: Span, garbled: readonly Span[], near = 1): boolean {
  return garbled.some((g) => span.start < g.end + near && g.start - near < span.end);
}
