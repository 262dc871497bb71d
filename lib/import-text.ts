/** The options page's words for an import: why nothing was imported. */
import { storageErrorText, storageProblem } from './db/errors';
import { ImportError } from './export/json';
import { t } from './i18n';
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
