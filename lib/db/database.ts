import { Dexie, type EntityTable } from 'dexie';
import type { SearchBucket } from './search-index';
import type { AnnotationRecord, PageRecord, Tombstone } from './types';

/**
 * Zhuji's database, in the extension origin only. Versions are append-only: add a version()
 * with its upgrade, never edit an old one (tests/unit/db/migration.test.ts opens v1 data).
 */
export class ZhujiDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  searchText!: EntityTable<SearchBucket, 'bucket'>;

  constructor(name = 'zhuji') {
    super(name);
    this.version(1).stores({ pages: 'url, lastVisit' });
    this.version(2)
      .stores({
        pages: 'url, lastVisit, site, published',
        annotations: 'id, page, [kind+date], *tags',
        tombstones: 'id, page',
        searchText: 'bucket',
      })
      .upgrade((tx) =>
        tx
          .table('pages')
          .toCollection()
          .modify((page: Partial<PageRecord> & { url: string }) => {
            page.subtitle ??= '';
            page.source ??= '';
            page.authors ??= [];
            page.editor ??= '';
            page.published ??= '';
            page.language ??= '';
            page.canonicalUrl ??= '';
            page.site ??= new URL(page.url).hostname;
          }),
      );
  }
}
