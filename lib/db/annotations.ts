import type { ZhujiDatabase } from './database';
import { readerId } from './ids';
import { normalizeUrl } from './normalize-url';
import { putVisit } from './pages';
import { dedupe, planImport, type ImportReport } from './import-plan';
import { buildRecord, searchFields } from './records';
import { reindex, unindex } from './search-index';
import type { AnnotationInput, AnnotationPatch, AnnotationRecord, PageInput, PageRecord } from './types';

/** Saves the reader's highlight, note or pinned figure; records the page too. One transaction. */
export function saveAnnotation(
  db: ZhujiDatabase,
  page: PageInput,
  input: AnnotationInput,
  now = Date.now(),
): Promise<AnnotationRecord> {
  return db.transaction('rw', db.pages, db.annotations, db.searchText, async () => {
    const stored = await putVisit(db, page, now);
    const record = buildRecord(input, { id: readerId(), page: stored.url, origin: 'reader' }, now);
    await db.annotations.add(record);
    await reindex(db, [], [record]);
    return record;
  });
}

/** Changes note, tags or color; marks the record edited so a re-analysis keeps the reader's version. */
export function updateAnnotation(
  db: ZhujiDatabase,
  id: string,
  patch: AnnotationPatch,
  now = Date.now(),
): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, db.searchText, async () => {
    const old = await db.annotations.get(id);
    if (!old) throw new Error(`no annotation ${id}`);
    const next: AnnotationRecord = { ...old, ...patch, edited: true, updated: now };
    const updated = { ...next, ...searchFields(next) };
    await db.annotations.put(updated);
    await reindex(db, [old], [updated]);
    return updated;
  });
}

/** Deletes an annotation and leaves a tombstone; returns the record, so the deletion can be undone. */
export function deleteAnnotation(db: ZhujiDatabase, id: string, now = Date.now()): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, db.tombstones, db.searchText, async () => {
    const old = await db.annotations.get(id);
    if (!old) throw new Error(`no annotation ${id}`);
    await db.annotations.delete(id);
    await unindex(db, [old]);
    await db.tombstones.put({ id, page: old.page, deleted: now });
    return old;
  });
}

/** Undo of deleteAnnotation: puts the record back and lifts its tombstone. */
export function restoreAnnotation(db: ZhujiDatabase, given: AnnotationRecord): Promise<AnnotationRecord> {
  // The search form is derived, never trusted from the caller (a validated message carries none).
  const record = { ...given, ...searchFields(given) };
  return db.transaction('rw', db.annotations, db.tombstones, db.searchText, async () => {
    const old = await db.annotations.get(record.id);
    await db.tombstones.delete(record.id);
    await db.annotations.put(record);
    await reindex(db, [old], [record]);
    return record;
  });
}

export function annotationsForPage(db: ZhujiDatabase, url: string): Promise<AnnotationRecord[]> {
  return db.annotations.where('page').equals(normalizeUrl(url)).toArray();
}

/** Adds many records in one transaction: all land, or (on any failure) none. */
export function importAnnotations(db: ZhujiDatabase, records: AnnotationRecord[]): Promise<number> {
  return db.transaction('rw', db.annotations, db.searchText, async () => {
    await db.annotations.bulkAdd(records);
    await reindex(db, [], records);
    return records.length;
  });
}

/**
 * Writes a whole validated dump in one transaction (lib/db/import-plan.ts decides what): the
 * newest copy of a repeated id or address, the newer of the file's and the stored copy, a page
 * rebuilt for annotations whose page is missing; deletion marks of written items are lifted.
 * Any failure leaves everything as it was.
 */
export function replaceFromDump(
  db: ZhujiDatabase,
  pages: PageRecord[],
  annotations: AnnotationRecord[],
): Promise<ImportReport> {
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    const file = dedupe(pages, annotations);
    const urls = [...new Set([...file.pages.map((p) => p.url), ...file.annotations.map((a) => a.page)])];
    const [stored, storedPages] = await Promise.all([
      db.annotations.bulkGet(file.annotations.map((a) => a.id)),
      db.pages.bulkGet(urls),
    ]);
    const byUrl = new Map(storedPages.filter((p): p is PageRecord => !!p).map((p) => [p.url, p]));
    const plan = planImport(file, stored, byUrl);
    const ids = plan.annotations.map((a) => a.id);
    const storedById = new Map(stored.filter((a): a is AnnotationRecord => !!a).map((a) => [a.id, a]));
    const before = ids.map((id) => storedById.get(id));
    await db.pages.bulkPut(plan.pages);
    await db.annotations.bulkPut(plan.annotations);
    await db.tombstones.bulkDelete(ids);
    await reindex(db, before, plan.annotations);
    return plan.report;
  });
}

/** Deletes everything Zhuji keeps. */
export function deleteEverything(db: ZhujiDatabase): Promise<void> {
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    await Promise.all([
      db.pages.clear(),
      db.annotations.clear(),
      db.tombstones.clear(),
      db.searchText.clear(),
    ]);
  });
}
