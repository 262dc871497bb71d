import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backgroundRoutes } from '../../../entrypoints/background/routes';
import { saveAnnotation } from '../../../lib/db/annotations';
import { collectPage } from '../../../lib/db/collect';
import { ZhujiDatabase } from '../../../lib/db/database';
import { indexedCount } from '../../../lib/db/search-index';
import type { AnnotationRecord } from '../../../lib/db/types';
import { dispatch, type Sender } from '../../../lib/messaging';
import type { CollectMode } from '../../../lib/settings';
import { failWrites } from '../db/fail-writes';
import { ARTICLE, eventInput, highlightInput, pageInput } from '../db/fixtures';

const NEWS = pageInput('https://news.example/2022/a.html', '工會');
const EVENTS = [
  eventInput(ARTICLE, '2021年7月29日，全國總工會在北京召開會議', '2021-07-29'),
  eventInput(ARTICLE, '全總智庫於9月29日正式成立', '2021-09-29'),
];

/** Who sends: content scripts on two sites, the popup, the options page in a tab, odd senders. */
const ON_NEWS: Sender = { tabId: 1, url: 'https://news.example/2022/b.html' };
const ON_EVIL: Sender = { tabId: 2, url: 'https://evil.example/' };
const POPUP: Sender = { url: 'chrome-extension://abcdefgh/popup.html' };
const OPTIONS_TAB: Sender = { tabId: 3, url: 'moz-extension://0b1c2d3e/options.html' };
const NO_URL: Sender = { tabId: 4 };
const FILE: Sender = { tabId: 5, url: 'file:///home/me/a.html' };

let db: ZhujiDatabase;
let mode: CollectMode;
let n = 0;
let restore: (() => void) | undefined;
beforeEach(() => {
  db = new ZhujiDatabase(`test-routes-${++n}`);
  mode = 'auto';
});
afterEach(async () => {
  restore?.();
  restore = undefined;
  await db.delete();
});

const send = (type: string, data: unknown, sender: Sender) =>
  dispatch(
    backgroundRoutes(db, async () => mode),
    { zhuji: 1, type, data },
    sender,
  );
/** A record as it crosses the message boundary. */
const wire = (r: AnnotationRecord) => JSON.parse(JSON.stringify(r)) as AnnotationRecord;
const refused = { ok: false, error: expect.stringMatching(/not the sender’s page|not a web page/) };
/** Another site's record is answered exactly as a missing one. */
const missing = (id: string) => ({ ok: false, error: `Could not save: no annotation ${id}` });

