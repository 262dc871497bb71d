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

/** scheduler.yield where the browser has it (Chrome 129+), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
