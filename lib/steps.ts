/**
 * Work split into steps: a generator that yields at natural boundaries (between phases, every
 * few dozen blocks, every few thousand characters), so the same code runs in one go (drain) or
 * spread over several tasks (analyzeWithModelAsync). Shared by the extraction and the recognizers.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run the steps to their end, synchronously. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
