import type { ZhujiDatabase } from './database';
import { hash53 } from './ids';
import type { AnnotationRecord } from './types';

/**
 * Text search for Chinese, across scripts. Every annotation's Simplified search form is kept in
 * one of BUCKETS rows, each a single string of `\u0001<id>\u0002<form>` entries. A search reads
 * the few rows and scans them with indexOf; a write rewrites one row; a bulk insert writes at
 * most BUCKETS rows. A bigram index needed ~36 index rows per annotation (slow bulk writes), and
 * reading 10,000 separate keys costs more than reading 16 strings.
 */
export const BUCKETS = 16;
const START = '\u0001';
const FORM = '\u0002';

export interface SearchBucket {
  bucket: number;
  text: string;
}

const bucketOf = (id: string) => parseInt(hash53(id).slice(-4), 36) % BUCKETS;
const clean = (s: string) => s.split(START).join(' ').split(FORM).join(' ');
const entry = (r: Pick<AnnotationRecord, 'id' | 'search'>) => `${START}${r.id}${FORM}${clean(r.search)}`;

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

function without(text: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0 || text === '') return text;
  return text
    .split(START)
    .filter((e) => e !== '' && !ids.has(e.slice(0, e.indexOf(FORM))))
    .map((e) => START + e)
    .join('');
}

/** Keeps the search rows in step with annotation writes; call inside the same rw transaction. */
export async function reindex(
  db: ZhujiDatabase,
  before: readonly (AnnotationRecord | undefined)[],
  after: readonly AnnotationRecord[],
): Promise<void> {
  const remove = new Map<number, Set<string>>();
  const add = new Map<number, string[]>();
  for (const b of before) if (b) addTo(remove, bucketOf(b.id), b.id);
  for (const a of after) {
    const k = bucketOf(a.id);
    addTo(remove, k, a.id); // an id appears once
    const list = add.get(k);
    if (list) list.push(entry(a));
    else add.set(k, [entry(a)]);
  }
  await write(db, remove, add);
}

export async function unindex(db: ZhujiDatabase, records: readonly AnnotationRecord[]): Promise<void> {
  const remove = new Map<number, Set<string>>();
  for (const r of records) addTo(remove, bucketOf(r.id), r.id);
  await write(db, remove, new Map());
}

async function write(db: ZhujiDatabase, remove: Map<number, Set<string>>, add: Map<number, string[]>) {
  const keys = [...new Set([...remove.keys(), ...add.keys()])];
  if (keys.length === 0) return;
  const rows = await db.searchText.bulkGet(keys);
  await db.searchText.bulkPut(
    keys.map((bucket, i) => ({
      bucket,
      text: without(rows[i]?.text ?? '', remove.get(bucket) ?? new Set()) + (add.get(bucket) ?? []).join(''),
    })),
  );
}

/** How many annotations the search rows hold (for tests and checks). */
export async function indexedCount(db: ZhujiDatabase): Promise<number> {
  return (await db.searchText.toArray()).reduce((n, row) => n + row.text.split(START).length - 1, 0);
}

/** Ids whose search form contains `form`. */
export async function candidateIds(db: ZhujiDatabase, form: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const { text } of await db.searchText.toArray()) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const start = text.lastIndexOf(START, at);
      const mark = text.indexOf(FORM, start);
      if (mark < 0 || mark >= at) continue; // the hit is inside an id, not a form
      ids.add(text.slice(start + 1, mark));
      const next = text.indexOf(START, at);
      if (next < 0) break;
      at = next - 1;
    }
  }
  return [...ids];
}
