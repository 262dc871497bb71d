/**
 * One table of character classes, indexed by UTF-16 code unit, so the scanners can skip
 * uninteresting characters with one array read instead of string and map lookups.
 */

export const NUMERAL = 1;
export const RELATIVE = 2;
export const SENTENCE_END = 4;
export const CLAUSE_END = 8;
export const VERB_FIRST = 16;

export const CHAR_CLASS = new Uint8Array(65536);

export function mark(chars: Iterable<string>, bit: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    CHAR_CLASS[c] = (CHAR_CLASS[c] as number) | bit;
  }
}

/** The class bits of the character at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === c ? (CHAR_CLASS[c] as number) : 0; // NaN past the end
}

mark('0123456789０１２３４５６７８９', NUMERAL);
mark('〇零一壹二貳贰两兩三叁參四肆五伍六陸陆七柒八捌九玖十拾百佰千仟萬万億亿兆廿卅', NUMERAL);
mark('。！？!?；;\n', SENTENCE_END);
// (And a table's cells, as the text model joins them: 2021年7月29日 | 全国总工会召开….)
mark('，,：:—－|｜', CLAUSE_END);

/** Characters a stepped scan (findDatesSteps, findFiguresSteps) reads between two yields. */
export const SCAN_CHUNK = 4096;

/**
 * A resumable scan of `length` characters in steps of SCAN_CHUNK, yielding between them:
 * `scanTo(to)` runs the scan's plain loop until it passes `to`; `at()` is where it has got to.
 */
export function* inChunks(
  length: number,
  at: () => number,
  scanTo: (to: number) => void,
): Generator<void, void, void> {
  for (;;) {
    scanTo(Math.min(length, at() + SCAN_CHUNK));
    if (at() >= length) return;
    yield;
  }
}
