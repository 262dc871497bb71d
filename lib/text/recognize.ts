/**
 * The recognizers' one entry point: figures and dated events in an article's text (pinyin
 * glosses already removed; garbled spans known). Pure: string in, data out.
 */
import type { Event, Figure, Span } from '../analysis.ts';
import { findDates } from './dates.ts';
import { findEvents } from './events.ts';
import { findFigures } from './figures.ts';

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
 * The same work as `recognize`, yielding between its three scans (dates, figures, events), so
 * that a caller on a page can let the page run between them: each is a fraction of the whole.
 */
export function* recognizeSteps(text: string, ctx: RecognizeContext): Generator<void, Recognized, void> {
  const dates = findDates(text, ctx.published);
  yield;
  const figures = findFigures(text, { blocked: dates, garbled: ctx.garbled });
  yield;
  const events = findEvents(text, dates);
  return { figures, events };
}

export function recognize(text: string, ctx: RecognizeContext): Recognized {
  const steps = recognizeSteps(text, ctx);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
