import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface ItemContext {
  index: number;
  /** the item holding the list's keyboard focus (roving tabindex): its controls are tabbable */
  active: boolean;
}

/**
 * A windowed list: only the items in view (plus `overscan` pixels each side) are in the DOM, so
 * 10,000 rows cost what 20 do. Each item has a fixed height given by `heightOf` (two or three
 * kinds of rows is enough here). Keyboard: ↑ ↓ Home End PageUp PageDown move between focusable
 * items, Enter activates. Screen readers get a list with every item's position and the total.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  isFocusable: (item: T) => boolean;
  renderItem: (item: T, ctx: ItemContext) => ComponentChild;
  label: string;
  onActivate?: (item: T) => void;
  /** other keys on a focused item (return true when handled) */
  onItemKey?: (item: T, key: string) => boolean;
  overscan?: number;
  /** used until the container has been measured (and in jsdom, which has no layout) */
  fallbackHeight?: number;
  testId?: string;
}) {
  const { items, heightOf, isFocusable } = props;
  const overscan = props.overscan ?? 240;
  const container = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(props.fallbackHeight ?? 400);
  const [active, setActive] = useState(-1);
  const focusPending = useRef(false);

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + heightOf(items[i]!);
    return out;
  }, [items, heightOf]);
  const total = offsets[items.length]!;

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setViewport(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // New items (a search, a tab): keep the active index inside the list.
  useEffect(() => {
    if (active >= items.length) setActive(-1);
  }, [items, active]);

  useEffect(() => {
    if (!focusPending.current || active < 0) return;
    focusPending.current = false;
    container.current?.querySelector<HTMLElement>(`[data-vindex="${active}"]`)?.focus();
  });

  // First item at or after `top`: binary search in the offsets.
  const indexAt = (top: number) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= top) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = indexAt(Math.max(0, scrollTop - overscan));
  const last = Math.min(items.length, indexAt(scrollTop + viewport + overscan) + 1);

  const focusable = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < items.length; i += step) if (isFocusable(items[i]!)) return i;
    return -1;
  };
  const moveTo = (index: number) => {
    if (index < 0) return;
    const el = container.current;
    if (el) {
      const top = offsets[index]!;
      const bottom = offsets[index + 1]!;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom > el.scrollTop + viewport) el.scrollTop = bottom - viewport;
      setScrollTop(el.scrollTop);
    }
    focusPending.current = true;
    setActive(index);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select, button')) return;
    // The focused item (its state update may not have rendered yet), else the active one.
    const focused = (e.target as HTMLElement).closest?.('[data-vindex]')?.getAttribute('data-vindex');
    const current = focused != null ? Number(focused) : active;
    const page = Math.max(1, Math.floor(viewport / 40));
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = focusable(current + 1, 1);
    else if (e.key === 'ArrowUp') next = focusable(Math.max(0, current - 1), -1);
    else if (e.key === 'Home') next = focusable(0, 1);
    else if (e.key === 'End') next = focusable(items.length - 1, -1);
    else if (e.key === 'PageDown') next = focusable(Math.min(items.length - 1, current + page), 1);
    else if (e.key === 'PageUp') next = focusable(Math.max(0, current - page), -1);
    else if (e.key === 'Enter' && current >= 0 && props.onActivate) {
      e.preventDefault();
      props.onActivate(items[current]!);
      return;
    }
    if (next === undefined) {
      if (current >= 0 && props.onItemKey?.(items[current]!, e.key)) e.preventDefault();
      return;
    }
    e.preventDefault();
    moveTo(next);
  };

  // Tab into the list lands on the active item, or the first focusable one.
  const tabStop = active >= 0 ? active : focusable(0, 1);
  const rendered = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    const canFocus = isFocusable(item);
    rendered.push(
      <div
        key={props.keyOf(item)}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={items.length}
        data-vindex={i}
        class="vitem"
        tabIndex={canFocus ? (i === tabStop ? 0 : -1) : undefined}
        onFocus={(e) => e.target === e.currentTarget && i !== active && setActive(i)}
        style={{ position: 'absolute', top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
      >
        {props.renderItem(item, { index: i, active: i === tabStop })}
      </div>,
    );
  }

  return (
    <div
      ref={container}
      class="vlist"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      data-testid={props.testId}
    >
      <div role="list" aria-label={props.label} style={{ position: 'relative', height: `${total}px` }}>
        {rendered}
      </div>
    </div>
  );
}
