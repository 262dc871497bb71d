import { Dexie, type EntityTable } from 'dexie';
import type { PageRecord } from './types';

/** Zhuji's database. Versions are append-only: add a new version() call, never edit an old one. */
export class ZhujiDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;

  constructor(name = 'zhuji') {
    super(name);
    this.version(1).stores({ pages: 'url, lastVisit' });
  }
}
