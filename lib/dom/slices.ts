/**
 * Runs work in slices of at most `budget` ms, yielding to the page between them, so that no
 * task Zhuji runs on a page grows into a long task (> 50 ms). Stops when `signal` aborts.
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  signal?: AbortSignal,
  budget = 8,
): Promise<void> {
  let i = 0;
  while (i < items.length) {
    if (signal?.aborted) return;
    const end = performance.now() + budget;
    do work(items[i++]!);
    while (i < items.length && performance.now() < end);
    if (i < items.length) await yieldToPage();
  }
}

type Meter = (start: number, end: number) => void;
let meter: Meter | null = null;
let resumed = 0;

/**
 * Bench builds measure every slice of Zhuji's own work: from resuming after one yield to the
 * next yield (or `endSlice`). Time the page spends between our slices is not counted.
 */
export function meterSlices(record: Meter | null): void {
  meter = record;
  resumed = performance.now();
}

export function endSlice(): void {
  meter?.(resumed, performance.now());
  resumed = performance.now();
}

/** The resolvers of the macrotasks asked for, in order (one message each). */
const waiting: (() => void)[] = [];
let channel: MessageChannel | null = null;

/**
 * A new task by a message to ourselves. Not setTimeout: a tab in the background clamps its
 * timers to a second or more (Firefox 140 ESR has no scheduler.yield, and an article opened in a
 * background tab took 20 s to analyze, a second a slice).
 */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      // (Node's ports keep its event loop alive: tests in jsdom would never end.)
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** scheduler.yield where the browser has it (Chrome 129+, Firefox 142+), else a macrotask. */
export async function yieldToPage(): Promise<void> {
  endSlice();
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) await scheduler.yield();
  else await macrotask();
  resumed = performance.now();
}

/**
 * Yields until the next frame has been painted (then layout is clean and cheap to read); in a
 * tab that is not shown, where no frame comes until the reader opens it, a macrotask.
 */
export async function yieldToFrame(): Promise<void> {
  endSlice();
  if (document.visibilityState === 'hidden') await macrotask();
  else await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  resumed = performance.now();
}
