/** The options page's data operations on the extension-origin database. */
import { deleteEverything, replaceFromDump } from '../../lib/db/annotations';
import type { ZhujiDatabase } from '../../lib/db/database';
import { makeDump, parseDump } from '../../lib/export/json';
import type { DataCounts } from '../../components/options/DataSection';

export async function countAll(db: ZhujiDatabase): Promise<DataCounts> {
  const [pages, annotations] = await Promise.all([db.pages.count(), db.annotations.count()]);
  return { pages, annotations };
}

export async function exportJson(
  db: ZhujiDatabase,
  now = new Date(),
): Promise<{ text: string; counts: DataCounts }> {
  const [pages, annotations] = await db.transaction('r', db.pages, db.annotations, () =>
    Promise.all([db.pages.toArray(), db.annotations.toArray()]),
  );
  return {
    text: JSON.stringify(makeDump(pages, annotations, now), null, 1),
    counts: { pages: pages.length, annotations: annotations.length },
  };
}

/**
 * Validates the whole file first (parseDump throws, naming what is wrong), then writes it in one
 * transaction: records with the same id or address are replaced; deleted marks for imported
 * items are lifted. A failure anywhere leaves the database as it was.
 */
export async function importJson(db: ZhujiDatabase, text: string): Promise<DataCounts> {
  const { pages, annotations } = parseDump(text);
  await replaceFromDump(db, pages, annotations);
  return { pages: pages.length, annotations: annotations.length };
}

export { deleteEverything };
