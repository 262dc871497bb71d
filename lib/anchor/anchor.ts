/**
 * Re-anchoring a stored annotation on the article text, by ordered fallbacks (after the
 * Hypothesis client): the stored position if the quote is still there; else the exact quote,
 * choosing among repeats by context and nearness; else an approximate match (Myers'
 * bit-parallel algorithm, approx-string-match) scored on quote, context and position.
 * What cannot be anchored returns null and is kept by the caller as orphaned.
 */
import search from 'approx-string-match';
import type { Selectors } from './types';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact quote, less for an approximate one */
  score: number;
}

/** Similarity 0..1 of `want` to the text around a candidate, allowing edits. */
function contextScore(text: string, want: string, from: number, to: number): number {
  if (want.length === 0) return 1;
  const window = text.slice(Math.max(0, from), Math.min(text.length, to));
  if (window.length === 0) return 0;
  const matches = search(window, want, Math.ceil(want.length / 2));
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : want.length;
  return 1 - errors / want.length;
}

function score(text: string, [quote, position]: Selectors, start: number, end: number, quoteErrors: number) {
  const { exact, prefix, suffix } = quote;
  const quoteSim = 1 - quoteErrors / Math.max(1, exact.length);
  const prefixSim = contextScore(text, prefix, start - prefix.length - 4, start);
  const suffixSim = contextScore(text, suffix, end, end + suffix.length + 4);
  const nearness = 1 - Math.min(1, Math.abs(start - position.start) / Math.max(1, text.length));
  return {
    quoteSim,
    context: (prefixSim + suffixSim) / 2,
    total: (50 * quoteSim + 20 * prefixSim + 20 * suffixSim + 2 * nearness) / 92,
  };
}

function exactCandidates(text: string, exact: string, limit = 200): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && found.length < limit; i = text.indexOf(exact, i + 1))
    found.push(i);
  return found;
}

export function anchor(text: string, selectors: Selectors): Anchored | null {
  const [quote, position] = selectors;
  const { exact } = quote;
  if (!exact) return null;

  // 1. the stored position still holds the quote
  if (text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }

  // 2. the exact quote elsewhere: the best by context, then nearness
  const starts = exactCandidates(text, exact);
  if (starts.length === 1)
    return { start: starts[0]!, end: starts[0]! + exact.length, method: 'quote', score: 1 };
  if (starts.length > 1) {
    let best = starts[0]!;
    let bestTotal = -1;
    for (const s of starts) {
      const { total } = score(text, selectors, s, s + exact.length, 0);
      if (total > bestTotal) [best, bestTotal] = [s, total];
    }
    return { start: best, end: best + exact.length, method: 'quote', score: 1 };
  }

  // 3. an approximate match, accepted only when it is close enough to mean the same words
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  if (maxErrors === 0) return null;
  let best: Anchored | null = null;
  let bestTotal = 0;
  for (const m of search(text, exact, maxErrors)) {
    const s = score(text, selectors, m.start, m.end, m.errors);
    const acceptable = s.quoteSim >= 0.75 || (s.quoteSim >= 0.5 && s.context >= 0.75);
    if (acceptable && s.total > bestTotal) {
      bestTotal = s.total;
      best = { start: m.start, end: m.end, method: 'fuzzy', score: s.quoteSim };
    }
  }
  return best;
}
