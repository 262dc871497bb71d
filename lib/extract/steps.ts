/**
 * Work split into steps: a generator that yields at natural boundaries (between phases, every
 * few dozen blocks), so the same code runs in one go (drain) or spread over several tasks.
 */
export type Steps<T> = Generator<void, T, void>;

/** Blocks handled between two yields inside a long loop. */
export const STEP_BLOCKS = 48;

/** Nodes the page's walk reads between two yields (a thousand are a few ms, cold). */
export const STEP_NODES = 1024;

/** Run the steps to their end, synchronously. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
