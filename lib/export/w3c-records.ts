/**
 * Pure: validated W3C annotations → the records Zhuji stores. Imported annotations are the
 * reader's (origin 'reader'). An id Zhuji gave (`urn:zhuji:r-…`) is kept, so importing an export
 * again replaces instead of doubling; a foreign id (a Hypothesis address) becomes a stable
 * `r-w3c-<hash>` for the same reason. Each annotated page is merged into its stored record
 * (empty fields filled from the file) or created with what the file says about it.
 */
import { hash53 } from '../db/ids';
import { normalizeUrl } from '../db/normalize-url';
import { buildRecord, minimalPage } from '../db/records';
import type { AnnotationRecord, PageInput, PageRecord } from '../db/types';
import { annotationId } from '../db/validate';
import { ImportError } from './json';
import { URN } from './w3c';
import type { ParsedAnnotation, ParsedW3c } from './w3c-parse';

function recordId(a: ParsedAnnotation): string {
  if (a.id?.startsWith(URN)) {
    const own = a.id.slice(URN.length);
    try {
      return annotationId(own, 'id');
    } catch {
      // not one of ours after all: hashed below
    }
  }
  const key = a.id ?? `${a.source}\u0000${a.input.selectors[0].exact}\u0000${a.input.selectors[1].start}`;
  return `r-w3c-${hash53(key)}`;
}

/** `old` with its empty fields filled from `meta`. */
function fillEmpty(old: PageRecord, meta: PageInput | undefined): PageRecord {
  if (!meta) return old;
  const filled = { ...old } as Record<string, unknown>;
  for (const [key, value] of Object.entries(meta)) {
    if (key === 'url') continue;
    const mine = filled[key];
    if ((Array.isArray(mine) ? mine.length === 0 : mine === '') && value !== '') filled[key] = value;
  }
  return filled as unknown as PageRecord;
}

/** The addresses (normalized) of the pages a parsed file annotates. */
export function w3cSources(parsed: ParsedW3c): string[] {
  return [...new Set(parsed.annotations.map((a) => normalizeUrl(a.source)))];
}

/**
 * Records to write: every annotation, and a page record for every address annotated.
 * `stored` holds the page records already in the database for those addresses.
 */
export function w3cRecords(
  parsed: ParsedW3c,
  stored: ReadonlyMap<string, PageRecord>,
  now: number,
): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const seen = new Map<string, string>();
  const annotations = parsed.annotations.map((a) => {
    const id = recordId(a);
    const twin = seen.get(id);
    if (twin) throw new ImportError(`${a.path}.id: the same annotation as ${twin}`, 'w3c');
    seen.set(id, a.path);
    const created = a.created ?? a.modified ?? now;
    const record = buildRecord(a.input, { id, page: normalizeUrl(a.source), origin: 'reader' }, created);
    return { ...record, updated: a.modified ?? created };
  });
  const meta = new Map(parsed.pages.map((p) => [normalizeUrl(p.url), p]));
  const earliest = new Map<string, number>();
  for (const a of annotations) earliest.set(a.page, Math.min(a.created, earliest.get(a.page) ?? Infinity));
  const pages = w3cSources(parsed).map((url): PageRecord => {
    const old = stored.get(url);
    if (old) return fillEmpty(old, meta.get(url));
    const first = earliest.get(url)!;
    const input = meta.get(url) ?? minimalPage(url);
    return { ...input, url, site: new URL(url).hostname, firstVisit: first, lastVisit: first, visits: 0 };
  });
  return { pages, annotations };
}
