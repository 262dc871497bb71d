import type { Span } from '../analysis';
import { rangeFor, type TextModel } from '../extract/text-model';
import { joinKeepingModel, splitKeepingModel } from './node-split';

/** Named groups of text-model spans drawn on the page: zhuji-figure, zhuji-event, zhuji-reader-0 … */
export interface Highlighter {
  /** Replaces the spans of a group. */
  set(name: string, spans: readonly Span[]): void;
  /** How many spans a group has. */
  count(name: string): number;
  /** Removes every group (in the fallback, every wrapper, restoring the original text nodes). */
  destroy(): void;
  readonly native: boolean;
}

type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): unknown };
interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

/**
 * The CSS Custom Highlight API (Chrome 105+, Firefox 140+): the page's DOM and text are not
 * touched at all. Elsewhere, a fallback that wraps text in <zhuji-mark> and undoes it exactly.
 */
export function createHighlighter(doc: Document, model: TextModel): Highlighter {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor }) | null;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } } | null)?.CSS
    ?.highlights;
  const Ctor = win?.Highlight;
  if (registry && Ctor) return nativeHighlighter(doc, model, registry, Ctor);
  return wrappingHighlighter(doc, model);
}

const validSpans = (model: TextModel, spans: readonly Span[]) =>
  spans.filter((s) => 0 <= s.start && s.start < s.end && s.end <= model.text.length);

function nativeHighlighter(
  doc: Document,
  model: TextModel,
  registry: HighlightRegistryLike,
  Ctor: HighlightCtor,
): Highlighter {
  const counts = new Map<string, number>();
  return {
    native: true,
    set(name, spans) {
      const ranges = validSpans(model, spans).map((s) => rangeFor(model, s.start, s.end, doc));
      if (ranges.length) {
        // (Added one by one: tens of thousands of constructor arguments overflow the stack.)
        const highlight = new Ctor();
        for (const range of ranges) highlight.add(range);
        registry.set(name, highlight);
      } else registry.delete(name);
      counts.set(name, ranges.length);
    },
    count: (name) => counts.get(name) ?? 0,
    destroy() {
      for (const name of counts.keys()) registry.delete(name);
      counts.clear();
    },
  };
}

function textNodesIn(doc: Document, range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

function wrappingHighlighter(doc: Document, model: TextModel): Highlighter {
  const groups = new Map<string, Span[]>();
  let undo: (() => void)[] = [];

  const wrapSpan = (kind: string, span: Span) => {
    const range = rangeFor(model, span.start, span.end, doc);
    for (const node of textNodesIn(doc, range).reverse()) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end <= start) continue;
      const after = end < node.data.length ? splitKeepingModel(model, node, end) : null;
      const piece = start > 0 ? splitKeepingModel(model, node, start) : node;
      const mark = doc.createElement('zhuji-mark');
      mark.setAttribute('data-kind', kind);
      piece.replaceWith(mark);
      mark.append(piece);
      undo.push(() => {
        mark.replaceWith(piece);
        if (piece !== node) joinKeepingModel(model, node, piece);
        if (after) joinKeepingModel(model, node, after);
      });
    }
  };
  const unwrapAll = () => {
    for (const step of undo.reverse()) step();
    undo = [];
  };
  const render = () => {
    unwrapAll();
    for (const [name, spans] of groups) {
      // Later spans first: a wrap splits nodes only after the earlier spans' positions.
      for (const span of [...spans].sort((a, b) => b.start - a.start))
        wrapSpan(name.replace(/^zhuji-/, ''), span);
    }
  };
  return {
    native: false,
    set(name, spans) {
      groups.set(name, validSpans(model, spans));
      render();
    },
    count: (name) => groups.get(name)?.length ?? 0,
    destroy() {
      groups.clear();
      unwrapAll();
    },
  };
}
