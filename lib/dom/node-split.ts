import type { Segment, TextModel } from '../extract/text-model';

/** The model's segments grouped by text node, built once per model and kept in step with splits. */
const indexes = new WeakMap<TextModel, Map<Text, Segment[]>>();

export function segmentsOf(model: TextModel, node: Node): Segment[] {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    for (const seg of model.segments) {
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    indexes.set(model, index);
  }
  return index.get(node as Text) ?? [];
}

function move(model: TextModel, seg: Segment, to: Text): void {
  const index = indexes.get(model)!;
  const from = index.get(seg.node)!;
  from.splice(from.indexOf(seg), 1);
  const list = index.get(to);
  if (list) list.push(seg);
  else index.set(to, [seg]);
  seg.node = to;
}

/**
 * Splits `node` at `offset` (Text.splitText: the original node keeps the head) and moves the
 * model's segments that lie in the tail onto the new node — splitting a segment that spans
 * the cut — so every model offset still maps to the same character. Returns the tail node.
 * Cost: the node's own segments, not the whole model.
 */
export function splitKeepingModel(model: TextModel, node: Text, offset: number): Text {
  const tail = node.splitText(offset);
  for (const seg of [...segmentsOf(model, node)]) {
    const len = seg.end - seg.start;
    if (seg.nodeStart >= offset) {
      move(model, seg, tail);
      seg.nodeStart -= offset;
    } else if (seg.nodeStart + len > offset) {
      const cut = seg.start + (offset - seg.nodeStart);
      const rest: Segment = { start: cut, end: seg.end, node: tail, nodeStart: 0 };
      seg.end = cut;
      model.segments.splice(model.segments.indexOf(seg) + 1, 0, rest);
      const list = indexes.get(model)!.get(tail);
      if (list) list.push(rest);
      else indexes.get(model)!.set(tail, [rest]);
    }
  }
  return tail;
}

/** The inverse of splitKeepingModel: appends `tail` back onto `head`, moving its segments back. */
export function joinKeepingModel(model: TextModel, head: Text, tail: Text): void {
  const offset = head.data.length;
  head.data += tail.data;
  tail.remove();
  for (const seg of [...segmentsOf(model, tail)]) {
    move(model, seg, head);
    seg.nodeStart += offset;
  }
}

/** The model offset of (node, offset), or -1: like text-model's offsetOf, via the node index. */
export function indexedOffsetOf(model: TextModel, node: Node, nodeOffset: number): number {
  let after = -1;
  for (const s of segmentsOf(model, node)) {
    const len = s.end - s.start;
    if (nodeOffset >= s.nodeStart && nodeOffset < s.nodeStart + len)
      return s.start + nodeOffset - s.nodeStart;
    if (nodeOffset === s.nodeStart + len) after = s.end;
  }
  if (after >= 0) return after;
  // before the node's first mapped character
  const first = segmentsOf(model, node).reduce<Segment | null>(
    (m, s) => (!m || s.nodeStart < m.nodeStart ? s : m),
    null,
  );
  return first && nodeOffset < first.nodeStart ? first.start : -1;
}
