import { offsetOf, type TextModel } from '../extract/text-model';

/** The text position under a point: caretPositionFromPoint (Firefox, Chrome 128+) or caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The model offset of a DOM boundary point; element boundaries resolve to the nearest text node. */
export function modelOffset(model: TextModel, node: Node, offset: number, edge: 'start' | 'end'): number {
  if (node.nodeType === 3) return offsetOf(model, node, offset);
  const doc = node.ownerDocument!;
  const child = node.childNodes[offset] ?? null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = child ?? node;
  if (edge === 'start') {
    const text = child?.nodeType === 3 ? child : walker.nextNode();
    return text ? offsetOf(model, text, 0) : -1;
  }
  let text: Node | null = null;
  if (child) text = walker.previousNode();
  else {
    const inside = doc.createTreeWalker(node, 4 /* SHOW_TEXT */);
    for (let n = inside.nextNode(); n; n = inside.nextNode()) text = n;
    if (!text) text = walker.previousNode();
  }
  return text ? offsetOf(model, text, (text as Text).data.length) : -1;
}

/** The selection as a [start, end) span of the model, or null when it is not in the article. */
export function selectionSpan(
  model: TextModel,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = modelOffset(model, range.startContainer, range.startOffset, 'start');
  const end = modelOffset(model, range.endContainer, range.endOffset, 'end');
  if (start < 0 || end <= start) return null;
  // trim white space at both ends
  let s = start;
  let e = end;
  while (s < e && /\s/.test(model.text[s]!)) s++;
  while (e > s && /\s/.test(model.text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
