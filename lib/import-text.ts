/** The options page's words for an import: what was imported, or why nothing was. */
import { storageErrorText, storageProblem } from './db/errors';
import type { ImportReport } from './db/import-plan';
import { ImportError } from './export/json';
import { t, tn } from './i18n';
import { errorText } from './messaging';

/** Why the file was refused, in words that fit what it was taken for. */
function refusedKey(e: ImportError): string {
  if (e.format === 'zhuji') return 'options_importFailed';
  if (e.format === 'hypothesis') return 'options_importFailedHypothesis';
  return e.format === 'w3c' ? 'options_importFailedW3c' : 'options_importUnknown';
}

/**
 * Why nothing was imported: the file's fault (an ImportError names what and where), the
 * storage's (a full disk, a closed database: the same advice a save gets), or anything else.
 */
export function importErrorText(error: unknown): string {
  if (error instanceof ImportError) return t(refusedKey(error), error.message);
  if (storageProblem(error)) return storageErrorText(error);
  return t('options_importError', errorText(error));
}

/** What an import did; `skipped`: Hypothesis replies and page notes left out (they quote nothing). */
export type ImportResult = ImportReport & { skipped?: number };

/** One sentence for what was written, then one for each thing the reader should know. */
export function importResultText(r: ImportResult): string {
  const parts = [t('options_imported', [tn('count_pages', r.pages), tn('count_annotations', r.annotations)])];
  if (r.keptNewer) parts.push(tn('options_importKeptNewer', r.keptNewer));
  if (r.duplicates) parts.push(tn('options_importDuplicates', r.duplicates));
  if (r.rebuiltPages) parts.push(tn('options_importRebuilt', r.rebuiltPages));
  if (r.skipped) parts.push(t('options_importSkipped', r.skipped));
  return parts.join(' ');
}
