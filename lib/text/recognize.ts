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

export function recognize(text: string, ctx: RecognizeContext): { figures: Figure[]; events: Event[] } {
  const dates = findDates(text, ctx.published);
  const figures = findFigures(text, { blocked: dates, garbled: ctx.garbled });
  const events = findEvents(text, dates);
  return { figures, events };
}
