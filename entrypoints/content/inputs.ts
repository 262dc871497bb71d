import type { Event, Figure, Metadata } from '../../lib/analysis';
import { describe } from '../../lib/anchor/describe';
import type { AnnotationInput, PageInput } from '../../lib/db/types';

/** The page part of every message to the background. */
export function pageInput(url: string, metadata: Metadata): PageInput {
  return {
    url,
    title: metadata.title.slice(0, 1000),
    subtitle: metadata.subtitle.slice(0, 1000),
    source: metadata.source.slice(0, 200),
    authors: metadata.authors.slice(0, 20).map((a) => a.slice(0, 100)),
    editor: metadata.editor.slice(0, 100),
    published: metadata.published,
    language: metadata.language,
    canonicalUrl: /^https?:/.test(metadata.canonicalUrl) ? metadata.canonicalUrl : '',
  };
}

export function eventInputs(text: string, events: Event[]): AnnotationInput[] {
  return events.slice(0, 2000).map((e) => ({
    kind: 'event',
    selectors: describe(text, e.start, Math.min(e.end, e.start + 10_000)),
    note: '',
    tags: [],
    color: '',
    event: {
      date: e.date,
      dateEnd: e.dateEnd,
      precision: e.precision,
      heading: e.heading.slice(0, 500),
      marker: e.marker.slice(0, 50),
    },
  }));
}

export function figureInput(text: string, f: Figure, note: string, tags: string[]): AnnotationInput {
  return {
    kind: 'figure',
    selectors: describe(text, f.start, f.end),
    note,
    tags,
    color: '',
    figure: { value: f.value, max: f.max, unit: f.unit, qualifier: f.qualifier, suspect: f.suspect },
  };
}
