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

/** A run of `text` [start, end) that maps 1:1 onto `node` from `nodeStart`. */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

/** A piece of the DOM that holds (part of) a gloss such as `(wǎng)`. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  segments: Segment[];
  /** One entry per block: its [start, end) in `text` and whether it is a section heading. */
  blocks: { start: number; end: number; heading: boolean }[];
  /**
   * Where the glosses are in the DOM, in order: usually one piece per gloss, more when a gloss
   * spans Text nodes (a flat list: no array per gloss).
   */
  glosses: NodePiece[];
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
  const model = new ModelBuilder();
  for (let i = 0; i < blocks.length; i += STEP_BLOCKS) {
    if (i > 0) yield;
    model.addBlocks(blocks, i, Math.min(blocks.length, i + STEP_BLOCKS));
  }
  return model.finish(others);
}
/** Index of the first segment whose end is after `offset`. */
function segmentAfter(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.segments[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A DOM Range covering text[start, end). Throws on an empty model or an inverted span. */
export function rangeFor(model: TextModel, start: number, end: number, doc: Document): Range {
  if (end < start) throw new RangeError(`inverted span ${start}–${end}`);
  const segs = model.segments;
  if (!segs.length) throw new RangeError('empty text model');
  const si = Math.min(segmentAfter(model, start), segs.length - 1);
  const s = segs[si] as Segment;
  const range = doc.createRange();
  range.setStart(s.node, s.nodeStart + Math.max(0, start - s.start));
  if (end <= start) {
    range.collapse(true);
    return range;
  }
  const ei = Math.max(si, Math.min(segmentAfter(model, end - 1), segs.length - 1));
  const e = segs[ei] as Segment;
  range.setEnd(e.node, e.nodeStart + Math.min(e.end, Math.max(end, e.start)) - e.start);
  return range;
}

/**
 * The model's segments grouped by text node, built once per model on first use. Whoever
 * splits or joins text nodes under a model (lib/dom/node-split) keeps it in step.
 */
const nodeIndexes = new WeakMap<TextModel, Map<Text, Segment[]>>();

export function nodeIndex(model: TextModel): Map<Text, Segment[]> {
  let index = nodeIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const seg of model.segments) {
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    nodeIndexes.set(model, index);
  }
  return index;
}

export function segmentsOf(model: TextModel, node: Node): Segment[] {
  return nodeIndex(model).get(node as Text) ?? [];
}

/**
 * The offset in `text` of a DOM position, or the next mapped offset (a position in a gap, such
 * as inside a gloss, maps to the character after it); -1 when the node is not in the model.
 */
export function offsetOf(model: TextModel, node: Node, nodeOffset: number): number {
  let after = -1;
  let next: Segment | null = null;
  for (const s of segmentsOf(model, node)) {
    const len = s.end - s.start;
    if (nodeOffset >= s.nodeStart && nodeOffset < s.nodeStart + len)
      return s.start + nodeOffset - s.nodeStart;
    if (nodeOffset === s.nodeStart + len) after = s.end;
    else if (nodeOffset < s.nodeStart && (!next || s.nodeStart < next.nodeStart)) next = s;
  }
  return after >= 0 ? after : next ? next.start : -1;
}

/** DOM Ranges of the glosses, so a later layer can hide them. */
export function glossRanges(model: TextModel, doc: Document): Range[] {
  return model.glosses.map((p) => {
    const r = doc.createRange();
    r.setStart(p.node, p.start);
    r.setEnd(p.node, p.end);
    return r;
  });
}
