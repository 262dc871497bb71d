import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ZhujiDatabase } from '../../lib/db/database';
import type { AnnotationRecord, PageRecord } from '../../lib/db/types';
import { errorText } from '../../lib/messaging';
import type { Order } from '../../components/popup/timeline-items';

export interface Records {
  /** undefined while loading */
  records: AnnotationRecord[] | undefined;
  pages: Map<string, PageRecord>;
  /** true while only the first screen of events is loaded */
  partial: boolean;
  error: string;
}

/** How many events the first paint needs (a screen and a half). */
export const FIRST_SCREEN = 30;

/**
 * The first screen of events straight from the [kind+date] index, with their pages. The same
 * query as lib/db/queries eventsBetween, written here so the popup's first paint does not load
 * that module's Traditional → Simplified tables (they come later, with the search).
 * main.tsx starts it before the first render, alongside the language setting.
 */
export async function firstScreen(db: ZhujiDatabase, order: Order): Promise<Records> {
  const [records, pages] = await db.transaction('r', db.annotations, db.pages, async () => {
    const byDate = db.annotations.where('[kind+date]').between(['event', ''], ['event', '9999'], true, true);
    const found = await (order === 'newest' ? byDate.reverse() : byDate).limit(FIRST_SCREEN).toArray();
    return [found, await db.pages.bulkGet([...new Set(found.map((r) => r.page))])] as const;
  });
  const map = new Map(pages.filter((p): p is PageRecord => !!p).map((p) => [p.url, p]));
  return { records: records.length > 0 ? records : undefined, pages: map, partial: true, error: '' };
}

const LOADING: Records = { records: undefined, pages: new Map(), partial: true, error: '' };

/**
 * Everything kept, live: the first screen (when given) at once, then every record (the popup
 * filters and searches them in memory, which keeps a keystroke far under 50 ms). Reading
 * thousands of records holds the main thread, so it starts only after the first paint.
 */
export function useRecords(db: ZhujiDatabase, initial?: Records | null): Records {
  const [state, setState] = useState<Records>(initial ?? LOADING);

  useEffect(() => {
    let cancelled = false;
    let subscription: { unsubscribe(): void } | undefined;
    const loadAll = () => {
      if (cancelled) return;
      subscription = liveQuery(() => Promise.all([db.annotations.toArray(), db.pages.toArray()])).subscribe({
        next: ([records, pages]) =>
          setState({ records, pages: new Map(pages.map((p) => [p.url, p])), partial: false, error: '' }),
        error: (error: unknown) => setState((s) => ({ ...s, error: errorText(error) })),
      });
    };
    // Effects run after the first paint already; one more frame lets the rows show first.
    const frame = requestAnimationFrame(() => setTimeout(loadAll));
    return () => {
      cancelled = true;
      globalThis.cancelAnimationFrame?.(frame); // absent once a test environment is torn down
      subscription?.unsubscribe();
    };
  }, [db]);

  return state;
}
