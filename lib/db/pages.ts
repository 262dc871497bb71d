import type { ZhujiDatabase } from './database';
import { normalizeUrl } from './normalize-url';
import { unindex } from './search-index';
import type { PageInput, PageRecord } from './types';

/** Writes a visit into `db.pages` inside the caller's transaction: creates or updates, never duplicates. */
export async function putVisit(db: ZhujiDatabase, input: PageInput, now: number): Promise<PageRecord> {
  const url = normalizeUrl(input.url);
  const old = await db.pages.get(url);
  const fresh = { ...input, url, site: new URL(url).hostname };
  // Keep what the page said before when this analysis found nothing for a field.
  const merged: PageRecord = old
    ? {
        ...old,
        ...Object.fromEntries(
          Object.entries(fresh).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== '')),
        ),
        url,
        lastVisit: now,
        visits: old.visits + 1,
      }
    : { ...fresh, firstVisit: now, lastVisit: now, visits: 1 };
  await db.pages.put(merged);
  return merged;
}

/** Records a visit in its own transaction. */
export function recordVisit(db: ZhujiDatabase, input: PageInput, now = Date.now()): Promise<PageRecord> {
  return db.transaction('rw', db.pages, () => putVisit(db, input, now));
}

export function recentPages(db: ZhujiDatabase, limit: number): Promise<PageRecord[]> {
  return db.pages.orderBy('lastVisit').reverse().limit(limit).toArray();
}

/** Deletes a page with all its annotations and tombstones, atomically. Returns how many annotations went. */
export function deletePage(db: ZhujiDatabase, url: string): Promise<number> {
  const key = normalizeUrl(url);
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    const gone = await db.annotations.where('page').equals(key).toArray();
    await db.annotations.bulkDelete(gone.map((a) => a.id));
    await unindex(db, gone);
    const removed = gone.length;
    await db.tombstones.where('page').equals(key).delete();
    await db.pages.delete(key);
    return removed;
  });
}
