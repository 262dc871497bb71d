import { segmentsOf, type NodePieces, type TextModel } from '../extract/text-model';
import { findGlosses } from '../text/gloss';
import { joinKeepingModel, moveSegment, splitKeepingModel } from './node-split';
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
  const runs = nodeRuns(pieces);
  const undo: (() => void)[] = [];
  const wrapOne = (i: number) => {
    const node = pieces.node[i] as Text;
    const start = pieces.start[i] as number;
    const end = pieces.end[i] as number;
    if (!node.parentNode || end > node.data.length) return;
    const after = end < node.data.length ? splitKeepingModel(model, node, end) : null;
    const gloss = start > 0 ? splitKeepingModel(model, node, start) : node;
    const span = glossSpan(doc);
    gloss.replaceWith(span);
    span.append(gloss);
    undo.push(() => {
      span.replaceWith(gloss);
      if (gloss !== node) joinKeepingModel(model, node, gloss);
      if (after) joinKeepingModel(model, node, after);
    });
  };
  const wrapRun = (r: number) => {
    const from = runs[2 * r] as number;
    const to = runs[2 * r + 1] as number;
    const done = wrapNode(model, doc, pieces, from, to);
    if (done) undo.push(done);
    else for (let k = to - 1; k >= from; k--) wrapOne(k); // (the last piece first)
  };
  const items = Array.from({ length: runs.length / 2 }, (_, r) => r);
  return {
    count: pieces.node.length,
    run: (signal) => inSlices(items, wrapRun, signal),
    runAll: () => items.forEach(wrapRun),
    undo: () => {
      for (const step of undo.reverse()) step();
      undo.length = 0;
    },
  };
}

function glossSpan(doc: Document): HTMLElement {
  const span = doc.createElement('span');
  span.setAttribute(GLOSS_ATTR, '');
  return span;
}

/**
 * The pieces grouped by node, in the page's order: [from, to) ranges of the list, flat. A
 * node's pieces are one run of the list, in the order of their offsets (the model lists a
 * block's glosses in text order, strayGlossJob a node's as it finds them).
 */
export function nodeRuns(pieces: NodePieces): number[] {
  const nodes = pieces.node;
  const out: number[] = [];
  for (let i = 0; i < nodes.length;) {
    let j = i + 1;
    while (j < nodes.length && nodes[j] === nodes[i]) j++;
    out.push(i, j);
    i = j;
  }
  return out;
}

/**
 * Wraps the pieces [from, to) of one node at once: the node keeps the text before the first
 * (or, when that starts the node, becomes its text), and the rest of its text is new nodes, put
 * in place in one insertion; the model's segments move onto the nodes that hold them. Returns the
 * undo, or null (nothing done) when the pieces or the segments do not fit the node's text (then
 * the pieces are wrapped one by one). (One by one, each piece split the node twice in the page:
 * 857 glosses took 30 ms on the seed, cold, and 8,570 took 81 ms.)
 */
function wrapNode(
  model: TextModel,
  doc: Document,
  pieces: NodePieces,
  from: number,
  to: number,
): (() => void) | null {
  const node = pieces.node[from] as Text;
  const data = node.data;
  if (!node.parentNode) return () => {};
  let last = 0;
  for (let k = from; k < to; k++) {
    const s = pieces.start[k] as number;
    const e = pieces.end[k] as number;
    if (s < last || e <= s || e > data.length) return null;
    last = e;
  }
  // The runs of kept text after the first piece: [offset in data, end) pairs.
  const kept: number[] = [];
  for (let k = from; k < to; k++) {
    const e = pieces.end[k] as number;
    const next = k + 1 < to ? (pieces.start[k + 1] as number) : data.length;
    if (next > e) kept.push(e, next);
  }
  const first = pieces.start[from] as number;
  // Each segment on the node must lie within the head or within one run.
  const segs = model.segments;
  const own = [...segmentsOf(model, node)];
  const targets: number[] = [];
  for (const i of own) {
    const ns = segs.nodeStart[i] as number;
    const ne = ns + (segs.end[i] as number) - (segs.start[i] as number);
    let t = ne <= first ? -1 : -2;
    for (let r = 0; t === -2 && r < kept.length; r += 2)
      if (ns >= (kept[r] as number) && ne <= (kept[r + 1] as number)) t = r / 2;
    if (t === -2) return null;
    targets.push(t);
  }
  const texts: Text[] = [];
  for (let r = 0; r < kept.length; r += 2) texts.push(doc.createTextNode(data.slice(kept[r], kept[r + 1])));
  // What follows the node's place, in order: each piece's span, and the kept text after it.
  const parts: Node[] = [];
  let firstSpan: HTMLElement | null = null;
  let r = 0;
  for (let k = from; k < to; k++) {
    const span = glossSpan(doc);
    if (k === from && first === 0) firstSpan = span;
    else span.append(doc.createTextNode(data.slice(pieces.start[k], pieces.end[k])));
    parts.push(span);
    if (r < kept.length && kept[r] === pieces.end[k]) {
      parts.push(texts[r / 2] as Text);
      r += 2;
    }
  }
  for (let n = 0; n < own.length; n++) {
    const t = targets[n] as number;
    if (t >= 0) moveSegment(model, own[n] as number, texts[t] as Text, -(kept[2 * t] as number));
  }
  if (firstSpan) {
    node.data = data.slice(0, pieces.end[from]);
    node.replaceWith(...parts);
    firstSpan.append(node);
  } else {
    node.data = data.slice(0, first);
    node.after(...parts);
  }
  return () => {
    // The text as it is now (a page may have changed it), joined back into the node.
    let joined = firstSpan ? '' : node.data;
    const offsets = texts.map(() => 0);
    for (const part of parts) {
      const t = texts.indexOf(part as Text);
      if (t >= 0) offsets[t] = joined.length;
      joined += part.textContent ?? '';
    }
    if (firstSpan) firstSpan.replaceWith(node);
    for (const part of parts) if (part !== firstSpan) (part as ChildNode).remove();
    node.data = joined;
    texts.forEach((t, k) => {
      for (const i of [...segmentsOf(model, t)]) moveSegment(model, i, node, offsets[k] as number);
    });
  };
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
