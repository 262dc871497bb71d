/**
 * Garbled spans: places where the page's text was damaged by a bad re-encoding or a crawler,
 * so a figure or date inside or beside them cannot be trusted. Pure: string in, spans out.
 *
 * Signals: U+FFFD, private-use characters, `?` glued between hanzi/digits, a pinyin gloss
 * after a non-hanzi (`F(xiàn)`), an orphan gloss whose `(` was lost (`?wù)`), and a stray
 * Latin letter between hanzi (outside common compounds such as A股, X光, T恤).
 */
import type { Span } from '../analysis';
import { findGlosses, isHanzi, isPinyinSyllable, type Gloss } from './gloss';

/** Characters after a single Latin letter that make a real word (A股, B超, C位, K線 …). */
const LETTER_COMPOUND = new Set([...'股超光恤線线盤盘型級级類类字檔档版站區区照證证位點点罩肝調调族咖卡端']);

function isGarbleChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff);
}

const PINYIN_CHAR = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
const isHanziOrGarble = (ch: string | undefined): boolean => !!ch && (isHanzi(ch) || isGarbleChar(ch));
const isTight = (ch: string | undefined): boolean => !!ch && (isHanzi(ch) || /[0-9A-Za-z]/.test(ch));

/** Raw signal spans, unmerged. `glosses` are the text's glosses when already found. */
function signals(text: string, glosses: Gloss[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: most characters are plain hanzi or ASCII that cannot start a signal.
    const latin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (c !== 63 && !latin && c !== 0xfffd && !(c >= 0xe000 && c <= 0xf8ff)) continue;
    const ch = text[i] ?? '';
    if (isGarbleChar(ch)) out.push({ start: i, end: i + 1 });
    else if (c === 63) {
      const prev = text[i - 1];
      const next = text[i + 1];
      if ((isHanzi(prev) && isTight(next)) || (isTight(prev) && isHanzi(next))) {
        out.push({ start: i, end: i + 1 });
      }
    } else if (isHanziOrGarble(text[i - 1]) && isHanzi(text[i + 1])) {
      if (!LETTER_COMPOUND.has(text[i + 1] ?? '') && !/[A-Za-z]/.test(text[i + 2] ?? '')) {
        out.push({ start: i, end: i + 1 });
      }
    }
  }
  for (const g of glosses) {
    if (!g.afterHanzi) out.push({ start: g.base, end: g.end });
  }
  // Orphan glosses: `wù)` with no `(` — the opening parenthesis was eaten with a character.
  for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
    // Most `)` close a whole gloss or ordinary parentheses: skip them without a scan.
    const open = text.lastIndexOf('(', close);
    if (open >= 0 && close - open <= 8 && text.lastIndexOf(')', close - 1) < open) continue;
    let from = close;
    while (from > 0 && close - from < 7 && PINYIN_CHAR.test(text[from - 1] ?? '')) from--;
    if (from === close || close - from > 6 || text[from - 1] === '(') continue;
    const syl = text.slice(from, close);
    const before = text[from - 1];
    if (!isPinyinSyllable(syl, false)) continue;
    if (before !== undefined && !(isHanzi(before) || before === '?' || isGarbleChar(before))) continue;
    out.push({ start: before === '?' ? from - 1 : from, end: close + 1 });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Garbled spans in `text`, merged when closer than `gap` characters. Pass `glosses`
 * (findGlosses(text)) when you already have them.
 */
export function findGarbled(text: string, gap = 3, glosses: Gloss[] = findGlosses(text)): Span[] {
  const merged: Span[] = [];
  for (const s of signals(text, glosses)) {
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
