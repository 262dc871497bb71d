import { searchForm } from '../text/script';
import type { AnnotationInput, AnnotationRecord, PageInput } from './types';

/** The search form is built from everything a reader may look for. */
export function searchFields(
  a: Pick<AnnotationRecord, 'exact' | 'note' | 'tags'> & { event?: { heading: string } },
) {
  return {
    search: searchForm([a.exact, a.event?.heading ?? '', a.note, ...a.tags].filter(Boolean).join(' ')),
  };
}

/** Builds a complete record from an input (validated elsewhere). */
export function buildRecord(
  input: AnnotationInput,
  ids: { id: string; page: string; origin: 'auto' | 'reader' },
  now: number,
): AnnotationRecord {
  const exact = input.selectors[0].exact;
  const record: AnnotationRecord = {
    ...input,
    ...ids,
    exact,
    date: input.event?.date ?? '',
    edited: false,
    created: now,
    updated: now,
    search: '',
  };
  return { ...record, ...searchFields(record) };
}

/** A page record's input with nothing known but its address. */
export const minimalPage = (url: string): PageInput => ({
  url,
  title: '',
  subtitle: '',
  source: '',
  authors: [],
  editor: '',
  published: '',
  language: '',
  canonicalUrl: '',
});
