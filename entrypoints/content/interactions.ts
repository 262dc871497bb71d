import type { Box } from '../../components/page/place';
import type { Figure, Span } from '../../lib/analysis';
import { selectionSpan } from '../../lib/dom/position';
import type { Hit } from '../../lib/dom/page-session';
import type { Controller } from './controller';
import { eventTip, figureTip } from './labels';

/** A span's first or last line in page coordinates (what a tooltip, toolbar or editor is put beside). */
function anchorBox(controller: Controller, span: Span, edge: 'start' | 'end'): Box {
  const rects = controller.session!.rangeOf(span).getClientRects();
  const rect = edge === 'end' ? rects[rects.length - 1] : rects[0];
  const win = controller.doc.defaultView!;
  if (!rect)
    return {
      left: win.scrollX + 20,
      top: win.scrollY + 20,
      right: win.scrollX + 20,
      bottom: win.scrollY + 20,
    };
  const [x, y] = [win.scrollX, win.scrollY];
  return { left: rect.left + x, top: rect.top + y, right: rect.right + x, bottom: rect.bottom + y };
}

const spanOf = (hit: Hit): Span =>
  hit.kind === 'figure' ? hit.figure : hit.kind === 'event' ? hit.event : hit.mark;

/**
 * The reader's gestures on the page: hover shows a tooltip (found by hit-testing, not by
 * wrapping), a selection shows the toolbar, a click on a highlight opens its note, a click on
 * a figure pins it. Every listener goes away with `signal`.
 */
export function attachInteractions(controller: Controller, signal: AbortSignal): void {
  const doc = controller.doc;
  const ui = () => controller.uiState;
  const inOwnUi = (e: Event) => e.composedPath().some((n) => n === controller.ui?.host);

  controller.handlers = {
    onHighlight: (color) => {
      const span = selectionSpan(controller.result!.model, doc.getSelection());
      ui().toolbar = null;
      if (span) void controller.notes.saveNew(span, color, '', [], null);
      doc.getSelection()?.removeAllRanges();
      controller.render();
    },
    onNote: () => {
      const span = selectionSpan(controller.result!.model, doc.getSelection());
      if (span) openEditor(span, null, null, '', []);
    },
    onSaveNote: (note, tags) => {
      const editing = controller.editing;
      closeEditor();
      if (!editing) return;
      if (editing.id) void controller.notes.update(editing.id, note, tags);
      else void controller.notes.saveNew(editing.span, editing.color, note, tags, editing.figure);
    },
    onCancelNote: () => closeEditor(),
    onDeleteNote: () => {
      const id = controller.editing?.id;
      closeEditor();
      if (id) void controller.notes.remove(id);
    },
    onToggleJunk: () => controller.setSwitches({ hideJunk: !controller.session!.state.hideJunk }),
    onToggleGlosses: () => controller.setSwitches({ hideGlosses: !controller.session!.state.hideGlosses }),
    onFoldPanel: (folded) => {
      ui().panel = { ...ui().panel, folded };
      controller.render();
    },
  };

  function openEditor(span: Span, id: string | null, figure: Figure | null, note: string, tags: string[]) {
    const text = controller.result!.analysis.text;
    controller.editing = { id, span, figure, color: 0 };
    ui().toolbar = null;
    ui().tip = null;
    ui().editor = {
      anchor: anchorBox(controller, span, 'end'),
      id,
      quote: text.slice(span.start, span.end).slice(0, 200),
      note,
      tags,
    };
    controller.render();
  }

  function closeEditor() {
    controller.editing = null;
    ui().editor = null;
    controller.render();
  }

  let frame = 0;
  let last: Hit | null = null;
  doc.addEventListener(
    'mousemove',
    (e) => {
      if (frame || !controller.session) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // While the selection toolbar is up, no tooltip comes over it.
        if (!controller.session || inOwnUi(e) || ui().toolbar) return;
        const hit = controller.session.hitTest(e.clientX, e.clientY);
        const same = hit && last && spanOf(hit) === spanOf(last);
        if (same || (!hit && !last)) return;
        last = hit;
        const at = hit ? anchorBox(controller, spanOf(hit), 'start') : null;
        ui().tip =
          !hit || !at || hit.kind === 'reader'
            ? null
            : hit.kind === 'figure'
              ? figureTip(hit.figure, at)
              : eventTip(hit.event, at);
        controller.render();
      });
    },
    { signal, passive: true },
  );

  doc.addEventListener(
    'click',
    (e) => {
      if (!controller.session || inOwnUi(e) || !doc.getSelection()?.isCollapsed) return;
      const hit = controller.session.hitTest(e.clientX, e.clientY);
      if (hit?.kind === 'reader') {
        const record = controller.notes.records.find((r) => r.id === hit.mark.id);
        if (record) openEditor(hit.mark, record.id, null, record.note, record.tags);
      } else if (hit?.kind === 'figure') {
        openEditor(hit.figure, null, hit.figure, '', []);
      }
    },
    { signal },
  );

  const onSelection = (e: Event) => {
    if (!controller.session || inOwnUi(e) || ui().editor) return;
    const span = selectionSpan(controller.result!.model, doc.getSelection());
    const next = span ? { anchor: anchorBox(controller, span, 'end') } : null;
    if (!next && !ui().toolbar) return;
    ui().toolbar = next;
    // A drag that ends on a figure has shown its tooltip: the toolbar replaces it (Firefox).
    if (next) {
      ui().tip = null;
      last = null;
    }
    controller.render();
  };
  doc.addEventListener('mouseup', onSelection, { signal });
  doc.addEventListener('keyup', onSelection, { signal });

  // Keyboard readers (caret browsing, F7): a caret inside a figure or an event shows its tooltip.
  doc.addEventListener(
    'keyup',
    (e) => {
      const selection = doc.getSelection();
      if (
        !controller.session ||
        inOwnUi(e) ||
        ui().editor ||
        !selection?.isCollapsed ||
        !selection.rangeCount
      )
        return;
      const range = selection.getRangeAt(0);
      const hit = controller.session.hitAtPosition(range.startContainer, range.startOffset);
      const at = hit && hit.kind !== 'reader' ? anchorBox(controller, spanOf(hit), 'start') : null;
      const tip =
        !hit || !at
          ? null
          : hit.kind === 'figure'
            ? figureTip(hit.figure, at)
            : hit.kind === 'event'
              ? eventTip(hit.event, at)
              : null;
      if (!tip && !ui().tip) return;
      ui().tip = tip;
      controller.render();
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      ui().toolbar = null;
      ui().tip = null;
      if (ui().editor) closeEditor();
      else controller.render();
    },
    { signal },
  );
}

/** Highlight the current selection (context menu, keyboard command); with `note`, open its editor. */
export async function highlightSelection(controller: Controller, note: boolean): Promise<boolean> {
  if (!controller.session) return false;
  const span = selectionSpan(controller.result!.model, controller.doc.getSelection());
  if (!span) return false;
  if (note) {
    controller.handlers.onNote();
    return true;
  }
  return (await controller.notes.saveNew(span, 0, '', [], null)) !== null;
}
