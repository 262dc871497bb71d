import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  annotationsForPage,
  replaceFromDump,
  saveAnnotation,
  updateAnnotation,
} from '../../../lib/db/annotations';
import { ZhujiDatabase } from '../../../lib/db/database';
import { deletePage } from '../../../lib/db/pages';
import { searchAnnotations } from '../../../lib/db/queries';
import { indexedCount } from '../../../lib/db/search-index';
import type { AnnotationRecord, PageRecord } from '../../../lib/db/types';
import { makeDump, parseDump } from '../../../lib/export/json';
import { setLocale } from '../../../lib/i18n';
import { importResultText } from '../../../lib/import-text';
import { failWrites } from './fail-writes';
import { ARTICLE, highlightInput, pageInput } from './fixtures';

let db: ZhujiDatabase;
let n = 0;
beforeEach(() => {
  setLocale('en');
  db = new ZhujiDatabase(`test-import-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const PAGE = pageInput('https://news.example/a.html', '工會十大事件');

/** What an export of the database holds now, read back as an import reads it. */
async function backup() {
  const dump = makeDump(await db.pages.toArray(), await db.annotations.toArray(), new Date(0));
  return parseDump(JSON.stringify(dump));
}

const page = (url: string, lastVisit: number, extra: Partial<PageRecord> = {}): PageRecord => ({
  ...pageInput(url, `title of ${url}`),
  site: new URL(url).hostname,
  firstVisit: lastVisit,
  lastVisit,
  visits: 1,
  ...extra,
});

describe('importing an older backup', () => {
  it('keeps the stored copy edited after the backup, says so, and takes the file’s newer copies', async () => {
    const a = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元', '初稿'), 100);
    const b = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '1594個', '舊'), 100);
    const old = await backup();
    await updateAnnotation(db, a.id, { note: '改過的筆記', tags: ['新'] }, 200);
    const newer = {
      ...old.annotations.find((x) => x.id === b.id)!,
      note: '檔案裡更新的',
      updated: 300,
    };
    const report = await replaceFromDump(db, old.pages, [old.annotations.find((x) => x.id === a.id)!, newer]);
    expect(report).toEqual({ pages: 1, annotations: 1, keptNewer: 1, duplicates: 0, rebuiltPages: 0 });
    expect(await db.annotations.get(a.id)).toMatchObject({ note: '改過的筆記', tags: ['新'], updated: 200 });
    expect(await db.annotations.get(b.id)).toMatchObject({ note: '檔案裡更新的', updated: 300 });
    expect((await searchAnnotations(db, '改过')).map((r) => r.id)).toEqual([a.id]);
    expect((await searchAnnotations(db, '初稿')).map((r) => r.id)).toEqual([]);
    expect(importResultText(report)).toBe(
      'Imported 1 page and 1 annotation. Kept 1 stored record that was changed after the file’s copy was made.',
    );
  });

  it('keeps a page visited after the backup, with the earliest first visit and the most visits', async () => {
    await replaceFromDump(
      db,
      [page('https://a.example/1', 500, { title: '新標題', firstVisit: 400, visits: 2 })],
      [],
    );
    const report = await replaceFromDump(
      db,
      [page('https://a.example/1', 100, { title: '舊標題', firstVisit: 50, visits: 7 })],
      [],
    );
    expect(report).toMatchObject({ pages: 0, keptNewer: 1 });
    expect(await db.pages.get('https://a.example/1')).toMatchObject({
      title: '新標題',
      lastVisit: 500,
      firstVisit: 50,
      visits: 7,
    });
  });
});

describe('duplicates and orphans in a file', () => {
  it('a repeated id takes its newest copy wherever it stands in the file, and is counted', async () => {
    const { pages, annotations } = await (async () => {
      await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元', '第一版'), 100);
      const dump = await backup();
      await db.annotations.clear();
      await db.searchText.clear();
      return dump;
    })();
    const [first] = annotations;
    const newest = { ...first!, note: '最新版', updated: 300 };
    const older = { ...first!, note: '舊版', updated: 200 };
    const report = await replaceFromDump(db, [...pages, pages[0]!], [newest, older, first!]);
    expect(report).toMatchObject({ pages: 1, annotations: 1, duplicates: 3 });
    expect(await db.annotations.toArray()).toMatchObject([{ note: '最新版', updated: 300 }]);
    expect(await indexedCount(db)).toBe(1);
    expect(importResultText(report)).toContain(
      'The file repeats 3 entries: the newest copy of each was taken.',
    );
  });

  it('an annotation whose page is missing gets a page built from it, so lists show it and can delete it', async () => {
    await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    const dump = await backup();
    await db.delete();
    db = new ZhujiDatabase(`test-import-${++n}`);
    const orphan = (id: string, url: string, created: number, updated: number): AnnotationRecord => ({
      ...dump.annotations[0]!,
      id,
      page: url,
      created,
      updated,
    });
    const report = await replaceFromDump(
      db,
      [],
      [orphan('r-1', 'https://lost.example/x', 10, 40), orphan('r-2', 'https://lost.example/x', 5, 20)],
    );
    expect(report).toMatchObject({ pages: 0, annotations: 2, rebuiltPages: 1 });
    expect(await db.pages.get('https://lost.example/x')).toMatchObject({
      url: 'https://lost.example/x',
      site: 'lost.example',
      title: '',
      firstVisit: 5,
      lastVisit: 40,
      visits: 0,
    });
    expect(importResultText(report)).toContain(
      '1 page was missing from the file: rebuilt from its annotations (address only).',
    );
    expect(await annotationsForPage(db, 'https://lost.example/x')).toHaveLength(2);
    expect(await deletePage(db, 'https://lost.example/x')).toBe(2);
    expect(await db.annotations.count()).toBe(0);
  });

  it('an annotation whose page is already stored needs no page from the file', async () => {
    const saved = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    const before = await db.pages.toArray();
    const report = await replaceFromDump(db, [], [{ ...saved, id: 'r-other', updated: 150 }]);
    expect(report).toMatchObject({ pages: 0, annotations: 1, rebuiltPages: 0 });
    expect(await db.pages.toArray()).toEqual(before);
  });

  it('every entry is written, taken as a duplicate or kept out as older: the counts add up', async () => {
    const a = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    await updateAnnotation(db, a.id, { note: '新' }, 500);
    const file = await backup();
    const annotations = [
      { ...file.annotations[0]!, updated: 100 }, // older than the stored one
      { ...file.annotations[0]!, id: 'r-new', updated: 100 },
      { ...file.annotations[0]!, id: 'r-new', updated: 90 }, // repeated
      { ...file.annotations[0]!, id: 'r-orphan', page: 'https://lost.example/y' },
    ];
    const r = await replaceFromDump(db, file.pages, annotations);
    expect(r.pages + r.annotations + r.keptNewer + r.duplicates).toBe(file.pages.length + annotations.length);
    expect(r).toMatchObject({ pages: 1, annotations: 2, keptNewer: 1, duplicates: 1, rebuiltPages: 1 });
  });
});

describe('an import is all or nothing', () => {
  it('a failure in its last write (the search rows) leaves the database exactly as it was', async () => {
    const a = await saveAnnotation(db, PAGE, highlightInput(ARTICLE, '近億元'), 100);
    const file = await backup();
    await updateAnnotation(db, a.id, { note: '新' }, 500);
    const snapshot = async () => ({
      pages: await db.pages.toArray(),
      annotations: await db.annotations.toArray(),
      tombstones: await db.tombstones.toArray(),
      search: await db.searchText.toArray(),
    });
    const before = await snapshot();
    const restore = failWrites('searchText');
    try {
      const annotations = [
        ...file.annotations,
        { ...file.annotations[0]!, id: 'r-orphan', page: 'https://lost.example/z' },
      ];
      await expect(replaceFromDump(db, file.pages, annotations)).rejects.toThrow();
    } finally {
      restore();
    }
    expect(await snapshot()).toEqual(before);
  });
});
