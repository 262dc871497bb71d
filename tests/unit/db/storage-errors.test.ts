import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFromDump, saveAnnotation } from '../../../lib/db/annotations';
import { buildRecord } from '../../../lib/db/records';
import { collectPage } from '../../../lib/db/collect';
import { ZhujiDatabase } from '../../../lib/db/database';
import { storageErrorText, storageProblem } from '../../../lib/db/errors';
import { indexedCount } from '../../../lib/db/search-index';
import { failWrites } from './fail-writes';
import { ARTICLE, eventInput, highlightInput, pageInput } from './fixtures';

const FULL = /^Storage is full: nothing was saved\. Free some disk space, or export your notes/;
const PAGE = pageInput('https://news.example/a.html', '工會');
const EVENTS = [
  eventInput(ARTICLE, '2021年7月29日，全國總工會在北京召開會議', '2021-07-29'),
  eventInput(ARTICLE, '全總智庫於9月29日正式成立', '2021-09-29'),
];

let db: ZhujiDatabase;
let restore: (() => void) | undefined;
let n = 0;
beforeEach(() => {
  db = new ZhujiDatabase(`test-storage-errors-${++n}`);
});
afterEach(async () => {
  restore?.();
  restore = undefined;
  await db.delete();
});

const failure = (work: Promise<unknown>) =>
  work.then(
    () => expect.unreachable('the write should fail'),
    (e: unknown) => e,
  );

describe('a full disk inside a bulk write', () => {
  it('automatic collection (annotations.bulkPut → BulkError) says storage is full, and nothing is stored', async () => {
    restore = failWrites('annotations');
    const error = await failure(collectPage(db, PAGE, EVENTS));
    expect((error as Error).name).toBe('BulkError'); // the shape Dexie gives, not a bare QuotaExceededError
    expect(storageErrorText(error)).toMatch(FULL);
    expect(await db.pages.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('the search-index rewrite (searchText.bulkPut) says storage is full, and the save is undone', async () => {
    restore = failWrites('searchText');
    const error = await failure(saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元')));
    expect((error as Error).name).toBe('BulkError');
    expect(storageErrorText(error)).toMatch(FULL);
    expect(await db.annotations.count()).toBe(0);
    expect(await indexedCount(db)).toBe(0);
  });

  it('an import (pages and annotations bulkPut) says storage is full, and the database is unchanged', async () => {
    const kept = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    const other = pageInput('https://other.example/b.html');
    const page = { ...other, site: 'other.example', firstVisit: 1, lastVisit: 1, visits: 1 };
    const record = buildRecord(
      highlightInput(ARTICLE, '1594個'),
      { id: 'r-x', page: other.url, origin: 'reader' },
      5,
    );
    restore = failWrites('annotations');
    const error = await failure(replaceFromDump(db, [page], [record]));
    expect(storageErrorText(error)).toMatch(FULL);
    expect(await db.pages.count()).toBe(1);
    expect(await db.annotations.toArray()).toEqual([kept]);
  });

  it('a modify (ModifyError) says storage is full', async () => {
    await collectPage(db, PAGE, EVENTS);
    restore = failWrites('annotations');
    const error = await failure(db.annotations.toCollection().modify({ note: 'x' }));
    expect(error).toBeInstanceOf(Dexie.ModifyError);
    expect(storageErrorText(error)).toMatch(FULL);
  });
});

describe('storageProblem', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('finds the problem in a BulkError built as Dexie builds it, by position or in the list', () => {
    const bulk = new Dexie.BulkError('annotations.bulkPut(): 1 of 2 operations failed', {
      1: new Dexie.QuotaExceededError(quota()),
    });
    expect(storageProblem(bulk)).toBe('full');
    expect(storageProblem({ name: 'BulkError', failuresByPos: { 3: quota() } })).toBe('full');
    expect(storageProblem({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe('full');
  });

  it('finds it in a ModifyError and in errors nested in inner or cause', () => {
    expect(storageProblem(new Dexie.ModifyError('Error modifying', [quota()], 0, ['a']))).toBe('full');
    const bulk = new Dexie.BulkError('bulkAdd failed', { 0: quota() });
    expect(storageProblem(new Dexie.AbortError('Transaction aborted', bulk))).toBe('full');
    expect(storageProblem(new Error('wrapped', { cause: new Dexie.AbortError('x', bulk) }))).toBe('full');
  });

  it('puts a full disk first, and still knows a closed database and a newer one', () => {
    expect(storageProblem(new Dexie.BulkError('x', { 0: new Dexie.DatabaseClosedError(), 1: quota() }))).toBe(
      'full',
    );
    expect(storageProblem(new Dexie.AbortError('x', new Dexie.DatabaseClosedError()))).toBe('closed');
    expect(storageProblem(new Dexie.VersionError())).toBe('newer');
    expect(storageProblem(new Dexie.BulkError('x', { 0: new Dexie.ConstraintError() }))).toBeNull();
    expect(storageProblem(null)).toBeNull();
    expect(storageProblem('QuotaExceededError')).toBeNull();
  });

  it('survives an error that holds itself', () => {
    const loop = { name: 'AbortError', inner: null as unknown };
    loop.inner = loop;
    expect(storageProblem(loop)).toBeNull();
    expect(storageErrorText(new Dexie.BulkError('x', { 0: new Dexie.ConstraintError() }))).toMatch(
      /^Could not save: x/,
    );
  });
});
