/** A rectangle in page coordinates (the viewport's plus its scroll offset). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible part of the page, in page coordinates. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  /** true when it went above the anchor, for want of room below */
  above: boolean;
}

/**
 * Where a floating box of `size` goes beside `anchor` (a line of text), kept inside `view`:
 * below the anchor, or above it when there is no room below and there is above (else on the
 * side with more room); lined up with the anchor's left (`start`) or right (`end`) edge and
 * moved in to stay `margin` px inside the viewport's sides (at its left edge when wider).
 */
export function place(
  anchor: Box,
  size: { width: number; height: number },
  view: Viewport,
  opts: { align?: 'start' | 'end'; gap?: number; margin?: number } = {},
): Placement {
  const { align = 'start', gap = 4, margin = 8 } = opts;
  const wanted = align === 'end' ? anchor.right - size.width : anchor.left;
  const maxX = view.left + view.width - margin - size.width;
  const x = Math.max(view.left + margin, Math.min(wanted, maxX));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  const roomBelow = view.top + view.height - margin - anchor.bottom - gap;
  const roomAbove = anchor.top - gap - (view.top + margin);
  const up = roomBelow < size.height && (roomAbove >= size.height || roomAbove > roomBelow);
  return { x, y: up ? above : below, above: up };
}
