/**
 * The recognizers' one entry point: figures and dated events in an article's text (pinyin
 * glosses already removed; garbled spans known). Pure: string in, data out.
 */
import type { Event, Figure, Span } from '../analysis.ts';
import { drain, type Steps } from '../steps.ts';
import { findDatesSteps } from './dates.ts';
import { findEventsSteps } from './events.ts';
import { findFiguresSteps } from './figures.ts';
import { findTableFigures } from './table-figures.ts';

export interface RecognizeContext {
  /** The article's published date, ISO 8601 (`2022-01-29T09:30:00+08:00`), or null. */
  published: string | null;
  /** Garbled crawl artifacts as [start, end) offsets into the text. */
  garbled: Span[];
}

export interface Recognized {
  figures: Figure[];
  events: Event[];
}

/**
 * The same work as `recognize`, yielding between its three scans (dates, figures, events),
 * every SCAN_CHUNK characters inside the first two and inside the third (findEventsSteps), so
 * that a caller on a page can let the page run between them (cold, on a long article, each
 * scan is tens of ms).
 */
export function* recognizeSteps(text: string, ctx: RecognizeContext): Steps<Recognized> {
  const dates = yield* findDatesSteps(text, ctx.published);
  yield;
  const found = yield* findFiguresSteps(text, { blocked: dates, garbled: ctx.garbled });
  // (A table's bare numbers, with their column's unit: few texts hold a table.)
  const table = findTableFigures(text, found, ctx.garbled);
  const figures = table.length ? [...found, ...table].sort((a, b) => a.start - b.start) : found;
  yield;
  const events = yield* findEventsSteps(text, dates);
  return { figures, events };
}

export function recognize(text: string, ctx: RecognizeContext): Recognized {
  return drain(recognizeSteps(text, ctx));
}
