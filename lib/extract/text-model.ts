/**
 * THE TEXT MODEL (DESIGN.md): the article body as one string — paragraphs separated by \n,
 * whitespace collapsed, inline pinyin glosses removed — plus a map from every offset back to
 * (Text node, offset in node). Every span the recognizers report is an offset pair into
 * `text`; `rangeFor` turns one into a DOM Range. The document is never changed.
 */
import type { Span } from '../analysis';
import { findGarbled } from '../text/garble';
import { findGlosses } from '../text/gloss';

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

/**
 * Build the model from blocks of Text nodes (in order). `others` are text runs of the article
 * that are not body text (subtitle, byline, editor line): their glosses are found too, so they
 * can be hidden, but their text is not in the model.
 */
export function buildTextModel(
  blocks: { nodes: Text[]; heading: boolean }[],
  others: Text[][] = [],
): TextModel {
  let text = '';
  const segments: Segment[] = [];
  const modelBlocks: TextModel['blocks'] = [];
  const glossPieces: NodePiece[][] = [];
  const garbled: Span[] = [];

  for (const block of blocks) {
    const raw = block.nodes.map((n) => n.nodeValue ?? '').join('');
    const { nodeAt, offAt } = charMap(block.nodes, raw.length);
    const glosses = findGlosses(raw);
    const inGloss = new Uint8Array(raw.length);
    for (const g of glosses) {
      inGloss.fill(1, g.start, g.end);
      glossPieces.push(piecesFor(block.nodes, nodeAt, offAt, g.start, g.end));
    }
    if (text.length && modelBlocks.length) text += '\n';
    const blockStart = text.length;
    const emit = (ch: string, i: number): void => {
      const node = block.nodes[nodeAt[i] ?? 0] as Text;
      const off = offAt[i] ?? 0;
      const last = segments[segments.length - 1];
      if (
        last &&
        last.node === node &&
        last.end === text.length &&
        last.nodeStart + (last.end - last.start) === off
      ) {
        last.end += ch.length;
      } else {
        segments.push({ start: text.length, end: text.length + ch.length, node, nodeStart: off });
      }
      text += ch;
    };
    const rawToFinal = new Int32Array(raw.length + 1);
    let pendingSpace = -1;
    for (let i = 0; i < raw.length; i++) {
      rawToFinal[i] = text.length;
      if (inGloss[i]) continue;
      const ch = raw[i] ?? '';
      if (isSpace(raw.charCodeAt(i))) {
        if (text.length > blockStart && pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        emit(' ', pendingSpace);
        pendingSpace = -1;
        rawToFinal[i] = text.length;
      }
      emit(ch, i);
    }
    rawToFinal[raw.length] = text.length;
    for (const g of findGarbled(raw)) {
      const start = rawToFinal[g.start] ?? text.length;
      const end = Math.max(start + 1, rawToFinal[g.end] ?? text.length);
      garbled.push({ start, end: Math.min(end, text.length) });
    }
    if (text.length === blockStart) {
      if (blockStart > 0) text = text.slice(0, -1);
      continue;
    }
    modelBlocks.push({ start: blockStart, end: text.length, heading: block.heading });
  }
  for (const nodes of others) {
    const raw = nodes.map((n) => n.nodeValue ?? '').join('');
    const { nodeAt, offAt } = charMap(nodes, raw.length);
    for (const g of findGlosses(raw)) glossPieces.push(piecesFor(nodes, nodeAt, offAt, g.start, g.end));
  }
  return { text, segments, blocks: modelBlocks, glosses: glossPieces, garbled };
}

/** For each character of the joined text: which node it is in and at what offset. */
function charMap(nodes: Text[], length: number): { nodeAt: Int32Array; offAt: Int32Array } {
  const nodeAt = new Int32Array(length);
  const offAt = new Int32Array(length);
  let i = 0;
  nodes.forEach((n, k) => {
    const len = (n.nodeValue ?? '').length;
    nodeAt.fill(k, i, i + len);
    for (let j = 0; j < len; j++) offAt[i + j] = j;
    i += len;
  });
  return { nodeAt, offAt };
}

function piecesFor(
  nodes: Text[],
  nodeAt: Int32Array,
  offAt: Int32Array,
  start: number,
  end: number,
): NodePiece[] {
  const out: NodePiece[] = [];
  for (let i = start; i < end; i++) {
    const node = nodes[nodeAt[i] ?? 0] as Text;
    const off = offAt[i] ?? 0;
    const last = out[out.length - 1];
    if (last && last.node === node && last.end === off) last.end++;
    else out.push({ node, start: off, end: off + 1 });
  }
  return out;
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
