/**
 * THE TEXT MODEL (DESIGN.md): the article body as one string — paragraphs separated by \n,
 * whitespace collapsed, inline pinyin glosses removed — plus a map from every offset back to
 * (Text node, offset in node). Every span the recognizers report is an offset pair into
 * `text`; `rangeFor` turns one into a DOM Range. The document is never changed.
 */
import type { Span } from '../analysis';
import { findGarbled } from '../text/garble';
import { findGlosses, type Gloss } from '../text/gloss';
import { STEP_BLOCKS, drain, type Steps } from './steps';

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
  /** Where the glosses are in the DOM (one array per gloss; usually one piece). */
  glosses: NodePiece[][];
  /** Garbled spans, as offsets into `text`. */
  garbled: Span[];
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/** Where each node starts in the joined text of a block. */
function nodeStarts(nodes: Text[], joined?: string): { raw: string; starts: number[] } {
  const starts: number[] = [];
  let raw = '';
  for (const n of nodes) {
    starts.push(raw.length);
    raw += n.nodeValue ?? '';
  }
  // A flat copy: DOM strings are slow to scan character by character.
  return { raw: joined ?? (raw + ' ').slice(0, -1), starts };
}

/** The node index holding raw offset `i` (binary search over `starts`). */
function nodeIndexAt(starts: number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function piecesFor(nodes: Text[], starts: number[], start: number, end: number): NodePiece[] {
  const out: NodePiece[] = [];
  for (let i = start; i < end;) {
    const k = nodeIndexAt(starts, i);
    const node = nodes[k] as Text;
    const nodeEnd = (starts[k] ?? 0) + (node.nodeValue ?? '').length;
    const stop = Math.min(end, nodeEnd);
    if (stop <= i) break;
    out.push({ node, start: i - (starts[k] ?? 0), end: stop - (starts[k] ?? 0) });
    i = stop;
  }
  return out;
}

/**
 * A run of Text nodes; `raw`, when given, is their values joined (a flat string), and
 * `glosses` findGlosses(raw).
 */
export interface ModelText {
  nodes: Text[];
  raw?: string;
  glosses?: Gloss[];
}

export interface ModelBlock extends ModelText {
  heading: boolean;
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
  const parts: string[] = [];
  let length = 0;
  const segments: Segment[] = [];
  const modelBlocks: TextModel['blocks'] = [];
  const glossPieces: NodePiece[][] = [];
  const garbled: Span[] = [];

  const push = (str: string, node: Text, nodeStart: number): void => {
    const last = segments[segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === length &&
      last.nodeStart + (last.end - last.start) === nodeStart
    ) {
      last.end += str.length;
    } else {
      segments.push({ start: length, end: length + str.length, node, nodeStart });
    }
    parts.push(str);
    length += str.length;
  };

  for (const [bi, block] of blocks.entries()) {
    if (bi % STEP_BLOCKS === STEP_BLOCKS - 1) yield;
    const { raw, starts } = nodeStarts(block.nodes, block.raw);
    const glosses = block.glosses ?? findGlosses(raw);
    const inGloss = new Uint8Array(raw.length);
    for (const g of glosses) {
      inGloss.fill(1, g.start, g.end);
      glossPieces.push(piecesFor(block.nodes, starts, g.start, g.end));
    }
    const sepAt = modelBlocks.length ? length : -1;
    if (sepAt >= 0) {
      parts.push('\n');
      length += 1;
    }
    const blockStart = length;
    const firstSegment = segments.length;
    let pending: { node: Text; at: number } | null = null;
    for (let k = 0; k < block.nodes.length; k++) {
      const node = block.nodes[k] as Text;
      const base = starts[k] ?? 0;
      const stop = k + 1 < starts.length ? (starts[k + 1] ?? raw.length) : raw.length;
      let j = base;
      while (j < stop) {
        if (inGloss[j]) {
          j++;
          continue;
        }
        if (isSpace(raw.charCodeAt(j))) {
          if (length > blockStart && !pending) pending = { node, at: j - base };
          j++;
          continue;
        }
        if (pending) {
          push(' ', pending.node, pending.at);
          pending = null;
        }
        let e = j + 1;
        while (e < stop && !inGloss[e] && !isSpace(raw.charCodeAt(e))) e++;
        push(raw.slice(j, e), node, j - base);
        j = e;
      }
    }
    if (length === blockStart) {
      if (sepAt >= 0) {
        parts.pop();
        length -= 1;
      }
      continue;
    }
    const blockSegments = segments.slice(firstSegment);
    for (const g of findGarbled(raw, 3, glosses)) {
      const start = finalOffset(blockSegments, block.nodes, starts, g.start, length);
      const end = Math.max(start + 1, finalOffset(blockSegments, block.nodes, starts, g.end, length));
      garbled.push({ start, end: Math.min(end, length) });
    }
    modelBlocks.push({ start: blockStart, end: length, heading: block.heading });
  }
  for (const other of others) {
    const { nodes, raw: joined, glosses } = Array.isArray(other) ? { nodes: other } : other;
    const { raw, starts } = nodeStarts(nodes, joined);
    for (const g of glosses ?? findGlosses(raw)) glossPieces.push(piecesFor(nodes, starts, g.start, g.end));
  }
  return { text: parts.join(''), segments, blocks: modelBlocks, glosses: glossPieces, garbled };
}

/** The model offset of a raw block offset: its own character, or the next kept one. */
function finalOffset(
  segs: Segment[],
  nodes: Text[],
  starts: number[],
  rawOffset: number,
  end: number,
): number {
  const k = nodeIndexAt(starts, rawOffset);
  const node = nodes[k];
  const off = rawOffset - (starts[k] ?? 0);
  for (const s of segs) {
    const idx = nodes.indexOf(s.node);
    if (idx < k) continue;
    if (idx > k) return s.start;
    if (off < s.nodeStart) return s.start;
    if (s.node === node && off < s.nodeStart + (s.end - s.start)) return s.start + off - s.nodeStart;
  }
  return end;
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

/** The offset in `text` of a DOM position, or the next mapped offset; -1 when not in the model. */
export function offsetOf(model: TextModel, node: Node, nodeOffset: number): number {
  let after = -1;
  for (const s of model.segments) {
    if (s.node !== node) continue;
    const len = s.end - s.start;
    if (nodeOffset >= s.nodeStart && nodeOffset < s.nodeStart + len)
      return s.start + nodeOffset - s.nodeStart;
    if (nodeOffset === s.nodeStart + len) after = s.end;
    else if (nodeOffset < s.nodeStart && after < 0) return s.start;
  }
  return after;
}

/** DOM Ranges of the glosses, so a later layer can hide them. */
export function glossRanges(model: TextModel, doc: Document): Range[] {
  return model.glosses.flat().map((p) => {
    const r = doc.createRange();
    r.setStart(p.node, p.start);
    r.setEnd(p.node, p.end);
    return r;
  });
}
