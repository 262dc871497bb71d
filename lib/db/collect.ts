import { saveAnnotation } from './annotations';
import type { ZhujiDatabase } from './database';
import { autoId } from './ids';
import { putVisit } from './pages';
import { buildRecord } from './records';
import { reindex } from './search-index';
import type { AnnotationInput, AnnotationRecord, PageInput, PageRecord } from './types';

export interface CollectResult {
  page: PageRecord;
  added: number;
  updated: number;
  /** kept as the reader left them (edited or deleted) */
  kept: number;
}

/**
 * Collects a page and the events its analysis found. Visiting again updates, never
 * duplicates: an event's id comes from the page, its date and its text. What the reader
 * edited or deleted is never overwritten or brought back. One transaction.
 */
export function collectPage(
  db: ZhujiDatabase,
  page: PageInput,
  events: AnnotationInput[],
  now = Date.now(),
): Promise<CollectResult> {
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    const stored = await putVisit(db, page, now);
    const records = events.map((input) =>
      buildRecord(
        input,
        {
          id: autoId(stored.url, input.kind, input.event?.date ?? '', input.selectors[0].exact),
          page: stored.url,
          origin: 'auto',
        },
        now,
      ),
    );
    const ids = records.map((r) => r.id);
    const [olds, tombs] = await Promise.all([db.annotations.bulkGet(ids), db.tombstones.bulkGet(ids)]);
    const result: CollectResult = { page: stored, added: 0, updated: 0, kept: 0 };
    const writes = [];
    for (const [i, record] of records.entries()) {
      const old = olds[i];
      if (tombs[i] || old?.edited) {
        result.kept++;
      } else if (old) {
        writes.push({ ...record, created: old.created, note: old.note, tags: old.tags, color: old.color });
        result.updated++;
      } else {
        writes.push(record);
        result.added++;
      }
    }
    await db.annotations.bulkPut(writes);
    await reindex(db, olds, writes);
    return result;
  });
}

/**
 * "Only when I save": the page's events and the reader's item are stored together, in one
 * transaction: all of it, or (on any failure) none.
 */
export function collectAndSave(
  db: ZhujiDatabase,
  page: PageInput,
  events: AnnotationInput[],
  annotation: AnnotationInput,
  now = Date.now(),
): Promise<AnnotationRecord> {
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    if (events.length > 0) await collectPage(db, page, events, now);
    return saveAnnotation(db, page, annotation, now);
  });
}
