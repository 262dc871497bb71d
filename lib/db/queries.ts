import type { ZhujiDatabase } from './database';
import { bigrams, searchForm } from '../text/script';
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
 * compared in Simplified search form; a query of two or more characters goes through the
 * bigram index (the rarest-looking bigram is not known, so all are intersected).
 */
export async function searchAnnotations(
  db: ZhujiDatabase,
  query: string,
  filters: SearchFilters = {},
): Promise<AnnotationRecord[]> {
  const form = searchForm(query);
  const keep = (r: AnnotationRecord) =>
    r.search.includes(form) &&
    (!filters.kind || r.kind === filters.kind) &&
    (!filters.page || r.page === filters.page) &&
    (!filters.tag || r.tags.includes(filters.tag));
  const grams = bigrams(form);
  let candidates: AnnotationRecord[];
  if (grams.length === 0) {
    candidates = await db.annotations.filter(keep).toArray();
  } else {
    let keys: Set<string> | undefined;
    for (const gram of grams.slice(0, 4)) {
      const ids = (await db.annotations.where('grams').equals(gram).primaryKeys()) as string[];
      keys = keys ? new Set(ids.filter((id) => keys!.has(id))) : new Set(ids);
      if (keys.size === 0) return [];
    }
    candidates = (await db.annotations.bulkGet([...keys!])).filter(
      (r): r is AnnotationRecord => !!r && keep(r),
    );
  }
  candidates.sort((a, b) => b.updated - a.updated);
  return filters.limit ? candidates.slice(0, filters.limit) : candidates;
}
