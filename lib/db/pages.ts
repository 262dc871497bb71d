import type { ZhujiDatabase } from './database';
import { normalizeUrl } from './normalize-url';
import type { PageRecord, PageSeen } from './types';

/** Records a visit: creates the page or updates it, never duplicates it. */
export async function recordVisit(db: ZhujiDatabase, seen: PageSeen, now = Date.now()): Promise<PageRecord> {
  const url = normalizeUrl(seen.url);
  return db.transaction('rw', db.pages, async () => {
    const old = await db.pages.get(url);
    const page: PageRecord = old
      ? { ...old, title: seen.title || old.title, lastVisit: now, visits: old.visits + 1 }
      : { url, title: seen.title, firstVisit: now, lastVisit: now, visits: 1 };
    await db.pages.put(page);
    return page;
  });
}

export async function recentPages(db: ZhujiDatabase, limit: number): Promise<PageRecord[]> {
  return db.pages.orderBy('lastVisit').reverse().limit(limit).toArray();
}
