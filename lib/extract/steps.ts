/**
 * Work split into steps: a generator that yields at natural boundaries (between phases, every
 * few dozen blocks), so the same code runs in one go (drain) or spread over several tasks.
 */
export type Steps<T> = Generator<void, T, void>;

/** Blocks handled between two yields inside a long loop. */
export const STEP_BLOCKS = 48;

/**
 * Nodes the page's walk reads between two yields. (Cold, in the content script on the seed ×10,
 * the first 1,024 nodes were one step of 15 ms (median of 10 loads, 42 at most); the first 256
 * are 3.6 ms: before the walk's code is optimized, each node costs several times what it will.)
 */
export const STEP_NODES = 256;

/** Run the steps to their end, synchronously. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
