import { nodeIndex, segmentsOf, type Segment, type TextModel } from '../extract/text-model';

function move(model: TextModel, seg: Segment, to: Text): void {
  const index = nodeIndex(model);
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
      const list = nodeIndex(model).get(tail);
      if (list) list.push(rest);
      else nodeIndex(model).set(tail, [rest]);
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
