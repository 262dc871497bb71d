import type { Selectors } from './types';

/** How much context a TextQuoteSelector keeps on each side (as Hypothesis does). */
export const CONTEXT = 32;

/** The selectors for [start, end) of `text`: the quote with context, and the position. */
export function describe(text: string, start: number, end: number): Selectors {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start <= end &&
    end <= text.length
  )) {
    throw new RangeError(`span [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
