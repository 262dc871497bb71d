// @vitest-environment jsdom
import { render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '../../../components/page/NoteEditor';
import { Tip } from '../../../components/page/Tip';
import { Toolbar } from '../../../components/page/Toolbar';

// jsdom lays nothing out: give every element a size and the window 760 × 600 px.
const SIZE = { width: 300, height: 120 };
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(SIZE.width);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(SIZE.height);
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(760);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(760);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(600);
});
afterEach(() => vi.restoreAllMocks());

const nearRightBottom = { left: 700, top: 560, right: 740, bottom: 580 };
const px = (el: HTMLElement, prop: 'left' | 'top') => parseFloat(el.style[prop]);

describe('tooltip, toolbar and note editor stay inside the viewport', () => {
  it('the tooltip of a figure at the bottom right: moved in, and above the line', () => {
    render(<Tip tip={{ anchor: nearRightBottom, title: '143,100 人', lines: ['Figure'] }} />);
    const tip = screen.getByTestId('zhuji-tip');
    expect(px(tip, 'left') + SIZE.width).toBeLessThanOrEqual(760);
    expect(px(tip, 'top') + SIZE.height).toBeLessThanOrEqual(nearRightBottom.top);
    expect(tip.dataset.side).toBe('above');
  });
  it('the toolbar and the editor likewise', () => {
    render(
      <Toolbar
        bar={{ anchor: nearRightBottom }}
        colors={['#fe0']}
        labels={{ highlight: 'Highlight', note: 'Note', color: () => 'c' }}
        onHighlight={() => {}}
        onNote={() => {}}
      />,
    );
    const bar = screen.getByTestId('zhuji-toolbar');
    expect(px(bar, 'left') + SIZE.width).toBeLessThanOrEqual(760);
    expect(px(bar, 'top') + SIZE.height).toBeLessThanOrEqual(nearRightBottom.top);
    render(
      <NoteEditor
        editor={{
          anchor: { left: 20, top: 100, right: 60, bottom: 120 },
          id: null,
          quote: 'q',
          note: '',
          tags: [],
        }}
        labels={{ note: 'Note', tags: 'Tags', save: 'Save', cancel: 'Cancel', delete: 'Delete' }}
        onSave={() => {}}
        onCancel={() => {}}
        onDelete={null}
      />,
    );
    const editor = screen.getByTestId('zhuji-editor');
    expect(px(editor, 'left')).toBeGreaterThanOrEqual(8); // its right edge at the anchor's end would be at -240
    expect(px(editor, 'top')).toBe(126); // below the line, 6 px apart
  });
});
