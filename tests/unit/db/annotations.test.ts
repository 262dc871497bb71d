import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  annotationsForPage,
  deleteAnnotation,
  importAnnotations,
  restoreAnnotation,
  saveAnnotation,
  updateAnnotation,
} from '../../../lib/db/annotations';
import { collectPage } from '../../../lib/db/collect';
import { ZhujiDatabase } from '../../../lib/db/database';
import { storageErrorText } from '../../../lib/db/errors';
import { deletePage } from '../../../lib/db/pages';
import { indexedCount } from '../../../lib/db/search-index';
import { eventsBetween, searchAnnotations } from '../../../lib/db/queries';
import { validators } from '../../../lib/db/validate-messages';
import { ARTICLE, eventInput, highlightInput, pageInput } from './fixtures';

let db: ZhujiDatabase;
let n = 0;
beforeEach(() => {
  db = new ZhujiDatabase(`test-annotations-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const PAGE = pageInput('https://news.example/2022/01/29/a.html', '2021年工會工作十大事件', {
  published: '2022-01-29T09:30:00+08:00',
});
const EVENTS = [
  eventInput(ARTICLE, '2021年7月29日，全國總工會在北京召開會議', '2021-07-29', '出版'),
  eventInput(ARTICLE, '全總智庫於9月29日正式成立', '2021-09-29'),
  eventInput(ARTICLE, '工會法修改自2022年1月1日起施行', '2022-01-01'),
];

describe('collectPage', () => {
  it('stores the page and its events; a second visit updates and never duplicates', async () => {
    const first = await collectPage(db, PAGE, EVENTS, 100);
    expect(first).toMatchObject({ added: 3, updated: 0, kept: 0 });
    const second = await collectPage(db, { ...PAGE, url: PAGE.url + '#top' }, EVENTS, 200);
    expect(second).toMatchObject({ added: 0, updated: 3, kept: 0, page: { visits: 2 } });
    expect(await db.annotations.count()).toBe(3);
    expect(await db.pages.count()).toBe(1);
    const stored = await annotationsForPage(db, PAGE.url);
    expect(stored.map((a) => a.date).sort()).toEqual(['2021-07-29', '2021-09-29', '2022-01-01']);
    expect(stored.every((a) => a.origin === 'auto' && a.created === 100 && a.updated === 200)).toBe(true);
  });

  it('finds the same event again when the page moved its text around', async () => {
    await collectPage(db, PAGE, EVENTS, 100);
    const moved = '編者按：新增一段。\n' + ARTICLE;
    await collectPage(db, PAGE, [eventInput(moved, '工會法修改自2022年1月1日起施行', '2022-01-01')], 200);
    expect(await db.annotations.count()).toBe(3);
  });

  it('never overwrites what the reader edited, and never brings back what the reader deleted', async () => {
    await collectPage(db, PAGE, EVENTS, 100);
    const [a, b] = await annotationsForPage(db, PAGE.url);
    await updateAnnotation(db, a!.id, { note: '重要', tags: ['工會'] }, 150);
    await deleteAnnotation(db, b!.id, 160);
    const again = await collectPage(db, PAGE, EVENTS, 200);
    expect(again).toMatchObject({ added: 0, updated: 1, kept: 2 });
    const after = await annotationsForPage(db, PAGE.url);
    expect(after).toHaveLength(2);
    expect(after.find((x) => x.id === a!.id)).toMatchObject({
      note: '重要',
      tags: ['工會'],
      edited: true,
      updated: 150,
    });
    expect(after.find((x) => x.id === b!.id)).toBeUndefined();
  });
});

describe('reader annotations', () => {
  it('saves a highlight with its selectors, and records the page', async () => {
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元', '資金', ['經費']), 100);
    expect(saved).toMatchObject({
      origin: 'reader',
      kind: 'highlight',
      exact: '近億元',
      page: PAGE.url,
      note: '資金',
    });
    expect(saved.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: '近億元' });
    expect(saved.selectors[1]).toEqual({
      type: 'TextPositionSelector',
      start: ARTICLE.indexOf('近億元'),
      end: ARTICLE.indexOf('近億元') + 3,
    });
    expect(await db.pages.get(PAGE.url)).toMatchObject({ title: PAGE.title, visits: 1 });
  });

  it('edits note and tags and re-indexes them for search', async () => {
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '1594個'), 100);
    await updateAnnotation(db, saved.id, { note: '勞模評選', tags: ['表彰'] }, 200);
    expect((await searchAnnotations(db, '劳模')).map((r) => r.id)).toEqual([saved.id]);
    expect((await searchAnnotations(db, '表彰')).map((r) => r.id)).toEqual([saved.id]);
  });

  it('undoes a deletion exactly', async () => {
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    const deleted = await deleteAnnotation(db, saved.id);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.tombstones.count()).toBe(1);
    await restoreAnnotation(db, deleted);
    expect(await db.annotations.get(saved.id)).toEqual(saved);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('an undo that arrives as a message (validated, no search form) is found by search again', async () => {
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元', '經費'), 100);
    const deleted = await deleteAnnotation(db, saved.id);
    const { record } = validators.restoreAnnotation({ record: JSON.parse(JSON.stringify(deleted)) });
    await restoreAnnotation(db, record);
    expect((await searchAnnotations(db, '经费')).map((r) => r.id)).toEqual([saved.id]);
    expect(await db.annotations.get(saved.id)).toEqual(saved);
  });

  it('says which annotation is missing', async () => {
    await expect(updateAnnotation(db, 'r-nope', { note: 'x' })).rejects.toThrow('no annotation r-nope');
    await expect(deleteAnnotation(db, 'r-nope')).rejects.toThrow('no annotation r-nope');
  });
});

describe('queries', () => {
  it('finds Traditional text with a Simplified query and the other way round', async () => {
    await collectPage(db, PAGE, EVENTS, 100);
    await saveAnnotation(
      db,
      pageInput('https://cn.example/b'),
      highlightInput('全国总工会召开会议', '全国总工会召开会议'),
      100,
    );
    expect((await searchAnnotations(db, '工会')).length).toBe(3);
    expect((await searchAnnotations(db, '總工會')).length).toBe(2);
    expect((await searchAnnotations(db, '智库')).map((r) => r.date)).toEqual(['2021-09-29']);
    expect(await searchAnnotations(db, '不存在的詞')).toEqual([]);
    expect((await searchAnnotations(db, '工會', { kind: 'highlight' })).length).toBe(1);
    expect((await searchAnnotations(db, '会', { page: 'https://cn.example/b' })).length).toBe(1);
  });

  it('lists events in a date range, oldest or newest first', async () => {
    await collectPage(db, PAGE, EVENTS, 100);
    expect((await eventsBetween(db, '2021-01-01', '2021-12-31')).map((e) => e.date)).toEqual([
      '2021-07-29',
      '2021-09-29',
    ]);
    expect((await eventsBetween(db, '2021', '2022', { newestFirst: true })).map((e) => e.date)).toEqual([
      '2022-01-01',
      '2021-09-29',
      '2021-07-29',
    ]);
  });
});

describe('faults', () => {
  it('two tabs saving at the same moment both land', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元', `tab A ${i}`))
        : collectPage(db, pageInput(`https://other.example/${i}`), EVENTS),
    );
    await Promise.all(writes);
    const all = await db.annotations.toArray();
    expect(all.filter((a) => a.origin === 'reader')).toHaveLength(10);
    expect(all.filter((a) => a.origin === 'auto')).toHaveLength(30);
    expect(await db.pages.count()).toBe(11);
  });

  it('a failing write in the middle of a batch leaves nothing half-written', async () => {
    const a = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    await db.annotations.clear();
    const batch = [0, 1, 2, 3].map((i) => ({ ...a, id: `r-batch-${i}` }));
    batch[2] = { ...batch[2]!, id: 'r-batch-0' }; // duplicate key: the third add fails
    await expect(importAnnotations(db, batch)).rejects.toThrow();
    expect(await db.annotations.count()).toBe(0);
  });

  it('storage full: the transaction rolls back and the reader is told what to do', async () => {
    db.annotations.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await collectPage(db, PAGE, EVENTS).catch((e: unknown) => e);
    expect(storageErrorText(failure)).toMatch(/^Storage is full: nothing was saved\. .*export/);
    expect(await db.pages.count()).toBe(0); // the page write in the same transaction was rolled back
  });
});

