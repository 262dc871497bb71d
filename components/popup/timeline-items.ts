/**
 * Pure: annotation records (+ their pages) → the rows of the popup's list, grouped under day
 * headings. Events group by their own date; figures, highlights and notes by the day they were
 * kept. No DOM, no Dexie: unit tests call these directly.
 */
import type { AnnotationKind, AnnotationRecord, PageRecord } from '../../lib/db/types';

export type Tab = 'events' | 'figures' | 'marks' | 'all';
export const TABS: readonly Tab[] = ['events', 'figures', 'marks', 'all'];

export const TAB_KINDS: Record<Tab, readonly AnnotationKind[]> = {
  events: ['event'],
  figures: ['figure'],
  marks: ['highlight', 'note'],
  all: ['event', 'figure', 'highlight', 'note'],
};

export type Order = 'newest' | 'oldest';

export interface Row {
  type: 'row';
  key: string;
  record: AnnotationRecord;
  page: PageRecord | undefined;
}
export interface DayHeading {
  type: 'day';
  key: string;
  /** the grouping key: an ISO date prefix (2021-07-29, 2021-07, 2021) or '' when unknown */
  day: string;
}
export type Item = Row | DayHeading;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date a record is filed under: an event's date, else the day it was kept. */
export function dayOf(record: AnnotationRecord): string {
  if (record.kind === 'event') return record.date.slice(0, 10);
  return isoDay(record.created);
}

/** Sorts by day (newest or oldest first; within a day, by when kept, same direction). Undated last. */
export function sortRecords(records: readonly AnnotationRecord[], order: Order): AnnotationRecord[] {
  const dir = order === 'newest' ? -1 : 1;
  const keyed = records.map((record) => ({ record, day: dayOf(record) }));
  keyed.sort((a, b) => {
    if (a.day !== b.day) {
      if (!a.day) return 1;
      if (!b.day) return -1;
      return a.day < b.day ? -dir : dir;
    }
    if (a.record.created !== b.record.created) return (a.record.created - b.record.created) * dir;
    return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
  });
  return keyed.map((k) => k.record);
}

/** Puts a heading before each new day of records already sorted by sortRecords. */
export function groupItems(
  sorted: readonly AnnotationRecord[],
  pages: ReadonlyMap<string, PageRecord>,
): Item[] {
  const items: Item[] = [];
  let last: string | undefined;
  for (const record of sorted) {
    const day = dayOf(record);
    if (day !== last) {
      items.push({ type: 'day', key: `day:${day}`, day });
      last = day;
    }
    items.push({ type: 'row', key: record.id, record, page: pages.get(record.page) });
  }
  return items;
}

/** sortRecords, then groupItems. */
export function buildItems(
  records: readonly AnnotationRecord[],
  pages: ReadonlyMap<string, PageRecord>,
  order: Order,
): Item[] {
  return groupItems(sortRecords(records, order), pages);
}

export interface Filters {
  /** host name of the page ('' = every site) */
  site: string;
  tag: string;
  /** ISO dates, inclusive ('' = open) */
  from: string;
  to: string;
}
export const NO_FILTERS: Filters = { site: '', tag: '', from: '', to: '' };

export function hasFilters(f: Filters): boolean {
  return !!(f.site || f.tag || f.from || f.to);
}

/**
 * Keeps the records of `tab` that match the search form `form` (already in Simplified search
 * form, see lib/text/script searchForm: that is what makes 工会 find 工會) and the filters.
 */
export function filterRecords(
  records: readonly AnnotationRecord[],
  pages: ReadonlyMap<string, PageRecord>,
  tab: Tab,
  form: string,
  filters: Filters,
): AnnotationRecord[] {
  const kinds = TAB_KINDS[tab];
  return records.filter((r) => {
    if (!kinds.includes(r.kind)) return false;
    if (form && !r.search.includes(form)) return false;
    if (filters.tag && !r.tags.includes(filters.tag)) return false;
    if (filters.site && pages.get(r.page)?.site !== filters.site) return false;
    if (filters.from || filters.to) {
      const day = dayOf(r);
      if (!day || (filters.from && day < filters.from) || (filters.to && day > filters.to)) return false;
    }
    return true;
  });
}

/** How many records of each tab match (for the tab labels while searching). */
export function countByTab(records: readonly AnnotationRecord[]): Record<Tab, number> {
  const counts: Record<Tab, number> = { events: 0, figures: 0, marks: 0, all: records.length };
  for (const r of records) {
    if (r.kind === 'event') counts.events++;
    else if (r.kind === 'figure') counts.figures++;
    else counts.marks++;
  }
  return counts;
}
