/**
 * Offsets in a block of Text nodes: where each node starts in the block's joined text, which
 * node holds a raw offset, and which model offset a raw offset became. Used by model-builder.ts.
 */
import { flat } from './page-collector';
import type { Segments } from './text-model';

const ONE_NODE: readonly number[] = [0];

/** Where each node starts in the joined text of a block. */
export function nodeStarts(nodes: Text[], joined?: string): { raw: string; starts: readonly number[] } {
  if (joined !== undefined && nodes.length === 1) return { raw: joined, starts: ONE_NODE };
  const starts: number[] = [];
  if (joined !== undefined) {
    let at = 0;
    for (const n of nodes) {
      starts.push(at);
      at += (n.nodeValue ?? '').length;
    }
    return { raw: joined, starts };
  }
  let raw = '';
  for (const n of nodes) {
    starts.push(raw.length);
    raw += n.nodeValue ?? '';
  }
  // A flat copy: DOM strings are slow to scan character by character.
  return { raw: flat(raw), starts };
}

/** The node index holding raw offset `i` (binary search over `starts`). */
export function nodeIndexAt(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The model offset of a raw block offset: its own character, or the next kept one (the
 * block's segments are those from `first` to `count`).
 */
export function finalOffset(
  segs: Segments,
  first: number,
  count: number,
  nodes: Text[],
  starts: readonly number[],
  rawOffset: number,
  end: number,
): number {
  const k = nodeIndexAt(starts, rawOffset);
  const node = nodes[k];
  const off = rawOffset - (starts[k] ?? 0);
  for (let i = first; i < count; i++) {
    const sNode = segs.node[i] as Text;
    const sStart = segs.start[i] as number;
    const sNodeStart = segs.nodeStart[i] as number;
    const idx = nodes.indexOf(sNode);
    if (idx < k) continue;
    if (idx > k) return sStart;
    if (off < sNodeStart) return sStart;
    if (sNode === node && off < sNodeStart + ((segs.end[i] as number) - sStart))
      return sStart + off - sNodeStart;
  }
  return end;
}
