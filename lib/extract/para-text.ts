/**
 * A paragraph's text without its glosses and its junk kind by text, found once per
 * paragraph and shared by every step that reads them (blocks, junk, the text model).
 */
import type { JunkKind } from '../analysis';
import { stripGlosses, withoutSpans } from '../text/gloss';
import { normSpace } from './dom';
import type { Paragraph } from './paragraphs';
import { JUNK_ANYWHERE } from './page-words';
import { isKeywordList, isPlaceList } from './keyword-lists';
import { junkKindOfText } from './patterns';

/** The text without its glosses and whitespace (a headline compared with a line of the page). */
export const squashed = (s: string): string => stripGlosses(s).replace(/\s+/g, '');

/** p.raw without its glosses (whitespace as it is). */
export function keptOf(p: Paragraph): string {
  return (p.memo.kept ??= withoutSpans(p.raw, p.glosses));
}

/**
 * stripGlosses(p.text), from the glosses of `raw`: a gloss holds no whitespace and follows a
 * character that is not whitespace, so normSpace finds the same glosses and removing them
 * commutes with normSpace.
 */
export function strippedOf(p: Paragraph): string {
  let s = p.memo.stripped;
  if (s === undefined) {
    const g = p.glosses;
    // When normSpace left the raw text as it was (common in Chinese prose), so does it now.
    s = !g.length ? p.text : p.raw === p.text ? keptOf(p) : normSpace(keptOf(p));
    p.memo.stripped = s;
  }
  return s;
}

/** strippedOf(p).length, without making the string where the lengths tell it. */
export function strippedLength(p: Paragraph): number {
  if (p.memo.stripped !== undefined) return p.memo.stripped.length;
  const g = p.glosses;
  if (!g.length) return p.text.length;
  if (p.raw !== p.text) return strippedOf(p).length;
  let n = p.raw.length;
  for (let i = 0; i < g.length; i += 2) n -= (g[i + 1] as number) - (g[i] as number);
  return n;
}

/** junkKindOfText(p.text), asked by both the body and the junk finder. */
export function junkKindOf(p: Paragraph): JunkKind | null {
  const k = p.memo.junkKind;
  if (k !== undefined) return k;
  if (isListing(p)) return (p.memo.junkKind = null);
  const anywhere = (p.words & JUNK_ANYWHERE) !== 0 || p.text.includes('©');
  return (p.memo.junkKind = junkKindOfText(p.text, anywhere));
}

/**
 * isKeywordList(p.text) (or isPlaceList, for places joined by spaces or 、), asked by both the
 * body and the junk finder. (Not without five bars: normSpace keeps every `|` of raw.)
 */
export function keywordListOf(p: Paragraph): boolean {
  return (p.memo.keywordList ??=
    !isListing(p) &&
    (p.bars >= 5
      ? isKeywordList(p.text)
      : p.text.length >= 24 && (p.inner >= 7 || p.text.includes('、')) && isPlaceList(p.text)));
}

/**
 * Is the paragraph a code listing (a <pre>'s text)? It is the story's whatever its characters:
 * a shell line's `|` is no keyword list's, a comment's words no widget's.
 */
export function isListing(p: Paragraph): boolean {
  return p.listing;
}

/**
 * Can findGarbled(p.raw) find anything? Not without odd characters (textFacts), a `)` after a
 * pinyin letter that closes no gloss (where an orphan gloss may end: a `)` of ordinary
 * parentheses, 省(区、市), gives none), or a gloss after a character that is not a hanzi.
 */
export function mayBeGarbled(p: Paragraph): boolean {
  return p.odd || p.looseClose || p.strayGloss;
}
