/**
 * Pure: everything Zhuji keeps ↔ one JSON file. The derived search fields are left out of the
 * file and rebuilt on import; every record is validated field by field (lib/db/validate), and
 * one bad record rejects the whole file, so a broken file changes nothing.
 */
import { finite, int, object, text } from '../db/check';
import { normalizeUrl } from '../db/normalize-url';
import { searchFields } from '../db/records';
import type { AnnotationRecord, PageRecord } from '../db/types';
import { annotationRecord, pageInput } from '../db/validate';

export const DUMP_FORMAT = 'zhuji';
export const DUMP_VERSION = 1;

export type StoredAnnotation = Omit<AnnotationRecord, 'search'>;

export interface Dump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  /** ISO time of the export */
  exported: string;
  pages: PageRecord[];
  annotations: StoredAnnotation[];
}

export function makeDump(pages: PageRecord[], annotations: AnnotationRecord[], now: Date): Dump {
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    exported: now.toISOString(),
    pages,
    annotations: annotations.map(({ search: _s, ...rest }) => rest),
  };
}

/** Why a file cannot be imported, with where in the file (e.g. `annotations[3].event.date`). */
export class ImportError extends Error {
  override name = 'ImportError';
  /** what the file was taken for: a Zhuji dump, W3C Web Annotations, Hypothesis JSON, or none (null) */
  readonly format: 'zhuji' | 'w3c' | 'hypothesis' | null;
  constructor(message: string, format: 'zhuji' | 'w3c' | 'hypothesis' | null = 'zhuji') {
    super(message);
    this.format = format;
  }
}

const pageExtra = object({
  site: text(300),
  firstVisit: finite,
  lastVisit: finite,
  visits: int(0, 1e9),
});

const MAX_ITEMS = 1_000_000;

/** Parses and validates a dump; throws ImportError saying what is wrong and where. */
export function parseDump(json: string): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`not JSON (${error instanceof Error ? error.message : String(error)})`, null);
  }
  const root = data as Partial<Dump> | null;
  if (typeof root !== 'object' || root === null || root.format !== DUMP_FORMAT)
    throw new ImportError('not a Zhuji export (no "format": "zhuji")', null);
  if (root.version !== DUMP_VERSION)
    throw new ImportError(`made by another version of Zhuji (file version ${String(root.version)})`);
  if (!Array.isArray(root.pages) || !Array.isArray(root.annotations))
    throw new ImportError('"pages" and "annotations" must be lists');
  if (root.pages.length + root.annotations.length > MAX_ITEMS)
    throw new ImportError(`more than ${MAX_ITEMS} items`);
  try {
    const pages = root.pages.map((p: unknown, i): PageRecord => {
      const path = `pages[${i}]`;
      const input = pageInput(p, path);
      return { ...input, ...pageExtra(p, path), url: normalizeUrl(input.url) };
    });
    const annotations = root.annotations.map((a: unknown, i): AnnotationRecord => {
      const record = annotationRecord(a, `annotations[${i}]`);
      const full = { ...record, page: normalizeUrl(record.page) };
      return { ...full, ...searchFields(full) };
    });
    return { pages, annotations };
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
}
