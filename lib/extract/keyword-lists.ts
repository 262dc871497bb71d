/**
 * Keyword stuffing: many short items joined by bars (the seed's 40 county names joined by `|`),
 * or place names joined by spaces or 、. Pure string tests, asked by the body and the junk finder.
 */
import { isWhiteSpace } from './text-facts';

/** A place's name as an administrative division writes it (章丘市, 历城区, 平阴县, 阿拉善盟). */
const PLACE_ITEM = /^[\u4e00-\u9fff]{1,6}(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|州|旗|盟)$/;

/**
 * Keyword stuffing of place names joined by spaces or 、 (章丘市 历城区 长清区 …): eight items or
 * more, nearly all named as places, and nothing else on the line. (A sentence that lists places
 * has words and punctuation around them.)
 */
export function isPlaceList(text: string): boolean {
  if (/[，。；：！？,;:!?|｜]/.test(text)) return false;
  const items = text.split(/\s*、\s*|\s+/).filter(Boolean);
  if (items.length < 8) return false;
  return items.filter((t) => PLACE_ITEM.test(t)).length >= items.length * 0.9;
}

/** Keyword stuffing: many short items joined by | or ｜ (five or more). */
export function isKeywordList(text: string): boolean {
  let bars = 0;
  for (let i = text.indexOf('|'); i >= 0 && bars < 6; i = text.indexOf('|', i + 1)) bars++;
  for (let i = text.indexOf('｜'); i >= 0 && bars < 6; i = text.indexOf('｜', i + 1)) bars++;
  if (bars < 5) return false;
  // The items between the bars, trimmed, as split and trim would leave them (in one pass, without
  // the strings): how many are not empty, and how many of those have 8 characters or fewer.
  let parts = 0;
  let short = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x7c;
    if (c === 0x7c || c === 0xff5c) {
      if (first >= 0) {
        parts++;
        if (last - first < 8) short++;
      }
      first = -1;
    } else if (!isWhiteSpace(c)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (parts < 6) return false;
  return short / parts > 0.8;
}
