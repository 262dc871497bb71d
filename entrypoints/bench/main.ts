/** Functions the bench runner calls in the extension origin (real IndexedDB, real Dexie). */
import { deleteEverything, importAnnotations, replaceFromDump } from '../../lib/db/annotations';
import { ZhujiDatabase } from '../../lib/db/database';
import { eventsBetween, searchAnnotations } from '../../lib/db/queries';
import type { AnnotationRecord, PageRecord } from '../../lib/db/types';

const time = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const api = {
  /** Replaces what the popup reads (the real 'zhuji' database) with these records and pages. */
  async seed(records: AnnotationRecord[], pages: PageRecord[]) {
    const db = new ZhujiDatabase();
    await deleteEverything(db);
    await replaceFromDump(db, pages, records);
    db.close();
    return records.length;
  },

  /** Baseline for a keystroke in the popup: the bare indexed Dexie search in the 'zhuji' database (median of `runs`). */
  async bareSearch(query: string, runs: number) {
    const db = new ZhujiDatabase();
    await db.open();
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i++)
      times.push(await time(async () => (found = (await searchAnnotations(db, query)).length)));
    db.close();
    return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, found };
  },

  /** Bulk insert through Dexie (all indexes) vs raw IndexedDB puts of the same records into a store without indexes. */
  async bulkInsert(records: AnnotationRecord[]) {
    const db = new ZhujiDatabase('bench-bulk');
    await db.delete();
    await db.open();
    const dexieMs = await time(() => importAnnotations(db, records));
    db.close();
    const raw = await new Promise<IDBDatabase>((ok, fail) => {
      indexedDB.deleteDatabase('bench-raw');
      const open = indexedDB.open('bench-raw', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('a', { keyPath: 'id' });
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const rawMs = await time(
      () =>
        new Promise<void>((ok, fail) => {
          const tx = raw.transaction('a', 'readwrite');
          const store = tx.objectStore('a');
          for (const r of records) store.put(r);
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        }),
    );
    raw.close();
    return { dexieMs, rawMs };
  },

  /** Queries over the bulk-inserted records: median of `runs`, each against a full scan baseline. */
  async queries(runs: number, query: string) {
    const db = new ZhujiDatabase('bench-bulk');
    await db.open();
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const range: number[] = [];
    const search: number[] = [];
    const scan: number[] = [];
    const found = { range: 0, search: 0 };
    for (let i = 0; i < runs; i++) {
      range.push(
        await time(async () => (found.range = (await eventsBetween(db, '2021-01-01', '2021-03-31')).length)),
      );
      search.push(await time(async () => (found.search = (await searchAnnotations(db, query)).length)));
      scan.push(await time(() => db.annotations.toArray()));
    }
    db.close();
    return { rangeMs: median(range), searchMs: median(search), scanMs: median(scan), found };
  },
};

Object.assign(globalThis, { zhujiBench: api });
export type BenchApi = typeof api;
