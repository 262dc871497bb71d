import type { TextModel } from '../extract/text-model';
import { joinKeepingModel, splitKeepingModel } from './node-split';

export const GLOSS_ATTR = 'data-zhuji-gloss';

/**
 * Puts every inline pinyin gloss (網(wǎng) → the `(wǎng)`) into its own <span data-zhuji-gloss>,
 * so a stylesheet rule can hide it. The text stays exactly as it was (only split across
 * nodes), and the model is patched so its offsets still hold. Returns the undo, which puts
 * the original text nodes back as they were.
 */
export function wrapGlosses(model: TextModel, doc: Document): () => void {
  // Last piece first within a node, so earlier offsets in the same node stay valid.
  const byNode = new Map<Text, (typeof model.glosses)[number]>();
  for (const piece of model.glosses.flat())
    byNode.set(piece.node, [...(byNode.get(piece.node) ?? []), piece]);
  const pieces = [...byNode.values()].flatMap((list) => list.sort((a, b) => b.start - a.start));
  const undo: (() => void)[] = [];
  for (const piece of pieces) {
    const { node, start, end } = piece;
    if (!node.parentNode || end > node.data.length) continue;
    const after = end < node.data.length ? splitKeepingModel(model, node, end) : null;
    const gloss = start > 0 ? splitKeepingModel(model, node, start) : node;
    const span = doc.createElement('span');
    span.setAttribute(GLOSS_ATTR, '');
    gloss.replaceWith(span);
    span.append(gloss);
    undo.push(() => {
      span.replaceWith(gloss);
      if (gloss !== node) joinKeepingModel(model, node, gloss);
      if (after) joinKeepingModel(model, node, after);
    });
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
