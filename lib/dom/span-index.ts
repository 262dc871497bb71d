import type { Span } from '../analysis';

/** Spans sorted by start, for "which spans contain offset x" in O(log n + k). */
export class SpanIndex<T extends Span> {
  private readonly items: T[];
  private readonly maxLen: number;

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxLen = this.items.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** The spans with start ≤ offset < end, shortest first. */
  at(offset: number): T[] {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    for (let i = lo - 1; i >= 0; i--) {
      const s = this.items[i]!;
      if (offset - s.start >= this.maxLen) break;
      if (offset < s.end) found.push(s);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  get size(): number {
    return this.items.length;
  }
}
