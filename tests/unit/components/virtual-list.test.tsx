// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../components/VirtualList';

afterEach(cleanup);

type It = { key: string; head: boolean };
const items: It[] = Array.from({ length: 10_000 }, (_, i) => ({ key: `k${i}`, head: i % 10 === 0 }));

function List(props: { onActivate?: (item: It) => void }) {
  return (
    <VirtualList
      items={items}
      heightOf={(it) => (it.head ? 20 : 40)}
      keyOf={(it) => it.key}
      isFocusable={(it) => !it.head}
      label="Things"
      fallbackHeight={400}
      overscan={0}
      onActivate={props.onActivate}
      renderItem={(it, ctx) => (
        <span data-active={ctx.active}>{it.head ? `head ${it.key}` : `row ${it.key}`}</span>
      )}
    />
  );
}

describe('VirtualList', () => {
  it('puts only the rows in view in the DOM, with their position in the whole list', () => {
    render(<List />);
    const rendered = screen.getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(20);
    expect(rendered[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(screen.getByRole('list', { name: 'Things' }).style.height).toBe(`${1000 * 20 + 9000 * 40}px`);
  });

  it('renders the window at the scroll position', () => {
    render(<List />);
    const scroller = screen.getByRole('list').parentElement!;
    // 100 groups of (20 + 9 × 40) = 380 px each: item 1000 starts at 38,000 px
    scroller.scrollTop = 38_000;
    fireEvent.scroll(scroller);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('head k1000');
  });

  it('moves focus between focusable rows with the arrow keys (skipping headings) and activates with Enter', () => {
    const onActivate = vi.fn();
    render(<List onActivate={onActivate} />);
    const first = screen.getByText('row k1').parentElement!;
    expect(first.tabIndex).toBe(0); // the one tab stop
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('row k2');
    for (let i = 0; i < 8; i++) fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('row k11'); // k10 is a heading
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onActivate).toHaveBeenCalledWith(items[11]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('row k9999');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('row k1');
  });
});
