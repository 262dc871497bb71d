/** The options page's data operations on the extension-origin database. */
import { deleteEverything, replaceFromDump } from '../../lib/db/annotations';
import type { ZhujiDatabase } from '../../lib/db/database';
import { deletePage } from '../../lib/db/pages';
import type { PageRecord } from '../../lib/db/types';
import { toCsv } from '../../lib/export/csv';
import type { ExportFormat } from '../../lib/export/formats';
import { readImportFile } from '../../lib/export/import-file';
import { makeDump } from '../../lib/export/json';
import { toMarkdown, type MarkdownLabels } from '../../lib/export/markdown';
import { toW3c } from '../../lib/export/w3c';
import { w3cRecords, w3cSources } from '../../lib/export/w3c-records';
import { currentLocale, t } from '../../lib/i18n';
import type { ImportResult } from '../../lib/import-text';
import type { DataCounts } from '../../components/options/DataSection';

export async function countAll(db: ZhujiDatabase): Promise<DataCounts> {
  const [pages, annotations] = await Promise.all([db.pages.count(), db.annotations.count()]);
  return { pages, annotations };
}

function readAll(db: ZhujiDatabase) {
  return db.transaction('r', db.pages, db.annotations, () =>
    Promise.all([db.pages.toArray(), db.annotations.toArray()]),
  );
}

/** The Markdown document's own words in the UI language. */
export function markdownLabels(): MarkdownLabels {
  return {
    lang: currentLocale(),
    title: t('export_mdTitle'),
    exported: t('export_mdExported', '$1'),
    events: t('export_mdEvents'),
    figures: t('export_mdFigures'),
    marks: t('export_mdMarks'),
    editor: t('export_mdEditor'),
    suspect: t('export_mdSuspect'),
  };
}

/**
 * Everything stored, in one format. The counts are what the file holds: all pages for JSON;
 * for the note formats, the pages that have annotations.
 */
export async function exportAs(
  db: ZhujiDatabase,
  format: ExportFormat,
  now = new Date(),
  labels?: MarkdownLabels,
): Promise<{ text: string; counts: DataCounts }> {
  const [pages, annotations] = await readAll(db);
  const annotated = new Set(annotations.map((a) => a.page)).size;
  const counts = { pages: format === 'json' ? pages.length : annotated, annotations: annotations.length };
  const write: Record<ExportFormat, () => string> = {
    json: () => JSON.stringify(makeDump(pages, annotations, now), null, 1),
    markdown: () => toMarkdown(pages, annotations, now, labels ?? markdownLabels()),
    csv: () => toCsv(pages, annotations),
    w3c: () => JSON.stringify(toW3c(pages, annotations, now), null, 1),
  };
  return { text: write[format](), counts };
}

/**
 * Imports a Zhuji JSON dump, a W3C Web Annotation file or Hypothesis's JSON (told apart by content). The whole
 * file is validated first (an ImportError names what is wrong and where), then written in one
 * transaction (replaceFromDump): the newer of a stored and an imported copy is kept, a
 * repeated id takes its newest copy, a page missing from the file is rebuilt from its
 * annotations, deleted marks for imported items are lifted, pages of W3C annotations are
 * merged into the stored ones or created. A failure anywhere leaves the database as it was.
 */
export async function importFile(db: ZhujiDatabase, text: string, now = Date.now()): Promise<ImportResult> {
  const file = readImportFile(text);
  if (file.format === 'zhuji') return replaceFromDump(db, file.pages, file.annotations);
  return db.transaction('rw', [db.pages, db.annotations, db.tombstones, db.searchText], async () => {
    const urls = w3cSources(file.parsed);
    const found = await db.pages.bulkGet(urls);
    const stored = new Map(found.filter((p): p is PageRecord => !!p).map((p) => [p.url, p]));
    const { pages, annotations } = w3cRecords(file.parsed, stored, now);
    const report = await replaceFromDump(db, pages, annotations);
    return { ...report, skipped: file.parsed.skipped ?? 0 };
  });
}

export { deleteEverything };

export interface ArticleRow {
  page: PageRecord;
  /** annotations of every kind stored for the page */
  count: number;
}

/** The collected articles, most recently read first, with how much each holds. */
export async function listArticles(db: ZhujiDatabase): Promise<ArticleRow[]> {
  const [pages, annotations] = await readAll(db);
  const counts = new Map<string, number>();
  for (const a of annotations) counts.set(a.page, (counts.get(a.page) ?? 0) + 1);
  return pages
    .sort((a, b) => b.lastVisit - a.lastVisit)
    .map((page) => ({ page, count: counts.get(page.url) ?? 0 }));
}

/** One article and its annotations as Markdown (to keep before deleting it). */
export async function exportArticle(db: ZhujiDatabase, url: string, now = new Date()): Promise<string> {
  const [pages, annotations] = await readAll(db);
  return toMarkdown(
    pages.filter((p) => p.url === url),
    annotations.filter((a) => a.page === url),
    now,
    markdownLabels(),
  );
}

/** Deletes an article with everything stored for it; resolves with how many annotations went. */
export function deleteArticle(db: ZhujiDatabase, url: string): Promise<number> {
  return deletePage(db, url);
}
