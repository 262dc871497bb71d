/**
 * Pure: which kind of file the reader chose to import, told by its content, not its name: a
 * Zhuji JSON dump (`"format": "zhuji"`), W3C Web Annotations (the anno.jsonld context or an
 * Annotation / AnnotationPage / AnnotationCollection type), or Hypothesis's own JSON (its
 * client's export, an API search result). Anything else is refused.
 */
import type { AnnotationRecord, PageRecord } from '../db/types';
import { DUMP_FORMAT, ImportError, parseDump } from './json';
import { isHypothesis, parseHypothesis } from './hypothesis-parse';
import { isW3c, parseW3c, type ParsedW3c } from './w3c-parse';

export type ImportFile =
  | { format: 'zhuji'; pages: PageRecord[]; annotations: AnnotationRecord[] }
  | { format: 'w3c' | 'hypothesis'; parsed: ParsedW3c };

/** Parses and validates the whole file; throws ImportError (with its `format`) saying why not. */
export function readImportFile(text: string): ImportFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`not JSON (${error instanceof Error ? error.message : String(error)})`, null);
  }
  if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format === DUMP_FORMAT)
    return { format: 'zhuji', ...parseDump(text.replace(/^\uFEFF/, '')) };
  if (isW3c(data)) return { format: 'w3c', parsed: parseW3c(data) };
  if (isHypothesis(data)) return { format: 'hypothesis', parsed: parseHypothesis(data) };
  throw new ImportError(
    'no "format": "zhuji", no W3C anno.jsonld context or Annotation type, no Hypothesis annotations',
    null,
  );
}
