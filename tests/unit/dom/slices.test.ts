// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { macrotask, yieldToFrame, yieldToPage } from '../../../lib/dom/slices';

// A tab in the background clamps its timers to a second or more and paints no frames: the
// yields between slices must not wait on either (Firefox 140 ESR has no scheduler.yield).
describe('yields between slices', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('a macrotask comes without any timer firing, each in the order asked', async () => {
    vi.useFakeTimers();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => macrotask().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('yieldToPage needs no timer where there is no scheduler.yield', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('scheduler', undefined);
    await expect(yieldToPage()).resolves.toBeUndefined();
  });

  it('yieldToFrame waits for no frame in a tab that is not shown', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const frame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frame);
    await yieldToFrame();
    expect(frame).not.toHaveBeenCalled();
  });
});
