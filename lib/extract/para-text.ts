/**
 * A paragraph's glosses, its text without them and its junk kind by text, found once per
 * paragraph and shared by every step that reads them (blocks, junk, the text model).
 */
import type { JunkKind } from '../analysis';
import { findGlosses, withoutGlosses, type Gloss } from '../text/gloss';
import { normSpace } from './dom';
import type { Paragraph } from './paragraphs';
import { isKeywordList, junkKindOfText } from './patterns';

const glossCache = new WeakMap<Paragraph, Gloss[]>();
const junkCache = new WeakMap<Paragraph, JunkKind | null>();
const keywordCache = new WeakMap<Paragraph, boolean>();
const strippedCache = new WeakMap<Paragraph, string>();
const keptCache = new WeakMap<Paragraph, string>();

/** findGlosses(p.raw): offsets into the joined node values. */
export function glossesOf(p: Paragraph): Gloss[] {
  let g = glossCache.get(p);
  if (!g) {
    g = findGlosses(p.raw);
    glossCache.set(p, g);
  }
  return g;
}

/** p.raw without its glosses (whitespace as it is). */
export function keptOf(p: Paragraph): string {
  let s = keptCache.get(p);
  if (s === undefined) {
    s = withoutGlosses(p.raw, glossesOf(p));
    keptCache.set(p, s);
  }
  return s;
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
    s = !g.length ? p.text : p.raw === p.text ? keptOf(p) : normSpace(keptOf(p));
    strippedCache.set(p, s);
  }
  return s;
}

/** junkKindOfText(p.text), asked by both the body and the junk finder. */
export function junkKindOf(p: Paragraph): JunkKind | null {
  let k = junkCache.get(p);
  if (k === undefined) {
    k = junkKindOfText(p.text);
    junkCache.set(p, k);
  }
  return k;
}

/** isKeywordList(p.text), asked by both the body and the junk finder. */
export function keywordListOf(p: Paragraph): boolean {
  let k = keywordCache.get(p);
  if (k === undefined) {
    k = isKeywordList(p.text);
    keywordCache.set(p, k);
  }
  return k;
}
