import type { ZhujiDatabase } from './database';
import { searchForm } from '../text/script';
import { candidateIds } from './search-index';
import type { AnnotationKind, AnnotationRecord } from './types';

/** Events whose date falls in [from, to] (ISO prefixes compare as strings), by date. */
export function eventsBetween(
  db: ZhujiDatabase,
  from: string,
  to: string,
  opts: { newestFirst?: boolean; limit?: number } = {},
): Promise<AnnotationRecord[]> {
  let query = db.annotations
    .where('[kind+date]')
    .between(['event', from], ['event', to + '\uffff'], true, true);
  if (opts.newestFirst) query = query.reverse();
  return (opts.limit ? query.limit(opts.limit) : query).toArray();
}

export interface SearchFilters {
  kind?: AnnotationKind;
  page?: string;
  tag?: string;
  limit?: number;
}

/**
 * Text search that works for Chinese and across scripts: the query and every record are
 * compared in Simplified search form (工会 finds 工會), through the `searchText` keys.
 */
export async function searchAnnotations(
  db: ZhujiDatabase,
  query: string,
  filters: SearchFilters = {},
): Promise<AnnotationRecord[]> {
  const form = searchForm(query);
  const keep = (r: AnnotationRecord | undefined): r is AnnotationRecord =>
    !!r &&
    r.search.includes(form) &&
    (!filters.kind || r.kind === filters.kind) &&
    (!filters.page || r.page === filters.page) &&
    (!filters.tag || r.tags.includes(filters.tag));
  const found = (await db.annotations.bulkGet(await candidateIds(db, form))).filter(keep);
  found.sort((a, b) => b.updated - a.updated);
  return filters.limit ? found.slice(0, filters.limit) : found;
}
