// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelState } from '../../../components/page/Panel';
import { PAGE_UI_CSS } from '../../../components/page/page-ui.css';

const labels = {
  junk: (n: number) => `${n} junk blocks hidden`,
  glosses: (n: number) => `${n} glosses hidden`,
  show: 'Show',
  hide: 'Hide',
  orphans: (n: number) => `${n} notes could not be placed`,
  fold: 'Fold this notice away',
  tab: 'Zhuji',
  unfold: 'Zhuji: show what it hid on this page',
};
const state: PanelState = {
  junk: 5,
  glosses: 857,
  junkShown: false,
  glossesShown: false,
  orphans: [{ id: 'a', quote: '集中入會行動', note: '' }],
  error: null,
  folded: false,
};
const panel = (s: PanelState, onFold = vi.fn()) =>
  render(
    <Panel panel={s} labels={labels} onToggleJunk={() => {}} onToggleGlosses={() => {}} onFold={onFold} />,
  );

describe('the page panel does not block reading', () => {
  it('folds to a small tab at the window’s edge, and unfolds again', () => {
    const onFold = vi.fn();
    const { unmount } = panel(state, onFold);
    const fold = screen.getByRole('button', { name: 'Fold this notice away' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fold);
    expect(onFold).toHaveBeenCalledWith(true);
    unmount();
    panel({ ...state, folded: true }, onFold);
    expect(screen.queryByTestId('zhuji-panel')).toBeNull();
    const tab = screen.getByRole('button', { name: 'Zhuji: show what it hid on this page' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.textContent).toBe('Zhuji ⚠ 1'); // an orphaned note still shows, folded
    fireEvent.click(tab);
    expect(onFold).toHaveBeenLastCalledWith(false);
  });
  it('unfolded, only its controls take the pointer: a highlight under its text can be hovered', () => {
    expect(PAGE_UI_CSS).toMatch(/\.panel \{[^}]*pointer-events: none/);
    expect(PAGE_UI_CSS).toMatch(/\.panel button, \.panel summary[^{]*\{ pointer-events: auto/);
  });
});
