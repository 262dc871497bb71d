import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ZhujiDatabase } from '../../../lib/db/database';

describe('migrations', () => {
  it('opens a version-1 database with data and finds every record intact, upgraded', async () => {
    // The first schema exactly as version 0.1.0 shipped it.
    const v1 = new Dexie('migrate-v1');
    v1.version(1).stores({ pages: 'url, lastVisit' });
    const old = Array.from({ length: 50 }, (_, i) => ({
      url: `https://news${i % 3}.example/a/${i}`,
      title: `文章 ${i}`,
      firstVisit: 1000 + i,
      lastVisit: 2000 + i,
      visits: 1 + (i % 4),
    }));
    await v1.table('pages').bulkAdd(old);
    v1.close();

    const db = new ZhujiDatabase('migrate-v1');
    await db.open();
    expect(db.verno).toBe(2);
    const pages = await db.pages.orderBy('lastVisit').toArray();
    expect(pages).toHaveLength(50);
    for (const [i, page] of pages.entries()) {
      expect(page).toEqual({
        ...old[i],
        subtitle: '',
        source: '',
        authors: [],
        editor: '',
        published: '',
        language: '',
        canonicalUrl: '',
        site: `news${i % 3}.example`,
      });
    }
    // and the new indexes work on the migrated data
    expect(await db.pages.where('site').equals('news0.example').count()).toBe(17);
    expect(await db.annotations.count()).toBe(0);
    await db.delete();
  });
});
