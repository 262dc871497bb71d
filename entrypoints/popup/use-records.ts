import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ZhujiDatabase } from '../../lib/db/database';
import { eventsBetween } from '../../lib/db/queries';
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
export const FIRST_SCREEN = 40;

/**
 * Everything kept, live. Two steps so the first paint is quick with years of reading: first the
 * first screen of events straight from the [kind+date] index, then every record (the popup
 * filters and searches them in memory, which keeps a keystroke far under 50 ms).
 */
export function useRecords(db: ZhujiDatabase, order: Order): Records {
  const [state, setState] = useState<Records>({
    records: undefined,
    pages: new Map(),
    partial: true,
    error: '',
  });

  useEffect(() => {
    let full = false;
    let cancelled = false;
    eventsBetween(db, '', '9999', { newestFirst: order === 'newest', limit: FIRST_SCREEN })
      .then(async (records) => {
        const urls = [...new Set(records.map((r) => r.page))];
        const pages = await db.pages.bulkGet(urls);
        if (full || cancelled) return;
        const map = new Map(pages.filter((p): p is PageRecord => !!p).map((p) => [p.url, p]));
        setState({ records, pages: map, partial: true, error: '' });
      })
      .catch(() => undefined); // the full query reports errors
    const subscription = liveQuery(() =>
      Promise.all([db.annotations.toArray(), db.pages.toArray()]),
    ).subscribe({
      next: ([records, pages]) => {
        full = true;
        setState({ records, pages: new Map(pages.map((p) => [p.url, p])), partial: false, error: '' });
      },
      error: (error: unknown) => setState((s) => ({ ...s, error: errorText(error) })),
    });
    return () => {
      cancelled = true;
      subscription.unsubscribe();
    };
    // The order only matters for the first screen; later changes sort in memory.
  }, [db]);

  return state;
}
