import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../../lib/db/annotations';
import { ZhujiDatabase } from '../../../lib/db/database';
import { normalizeUrl } from '../../../lib/db/normalize-url';
import { deletePage, recentPages, recordVisit } from '../../../lib/db/pages';
import { ARTICLE, highlightInput, pageInput } from './fixtures';

let db: ZhujiDatabase;
let n = 0;
beforeEach(() => {
  db = new ZhujiDatabase(`test-pages-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(normalizeUrl('https://news.example/a?b=2&utm_source=x&a=1#top')).toBe(
      'https://news.example/a?a=1&b=2',
    );
    expect(normalizeUrl('https://news.example/a?spm=1.2.3')).toBe('https://news.example/a');
  });
});

describe('recordVisit', () => {
  it('creates the page on the first visit and updates it, never duplicating, on the next', async () => {
    await recordVisit(
      db,
      pageInput('https://n.example/1#a', 'One', { source: '工人日報', authors: ['鄭莉'] }),
      100,
    );
    const again = await recordVisit(db, pageInput('https://n.example/1?utm_medium=x', ''), 200);
    expect(again).toMatchObject({
      url: 'https://n.example/1',
      site: 'n.example',
      title: 'One',
      source: '工人日報',
      authors: ['鄭莉'],
      firstVisit: 100,
      lastVisit: 200,
      visits: 2,
    });
    expect(await db.pages.count()).toBe(1);
  });

  it('keeps both of two visits that land at the same moment', async () => {
    await Promise.all([
      recordVisit(db, pageInput('https://n.example/1', 'One'), 100),
      recordVisit(db, pageInput('https://n.example/1', 'One'), 100),
    ]);
    expect((await db.pages.get('https://n.example/1'))?.visits).toBe(2);
  });
});

describe('recentPages', () => {
  it('lists newest first, up to the limit', async () => {
    for (let i = 0; i < 5; i++) await recordVisit(db, pageInput(`https://n.example/${i}`, `#${i}`), 100 + i);
    expect((await recentPages(db, 3)).map((p) => p.title)).toEqual(['#4', '#3', '#2']);
  });
});

describe('deletePage', () => {
  it('deletes the page and its annotations, and nothing of other pages', async () => {
    await saveAnnotation(db, pageInput('https://n.example/a'), highlightInput(ARTICLE, '全國總工會'));
    await saveAnnotation(db, pageInput('https://n.example/a'), highlightInput(ARTICLE, '近億元'));
    await saveAnnotation(db, pageInput('https://n.example/b'), highlightInput(ARTICLE, '近億元'));
    expect(await deletePage(db, 'https://n.example/a#x')).toBe(2);
    expect(await db.pages.count()).toBe(1);
    expect((await db.annotations.toArray()).map((a) => a.page)).toEqual(['https://n.example/b']);
  });
});