describe('backgroundRoutes: a content script acts only on its own page’s origin', () => {
  it('pageAnalyzed, saveAnnotation and pageAnnotations refuse another site’s page and store nothing', async () => {
    expect(await send('pageAnalyzed', { page: NEWS, events: EVENTS }, ON_EVIL)).toEqual(refused);
    const annotation = highlightInput(ARTICLE, '近億元');
    expect(await send('saveAnnotation', { page: NEWS, annotation, events: [] }, ON_EVIL)).toEqual(refused);
    expect(await send('pageAnnotations', { url: NEWS.url }, ON_EVIL)).toEqual(refused);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('the same routes work for the page’s own content script and for extension pages', async () => {
    expect(await send('pageAnalyzed', { page: NEWS, events: EVENTS }, ON_NEWS)).toMatchObject({
      ok: true,
      value: { added: 2 },
    });
    const annotation = highlightInput(ARTICLE, '近億元');
    expect(await send('saveAnnotation', { page: NEWS, annotation, events: [] }, ON_NEWS)).toMatchObject({
      ok: true,
    });
    expect(await send('pageAnnotations', { url: NEWS.url }, ON_NEWS)).toMatchObject({
      ok: true,
      value: { length: 3 },
    });
    expect(await send('pageAnnotations', { url: NEWS.url }, POPUP)).toMatchObject({ ok: true });
  });

  it('updateAnnotation, deleteAnnotation and restoreAnnotation refuse another site’s records', async () => {
    await collectPage(db, NEWS, EVENTS, 100);
    const mark = await saveAnnotation(db, NEWS, highlightInput(ARTICLE, '近億元', '原文'), 100);
    const before = await db.annotations.toArray();
    expect(await send('updateAnnotation', { id: mark.id, patch: { note: '改掉' } }, ON_EVIL)).toEqual(
      missing(mark.id),
    );
    expect(await send('deleteAnnotation', { id: mark.id }, ON_EVIL)).toEqual(missing(mark.id));
    expect(await send('deleteAnnotation', { id: 'r-none' }, ON_EVIL)).toEqual(missing('r-none'));
    // a record for another page, and one claiming the sender's own page under another page's id
    expect(await send('restoreAnnotation', { record: wire({ ...mark, note: '偽造' }) }, ON_EVIL)).toEqual(
      refused,
    );
    const hijack = { ...mark, page: 'https://evil.example/x', note: '偽造' };
    expect(await send('restoreAnnotation', { record: wire(hijack) }, ON_EVIL)).toEqual(missing(mark.id));
    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('a deleted record cannot be restored by another site under its own address', async () => {
    const mark = await saveAnnotation(db, NEWS, highlightInput(ARTICLE, '近億元'), 100);
    expect(await send('deleteAnnotation', { id: mark.id }, POPUP)).toMatchObject({ ok: true });
    const hijack = { ...mark, page: 'https://evil.example/x' };
    expect(await send('restoreAnnotation', { record: wire(hijack) }, ON_EVIL)).toEqual(missing(mark.id));
    expect(await db.annotations.count()).toBe(0);
    expect(await db.tombstones.get(mark.id)).toMatchObject({ page: NEWS.url });
  });

  it('the page’s own content script edits, deletes and restores its records', async () => {
    const mark = await saveAnnotation(db, NEWS, highlightInput(ARTICLE, '近億元'), 100);
    expect(await send('updateAnnotation', { id: mark.id, patch: { note: '新' } }, ON_NEWS)).toMatchObject({
      ok: true,
      value: { note: '新' },
    });
    const deleted = await send('deleteAnnotation', { id: mark.id }, ON_NEWS);
    expect(deleted).toMatchObject({ ok: true });
    const record = wire((deleted as { value: AnnotationRecord }).value);
    expect(await send('restoreAnnotation', { record }, ON_NEWS)).toMatchObject({ ok: true });
    expect(await db.annotations.get(mark.id)).toMatchObject({ note: '新' });
  });

  it('the popup and the options page edit, delete and restore anything', async () => {
    const mark = await saveAnnotation(db, NEWS, highlightInput(ARTICLE, '近億元'), 100);
    for (const sender of [POPUP, OPTIONS_TAB]) {
      expect(await send('updateAnnotation', { id: mark.id, patch: { note: 'x' } }, sender)).toMatchObject({
        ok: true,
      });
      const deleted = (await send('deleteAnnotation', { id: mark.id }, sender)) as {
        value: AnnotationRecord;
      };
      expect(await send('restoreAnnotation', { record: wire(deleted.value) }, sender)).toMatchObject({
        ok: true,
      });
    }
    expect(await db.annotations.count()).toBe(1);
  });

  it('a sender that is neither a web page nor an extension page is refused', async () => {
    const mark = await saveAnnotation(db, NEWS, highlightInput(ARTICLE, '近億元'), 100);
    for (const sender of [NO_URL, FILE]) {
      expect(await send('deleteAnnotation', { id: mark.id }, sender)).toEqual(refused);
      expect(await send('pageAnalyzed', { page: NEWS, events: EVENTS }, sender)).toEqual(refused);
    }
    expect(await db.annotations.count()).toBe(1);
  });
});

describe('backgroundRoutes: "only when I save"', () => {
  it('stores the page’s events and the highlight together', async () => {
    mode = 'save';
    expect(await send('pageAnalyzed', { page: NEWS, events: EVENTS }, ON_NEWS)).toEqual({
      ok: true,
      value: null,
    });
    const annotation = highlightInput(ARTICLE, '近億元');
    expect(await send('saveAnnotation', { page: NEWS, annotation, events: EVENTS }, ON_NEWS)).toMatchObject({
      ok: true,
    });
    expect(await db.annotations.count()).toBe(3);
  });

  it('a failure in the highlight’s write stores none of it: no events, no page, no search rows', async () => {
    mode = 'save';
    restore = failWrites('annotations', 'add'); // the highlight is added; the events are put
    const annotation = highlightInput(ARTICLE, '近億元');
    const reply = await send('saveAnnotation', { page: NEWS, annotation, events: EVENTS }, ON_NEWS);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Storage is full: nothing was saved/) });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
    expect(await indexedCount(db)).toBe(0);
  });
});
