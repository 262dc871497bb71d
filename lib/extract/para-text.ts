/**
 * A paragraph's glosses and its text without them, found once per paragraph and shared by
 * every step that reads them (blocks, junk, the text model).
 */
import { findGlosses, withoutGlosses, type Gloss } from '../text/gloss';
import { normSpace } from './dom';
import type { Paragraph } from './paragraphs';

const glossCache = new WeakMap<Paragraph, Gloss[]>();
const strippedCache = new WeakMap<Paragraph, string>();

/** findGlosses(p.raw): offsets into the joined node values. */
export function glossesOf(p: Paragraph): Gloss[] {
  let g = glossCache.get(p);
  if (!g) {
    g = findGlosses(p.raw);
    glossCache.set(p, g);
  }
  return g;
}

/**
 * stripGlosses(p.text), from the glosses of `raw`: a gloss holds no whitespace and follows a
 * character that is not whitespace, so normSpace finds the same glosses and removing them
 * commutes with normSpace.
 */
export function strippedOf(p: Paragraph): string {
  let s = strippedCache.get(p);
  if (s === undefined) {
    const g = glossesOf(p);
    // When normSpace left the raw text as it was (common in Chinese prose), so does it now.
    s = !g.length
      ? p.text
      : p.raw === p.text
        ? withoutGlosses(p.raw, g)
        : normSpace(withoutGlosses(p.raw, g));
    strippedCache.set(p, s);
  }
  return s;
}
