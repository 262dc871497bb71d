import { dropNodeIndex, nodeIndex, segmentsOf, type TextModel } from '../extract/text-model';

/** Moves segment `i` onto `to`, its data starting `shift` characters later there. */
export function moveSegment(model: TextModel, i: number, to: Text, shift: number): void {
  const segs = model.segments;
  const index = nodeIndex(model);
  const from = index.get(segs.node[i] as Text)!;
  from.splice(from.indexOf(i), 1);
  const list = index.get(to);
  if (list) list.push(i);
  else index.set(to, [i]);
  segs.node[i] = to;
  segs.nodeStart[i] = (segs.nodeStart[i] as number) + shift;
}

/**
 * Splits `node` at `offset` (Text.splitText: the original node keeps the head) and moves the
 * model's segments that lie in the tail onto the new node — splitting a segment that spans
 * the cut — so every model offset still maps to the same character. Returns the tail node.
 * Cost: the node's own segments, not the whole model (plus a splice of the model's arrays,
 * and a rebuilt node index, when a segment is cut: not at a gloss, which lies between two).
 */
export function splitKeepingModel(model: TextModel, node: Text, offset: number): Text {
  const tail = node.splitText(offset);
  const segs = model.segments;
  // The cuts last: they shift the indices of the segments after them.
  const cuts: number[] = [];
  for (const i of [...segmentsOf(model, node)]) {
    const nodeStart = segs.nodeStart[i] as number;
    const len = (segs.end[i] as number) - (segs.start[i] as number);
    if (nodeStart >= offset) moveSegment(model, i, tail, -offset);
    else if (nodeStart + len > offset) cuts.push(i);
  }
  if (!cuts.length) return tail;
  // From the last, so the earlier indices hold.
  for (const i of cuts.sort((a, b) => b - a)) {
    const cut = (segs.start[i] as number) + (offset - (segs.nodeStart[i] as number));
    segs.start.splice(i + 1, 0, cut);
    segs.end.splice(i + 1, 0, segs.end[i] as number);
    segs.node.splice(i + 1, 0, tail);
    segs.nodeStart.splice(i + 1, 0, 0);
    segs.end[i] = cut;
  }
  dropNodeIndex(model);
  return tail;
}

/** The inverse of splitKeepingModel: appends `tail` back onto `head`, moving its segments back. */
export function joinKeepingModel(model: TextModel, head: Text, tail: Text): void {
  const offset = head.data.length;
  head.data += tail.data;
  tail.remove();
  for (const i of [...segmentsOf(model, tail)]) moveSegment(model, i, head, offset);
}
