import type { TextModel } from '../extract/text-model';
import { findGlosses } from '../text/gloss';
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

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'NOSCRIPT', 'CODE', 'PRE', 'ZHUJI-UI']);

/**
 * Glosses outside the article body (the headline, the site's name in the header) are crawl
 * garbage too: wrap them the same way. Skips script/style/form fields, editable regions and
 * what is already wrapped. Returns the undo.
 */
export function wrapStrayGlosses(model: TextModel, doc: Document): () => void {
  const body = doc.body;
  if (!body) return () => undefined;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.hasAttribute(GLOSS_ATTR) || el.isContentEditable) return 2; // REJECT
      }
      return /[(（]/.test((node as Text).data) ? 1 : 3; // ACCEPT : SKIP
    },
  });
  const pieces: { node: Text; start: number; end: number }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const g of findGlosses((n as Text).data)) pieces.push({ node: n as Text, start: g.start, end: g.end });
  }
  if (pieces.length === 0) return () => undefined;
  return wrapGlosses({ ...model, glosses: [pieces] }, doc);
}
