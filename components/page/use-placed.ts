import { useLayoutEffect, useRef } from 'preact/hooks';
import { place, type Box, type Viewport } from './place';

/** The page's visible area in page coordinates (scrollbars left out). */
export function viewportOf(doc: Document): Viewport {
  const win = doc.defaultView!;
  const root = doc.documentElement;
  const width = Math.min(root.clientWidth || win.innerWidth, win.innerWidth);
  const height = Math.min(root.clientHeight || win.innerHeight, win.innerHeight);
  return { left: win.scrollX, top: win.scrollY, width, height };
}

/**
 * Puts the element it is given as ref beside `anchor`, measured and kept inside the viewport
 * (see `place`); run after every render, before the browser paints.
 */
export function usePlaced<T extends HTMLElement>(anchor: Box, opts: Parameters<typeof place>[3]) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    const at = place(anchor, size, viewportOf(el.ownerDocument), opts);
    el.style.left = `${at.x}px`;
    el.style.top = `${at.y}px`;
    el.dataset.side = at.above ? 'above' : 'below';
  });
  return ref;
}
