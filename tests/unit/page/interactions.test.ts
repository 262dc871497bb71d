// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyUi, type PageUiState } from '../../../components/page/PageUi';
import type { Figure } from '../../../lib/analysis';
import type { Controller } from '../../../entrypoints/content/controller';

// The selection is mapped to a span of the text model elsewhere (tested there): here it is given.
const selected = vi.hoisted(() => ({ span: null as { start: number; end: number } | null }));
vi.mock('../../../lib/dom/position', () => ({ selectionSpan: () => selected.span }));
const { attachInteractions } = await import('../../../entrypoints/content/interactions');

const figure = { start: 10, end: 14, text: '143萬' } as unknown as Figure;
const rect = { left: 100, top: 100, right: 160, bottom: 120, width: 60, height: 20 };

function stubController() {
  const uiState: PageUiState = emptyUi();
  return {
    doc: document,
    uiState,
    ui: null,
    editing: null,
    result: { model: {}, analysis: { text: 'x'.repeat(40) } },
    session: {
      hitTest: () => ({ kind: 'figure', figure }),
      hitAtPosition: () => null,
      rangeOf: () => ({ getClientRects: () => [rect] }),
    },
    notes: { records: [] },
    render: vi.fn(),
  } as unknown as Controller;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
let listeners: AbortController;
beforeEach(() => {
  listeners = new AbortController();
  selected.span = null;
});
afterEach(() => listeners.abort());

describe('interactions: tooltip and selection toolbar', () => {
  it('a drag that ends on a figure shows only the toolbar, not the figure’s tooltip under it', async () => {
    const c = stubController();
    attachInteractions(c, listeners.signal);
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 120, clientY: 110 }));
    await frame();
    expect(c.uiState.tip?.title).toBeTruthy(); // hovering the figure shows its tooltip
    selected.span = { start: 2, end: 12 };
    document.dispatchEvent(new MouseEvent('mouseup', { clientX: 120, clientY: 110 }));
    expect(c.uiState.toolbar).not.toBeNull();
    expect(c.uiState.tip).toBeNull();
    // moving on over the figure while the toolbar is up does not bring the tooltip back
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 125, clientY: 111 }));
    await frame();
    expect(c.uiState.tip).toBeNull();
  });
});
