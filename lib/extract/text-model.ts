/**
 * THE TEXT MODEL (DESIGN.md): the article body as one string — paragraphs separated by \n,
 * whitespace collapsed, inline pinyin glosses removed — plus a map from every offset back to
 * (Text node, offset in node). Every span the recognizers report is an offset pair into
 * `text`; `rangeFor` turns one into a DOM Range. The document is never changed.
 */
import type { Span } from '../analysis';
import { ModelBuilder, type ModelBlock, type ModelText } from './model-builder';
import { STEP_BLOCKS, drain, type Steps } from './steps';

export type { ModelBlock, ModelText } from './model-builder';

/**
 * The runs of `text` that map 1:1 onto the DOM, packed in parallel arrays (one object per run
 * would be ~1000 objects per page): run i is text[start[i], end[i]), which is node[i]'s data
 * from nodeStart[i]. In text order.
 */
export interface Segments {
  start: number[];
  end: number[];
  node: Text[];
  nodeStart: number[];
}

/**
 * Pieces of the DOM, packed the same way: piece i is node[i]'s data [start[i], end[i]) — the
 * whole or a part of a gloss such as `(wǎng)`.
 */
export interface NodePieces {
  node: Text[];
  start: number[];
  end: number[];
}

export interface TextModel {
  text: string;
  segments: Segments;
  /** One entry per block: its [start, end) in `text` and whether it is a section heading. */
  blocks: { start: number; end: number; heading: boolean }[];
  /**
   * Where the glosses are in the DOM, in order: usually one piece per gloss, more when a gloss
   * spans Text nodes (a flat list: no array per gloss).
   */
  glosses: NodePieces;
  /** How many glosses (not pieces). */
  glossCount: number;
  /** Garbled spans, as offsets into `text`. */
  garbled: Span[];
}

/**
 * Build the model from blocks of Text nodes (in order). `others` are text runs of the article
 * that are not body text (subtitle, byline, editor line): their glosses are found too, so they
 * can be hidden, but their text is not in the model.
 *
 * Runs of kept characters are copied as slices (one segment per run), so the cost is a scan
 * of the characters plus one segment per run, not work per character.
 */
export function buildTextModel(blocks: ModelBlock[], others: (Text[] | ModelText)[] = []): TextModel {
  return drain(buildTextModelSteps(blocks, others));
}

/** buildTextModel as steps: yields every STEP_BLOCKS blocks. */
export function* buildTextModelSteps(
  blocks: ModelBlock[],
  others: (Text[] | ModelText)[] = [],
): Steps<TextModel> {
  const model = new ModelBuilder(blocks, others);
  for (let i = 0; i < blocks.length; i += STEP_BLOCKS) {
    if (i > 0) yield;
    model.addBlocks(blocks, i, Math.min(blocks.length, i + STEP_BLOCKS));
  }
  return model.finish(others);
}
/** Index of the first segment whose end is after `offset`. */
function segmentAfter(ends: number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A DOM Range covering text[start, end). Throws on an empty model or an inverted span. */
export function rangeFor(model: TextModel, start: number, end: number, doc: Document): Range {
  if (end < start) throw new RangeError(`inverted span ${start}–${end}`);
  const segs = model.segments;
  const n = segs.end.length;
  if (!n) throw new RangeError('empty text model');
  const si = Math.min(segmentAfter(segs.end, start), n - 1);
  const range = doc.createRange();
  range.setStart(
    segs.node[si] as Text,
    (segs.nodeStart[si] as number) + Math.max(0, start - (segs.start[si] as number)),
  );
  if (end <= start) {
    range.collapse(true);
    return range;
  }
  const ei = Math.max(si, Math.min(segmentAfter(segs.end, end - 1), n - 1));
  const eStart = segs.start[ei] as number;
  const eEnd = segs.end[ei] as number;
  range.setEnd(
    segs.node[ei] as Text,
    (segs.nodeStart[ei] as number) + Math.min(eEnd, Math.max(end, eStart)) - eStart,
  );
  return range;
}

/**
 * The model's segment indices grouped by text node, built once per model on first use.
 * Whoever splits or joins text nodes under a model (lib/dom/node-split) keeps it in step, or
 * drops it (dropNodeIndex) when segment indices shift.
 */
const nodeIndexes = new WeakMap<TextModel, Map<Text, number[]>>();

export function nodeIndex(model: TextModel): Map<Text, number[]> {
  let index = nodeIndexes.get(model);
  if (!index) {
    index = new Map();
    const nodes = model.segments.node;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      const list = index.get(node);
      if (list) list.push(i);
      else index.set(node, [i]);
    }
    nodeIndexes.set(model, index);
  }
  return index;
}

/** Forget the node index (segments were inserted, so indices moved); rebuilt on next use. */
export function dropNodeIndex(model: TextModel): void {
  nodeIndexes.delete(model);
}

/** Indices of the segments on `node`. */
export function segmentsOf(model: TextModel, node: Node): number[] {
  return nodeIndex(model).get(node as Text) ?? [];
}

/**
 * The offset in `text` of a DOM position, or the next mapped offset (a position in a gap, such
 * as inside a gloss, maps to the character after it); -1 when the node is not in the model.
 */
export function offsetOf(model: TextModel, node: Node, nodeOffset: number): number {
  const { start, end, nodeStart } = model.segments;
  let after = -1;
  let next = -1;
  for (const i of segmentsOf(model, node)) {
    const s = start[i] as number;
    const ns = nodeStart[i] as number;
    const len = (end[i] as number) - s;
    if (nodeOffset >= ns && nodeOffset < ns + len) return s + nodeOffset - ns;
    if (nodeOffset === ns + len) after = end[i] as number;
    else if (nodeOffset < ns && (next < 0 || ns < (nodeStart[next] as number))) next = i;
  }
  return after >= 0 ? after : next >= 0 ? (start[next] as number) : -1;
}

/** DOM Ranges of the glosses, so a later layer can hide them. */
export function glossRanges(model: TextModel, doc: Document): Range[] {
  const { node, start, end } = model.glosses;
  return node.map((n, i) => {
    const r = doc.createRange();
    r.setStart(n, start[i] as number);
    r.setEnd(n, end[i] as number);
    return r;
  });
}
