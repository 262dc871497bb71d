import { segmentsOf, type NodePieces, type TextModel } from '../extract/text-model';
import { findGlosses } from '../text/gloss';
import { joinKeepingModel, splitKeepingModel } from './node-split';
import { inSlices } from './slices';

export const GLOSS_ATTR = 'data-zhuji-gloss';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'NOSCRIPT', 'CODE', 'PRE', 'ZHUJI-UI']);

export interface GlossJob {
  count: number;
  /** Wraps in time slices, yielding to the page between them. */
  run(signal?: AbortSignal): Promise<void>;
  runAll(): void;
  /** Undoes whatever has been wrapped so far, restoring the original text nodes. */
  undo(): void;
}

/**
 * Puts every inline pinyin gloss (網(wǎng) → the `(wǎng)`) into its own <span data-zhuji-gloss>,
 * so a stylesheet rule can hide it. The text stays exactly as it was (only split across
 * nodes), and the model is patched so its offsets still hold.
 */
export function glossJob(model: TextModel, doc: Document, pieces: NodePieces = model.glosses): GlossJob {
  const ordered = wrapOrder(pieces);
  const undo: (() => void)[] = [];
  const wrapOne = (i: number) => {
    const node = pieces.node[i] as Text;
    const start = pieces.start[i] as number;
    const end = pieces.end[i] as number;
    if (!node.parentNode || end > node.data.length) return;
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
  };
  return {
    count: ordered.length,
    run: (signal) => inSlices(ordered, wrapOne, signal),
    runAll: () => ordered.forEach(wrapOne),
    undo: () => {
      for (const step of undo.reverse()) step();
      undo.length = 0;
    },
  };
}

/**
 * The pieces in the order to wrap them: the nodes in the page's order, and within a node the
 * last piece first, so that splitting the node leaves the earlier offsets valid. A node's pieces
 * are one run of the list, in the order of their offsets (the model lists a block's glosses in
 * text order, strayGlossJob a node's as it finds them): each run is read backwards. (Grouped by a
 * Map and sorted, the 8,570 glosses of the seed ×10 took 7.8 ms, median of 10 loads.)
 */
export function wrapOrder(pieces: NodePieces): number[] {
  const nodes = pieces.node;
  const out = new Array<number>(nodes.length);
  let k = 0;
  for (let i = 0; i < nodes.length;) {
    let j = i + 1;
    while (j < nodes.length && nodes[j] === nodes[i]) j++;
    for (let m = j - 1; m >= i; m--) out[k++] = m;
    i = j;
  }
  return out;
}

/** All of the model's glosses at once; returns the undo. */
export function wrapGlosses(model: TextModel, doc: Document): () => void {
  const job = glossJob(model, doc);
  job.runAll();
  return job.undo;
}

/**
 * Glosses outside the article body (the headline, the site's name in the header) are crawl
 * garbage too. Finds them in text nodes the model does not own, skipping script/style/form
 * fields, editable regions and Zhuji's own UI.
 */
export function strayGlossJob(model: TextModel, doc: Document): GlossJob {
  const body = doc.body;
  const owned = new Set(model.glosses.node);
  const pieces: NodePieces = { node: [], start: [], end: [] };
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */, {
      acceptNode(node) {
        if (owned.has(node as Text) || segmentsOf(model, node).length) return 3; // SKIP
        if (!/[(（]/.test((node as Text).data)) return 3;
        for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
          if (SKIP.has(el.tagName) || el.hasAttribute(GLOSS_ATTR) || el.isContentEditable) return 3;
        }
        return 1; // ACCEPT
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const g of findGlosses((n as Text).data)) {
        pieces.node.push(n as Text);
        pieces.start.push(g.start);
        pieces.end.push(g.end);
      }
    }
  }
  return glossJob(model, doc, pieces);
}
