/**
 * Traditional/Simplified conversion on opencc-js. Only the Traditional → Simplified table
 * (opencc-js/t2cn, ~52 KB gzip) is used here: the search form of every stored text is
 * Simplified, so 工會 and 工会 find each other. Character-level (`t` → `cn`), so the
 * result has the same length as the input.
 */
import { Converter } from 'opencc-js/t2cn';
import { foldForm } from './fold';

let toCn: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  toCn ??= Converter({ from: 't', to: 'cn' });
  return toCn(text);
}

/**
 * The form stored texts and queries are compared in: Simplified, NFKC (full-width → ASCII),
 * lower case, runs of white space folded to one space.
 */
export function searchForm(text: string): string {
  return foldForm(toSimplified(text.normalize('NFKC')));
}

export type ScriptTarget = 'hans' | 'hant-tw' | 'hant-hk';

/**
 * Converts with `convert`, but never changes a string's length: where the converter would
 * (a phrase table mapping 記憶體 to 内存), falls back to one character at a time. Offsets into
 * the text, and every highlight and anchor built on them, stay valid.
 */
export function sameLength(convert: (s: string) => string, text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
