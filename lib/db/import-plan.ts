/**
 * Pure: how an imported file meets what is stored. Within the file, the newest copy of each
 * id (annotations, by `updated`) or address (pages, by `lastVisit`) wins; against the store, the
 * newer of the two wins, so an old backup never reverts a later edit; an annotation whose page
 * is in neither gets a page record built from what the annotations hold. Nothing is lost: every
 * entry of the file is written, kept out as an older duplicate, or kept out because the stored
 * copy is newer, and the counts say how many of each.
 */
import { minimalPage } from './records';
import type { AnnotationRecord, PageRecord } from './types';

export interface ImportReport {
  /** page records written (the file's, merged with the stored ones) */
  pages: number;
  /** annotations written */
  annotations: number;
  /** records not written because the stored copy was edited or visited later */
  keptNewer: number;
  /** entries of the file that repeat an id or address (the newest copy of each was taken) */
  duplicates: number;
  /** pages missing from the file, rebuilt from their annotations (address and times only) */
  rebuiltPages: number;
}

export interface ImportPlan {
  pages: PageRecord[];
  annotations: AnnotationRecord[];
  report: ImportReport;
}

/** The newest copy of each key; a tie goes to the later one in the list. */
export function newestByKey<T>(items: readonly T[], key: (t: T) => string, time: (t: T) => number) {
  const newest = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = newest.get(k);
    if (!seen || time(item) >= time(seen)) newest.set(k, item);
  }
  return { items: [...newest.values()], duplicates: items.length - newest.size };
}

/** A page only its annotations tell of: the address, and times from the annotations. */
export function pageFromAnnotations(url: string, annotations: readonly AnnotationRecord[]): PageRecord {
  let site = '';
  try {
    site = new URL(url).hostname;
  } catch {
    // validated addresses parse; keep an empty site rather than fail the import
  }
  // (A loop, not Math.min(...list): a page of a hundred thousand annotations overflows the spread.)
  let firstVisit = Infinity;
  let lastVisit = -Infinity;
  for (const a of annotations) {
    firstVisit = Math.min(firstVisit, a.created);
    lastVisit = Math.max(lastVisit, a.updated);
  }
  return { ...minimalPage(url), site, firstVisit, lastVisit, visits: 0 };
}

/** The page to store: the later-visited copy's fields, the earliest first visit, the most visits. */
function mergePage(file: PageRecord, stored: PageRecord | undefined): PageRecord {
  if (!stored) return file;
  const newer = stored.lastVisit > file.lastVisit ? stored : file;
  return {
    ...newer,
    firstVisit: Math.min(file.firstVisit, stored.firstVisit),
    visits: Math.max(file.visits, stored.visits),
  };
}

/**
 * Plans the writes. `storedAnnotations[i]` is the stored record with the id of the i-th of the
 * file's annotations after duplicates are dropped (see `dedupe`); `storedPages` maps addresses
 * to the stored pages for every page the file or its annotations name.
 */
export function planImport(
  file: { pages: PageRecord[]; annotations: AnnotationRecord[]; duplicates: number },
  storedAnnotations: readonly (AnnotationRecord | undefined)[],
  storedPages: ReadonlyMap<string, PageRecord>,
): ImportPlan {
  const report: ImportReport = {
    pages: 0,
    annotations: 0,
    keptNewer: 0,
    duplicates: file.duplicates,
    rebuiltPages: 0,
  };
  const annotations = file.annotations.filter((a, i) => {
    const stored = storedAnnotations[i];
    if (!stored || stored.updated <= a.updated) return true;
    report.keptNewer++;
    return false;
  });
  const pages = file.pages.map((p) => {
    const stored = storedPages.get(p.url);
    if (stored && stored.lastVisit > p.lastVisit) report.keptNewer++;
    else report.pages++;
    return mergePage(p, stored);
  });
  const named = new Set(file.pages.map((p) => p.url));
  const orphans = new Map<string, AnnotationRecord[]>();
  for (const a of annotations) {
    if (named.has(a.page) || storedPages.has(a.page)) continue;
    const list = orphans.get(a.page);
    if (list) list.push(a);
    else orphans.set(a.page, [a]);
  }
  for (const [url, list] of orphans) pages.push(pageFromAnnotations(url, list));
  report.rebuiltPages = orphans.size;
  report.annotations = annotations.length;
  return { pages, annotations, report };
}

/** The file's records with repeated ids and addresses reduced to their newest copies. */
export function dedupe(pages: readonly PageRecord[], annotations: readonly AnnotationRecord[]) {
  const p = newestByKey(
    pages,
    (x) => x.url,
    (x) => x.lastVisit,
  );
  const a = newestByKey(
    annotations,
    (x) => x.id,
    (x) => x.updated,
  );
  return { pages: p.items, annotations: a.items, duplicates: p.duplicates + a.duplicates };
}
