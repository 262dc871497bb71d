import { describe, expect, it } from 'vitest';
import { place, type Box } from '../../../components/page/place';

// A 760 × 800 window scrolled 1000 px down.
const view = { left: 0, top: 1000, width: 760, height: 800 };
const line = (left: number, top: number, right = left + 60): Box => ({ left, top, right, bottom: top + 20 });
const tip = { width: 240, height: 70 };

describe('place: a floating box beside a line, inside the viewport', () => {
  it('goes below the anchor, lined up with its start, when there is room', () => {
    expect(place(line(100, 1200), tip, view, { gap: 4 })).toEqual({ x: 100, y: 1224, above: false });
  });
  it('is moved in from the right edge, keeping the margin (the 760 px window’s right-edge figure)', () => {
    const at = place(line(680, 1200), tip, view, { margin: 8 });
    expect(at.x).toBe(760 - 8 - 240);
    expect(at.x + tip.width).toBeLessThanOrEqual(view.width);
  });
  it('is moved in from the left edge too (a scrolled page: page coordinates)', () => {
    const scrolled = { ...view, left: 300 };
    expect(place(line(290, 1200), tip, scrolled, { margin: 8 }).x).toBe(308);
  });
  it('lines up its right edge with the anchor’s end for align "end" (toolbar, editor)', () => {
    expect(place(line(300, 1200, 500), { width: 120, height: 30 }, view, { align: 'end' }).x).toBe(380);
    // …and still stays inside on the left
    expect(place(line(0, 1200, 60), { width: 300, height: 200 }, view, { align: 'end', margin: 8 }).x).toBe(
      8,
    );
  });
  it('flips above the anchor when there is no room below', () => {
    const at = place(line(100, 1760), tip, view, { gap: 4 });
    expect(at).toEqual({ x: 100, y: 1760 - 4 - 70, above: true });
    expect(at.y).toBeGreaterThanOrEqual(view.top);
  });
  it('stays below when there is room neither below nor above but more below', () => {
    const tall = { width: 300, height: 900 };
    expect(place(line(100, 1100), tall, view).above).toBe(false);
    expect(place(line(100, 1700), tall, view).above).toBe(true);
  });
  it('a box wider than the viewport starts at its left margin', () => {
    expect(place(line(100, 1200), { width: 900, height: 50 }, view, { margin: 8 }).x).toBe(8);
  });
});
