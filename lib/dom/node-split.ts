import type { Segment, TextModel } from '../extract/text-model';

/**
 * Splits `node` at `offset` (Text.splitText: the original node keeps the head) and moves the
 * model's segments that lie in the tail onto the new node — splitting a segment that spans
 * the cut — so every model offset still maps to the same character. Returns the tail node.
 */
export function splitKeepingModel(model: TextModel, node: Text, offset: number): Text {
  const tail = node.splitText(offset);
  const segs = model.segments;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.node !== node) continue;
    const len = seg.end - seg.start;
    if (seg.nodeStart >= offset) {
      seg.node = tail;
      seg.nodeStart -= offset;
    } else if (seg.nodeStart + len > offset) {
      const cut = seg.start + (offset - seg.nodeStart);
      segs.splice(i + 1, 0, { start: cut, end: seg.end, node: tail, nodeStart: 0 });
      seg.end = cut;
      i++;
    }
  }
  return tail;
}

/** The inverse of splitKeepingModel: appends `tail` back onto `head`, moving its segments back. */
export function joinKeepingModel(model: TextModel, head: Text, tail: Text): void {
  const offset = head.data.length;
  head.data += tail.data;
  tail.remove();
  for (const seg of model.segments as Segment[]) {
    if (seg.node === tail) {
      seg.node = head;
      seg.nodeStart += offset;
    }
  }
}