describe('search index', () => {
  it('keeps one search entry per annotation through save, edit, delete, undo and page deletion', async () => {
    await collectPage(db, PAGE, EVENTS, 100);
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    expect(await indexedCount(db)).toBe(4);
    await updateAnnotation(db, saved.id, { note: '經費' }, 200);
    expect(await indexedCount(db)).toBe(4);
    expect((await searchAnnotations(db, '经费')).map((r) => r.id)).toEqual([saved.id]);
    const deleted = await deleteAnnotation(db, saved.id);
    expect(await searchAnnotations(db, '经费')).toEqual([]);
    await restoreAnnotation(db, deleted);
    expect((await searchAnnotations(db, '經費')).map((r) => r.id)).toEqual([saved.id]);
    await collectPage(db, PAGE, EVENTS, 300); // a re-analysis rewrites, never duplicates, the rows
    expect(await indexedCount(db)).toBe(4);
    await deletePage(db, PAGE.url);
    expect(await indexedCount(db)).toBe(0);
  });

  it('finds text beyond the indexed key length', async () => {
    const long = '前言'.repeat(600) + '關鍵結論在最後';
    const saved = await saveAnnotation(db, PAGE, highlightInput(long, long), 100);
    expect((await searchAnnotations(db, '关键结论')).map((r) => r.id)).toEqual([saved.id]);
  });
});
