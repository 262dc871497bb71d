/**
 * Pure: Hypothesis's own JSON (the client's "Export" file `{export_date, export_userid,
 * annotations: [...]}`, an API search result `{total, rows: [...]}`, or a bare list of API
 * annotations) → the same validated inputs as a W3C file. The quote comes from the target's
 * TextQuoteSelector (the API's target has the W3C shape), the note from `text`, the tags from
 * `tags`, the page title from `document.title`. Replies and page notes quote nothing on the
 * page, so they are counted and left out, not failed on; any other problem throws an
 * ImportError naming its path (`annotations[3].target`), so a bad file imports nothing.
 */
import { fail, httpUrl, list, text, type Check } from '../db/check';
import type { AnnotationInput, PageInput } from '../db/types';
import { annotationInput, MAX_NOTE } from '../db/validate';
import { ImportError } from './json';
import {
  at,
  isObj,
  MAX_ITEMS,
  target,
  time,
  type Obj,
  type ParsedAnnotation,
  type ParsedW3c,
} from './w3c-parse';
import { minimalPage } from '../db/records';

/** An API annotation: a page address in `uri`, a target list, and no W3C `type`. */
const isApiAnnotation = (v: unknown): boolean =>
  isObj(v) && typeof v.uri === 'string' && Array.isArray(v.target) && v.type === undefined;

/** Where the annotations are in a Hypothesis file, or null when it is not one. */
function itemsOf(data: unknown): { items: unknown[]; path: string } | null {
  if (Array.isArray(data))
    return data.length > 0 && isApiAnnotation(data[0]) ? { items: data, path: '' } : null;
  if (!isObj(data)) return null;
  if (
    Array.isArray(data.annotations) &&
    (typeof data.export_userid === 'string' || isApiAnnotation(data.annotations[0]))
  )
    return { items: data.annotations, path: 'annotations' };
  if (
    Array.isArray(data.rows) &&
    typeof data.total === 'number' &&
    (data.rows.length === 0 || isApiAnnotation(data.rows[0]))
  )
    return { items: data.rows, path: 'rows' };
  return null;
}

export function isHypothesis(data: unknown): boolean {
  return itemsOf(data) !== null;
}

const tagList: Check<string[]> = list(text(100), 50);

/** A target that quotes the page (it has a TextQuoteSelector). */
const quotes = (t: unknown): boolean =>
  isObj(t) && Array.isArray(t.selector) && t.selector.some((s) => isObj(s) && s.type === 'TextQuoteSelector');

/** A reply (it answers another annotation) or a page note (no quote): nothing to anchor. */
function unanchored(a: Obj): boolean {
  if (Array.isArray(a.references) && a.references.length > 0) return true;
  return !(a.target as unknown[]).some(quotes);
}

function annotation(a: Obj, path: string): { parsed: ParsedAnnotation; title: string } {
  const id = a.id === undefined ? null : `https://hypothes.is/a/${text(200)(a.id, at(path, 'id'))}`;
  const targets = a.target as unknown[];
  const first = targets.findIndex(quotes);
  const { source, selectors } = target(targets[first], `${at(path, 'target')}[${first}]`);
  const note = a.text === undefined || a.text === null ? '' : text(MAX_NOTE)(a.text, at(path, 'text'));
  const tags =
    a.tags === undefined
      ? []
      : [
          ...new Set(
            tagList(a.tags, at(path, 'tags'))
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ];
  const candidate = {
    kind: note.trim() ? 'note' : 'highlight',
    selectors: [...selectors],
    note,
    tags,
    color: '',
  };
  const input: AnnotationInput = annotationInput(candidate, path);
  const doc = a.document;
  const titles = isObj(doc) && Array.isArray(doc.title) ? doc.title : [];
  const title = typeof titles[0] === 'string' ? titles[0].trim().slice(0, 1000) : '';
  // the page is `uri` (what Hypothesis lists it under); the target's source is the same page
  const uri = a.uri === undefined ? source : httpUrl(a.uri, at(path, 'uri'));
  return {
    parsed: {
      path,
      id,
      source: uri,
      input,
      created: time(a.created, at(path, 'created')),
      modified: time(a.updated, at(path, 'updated')),
    },
    title,
  };
}

function parse(data: unknown): ParsedW3c {
  const found = itemsOf(data);
  if (!found) return fail('(file)', 'not a Hypothesis export');
  if (found.items.length > MAX_ITEMS) fail(found.path || '(file)', 'too many annotations');
  const annotations: ParsedAnnotation[] = [];
  const titles = new Map<string, string>();
  let skipped = 0;
  found.items.forEach((item, i) => {
    const path = `${found.path}[${i}]`;
    if (!isApiAnnotation(item)) fail(path, 'expected a Hypothesis annotation (with "uri" and "target")');
    if (unanchored(item as Obj)) {
      skipped++;
      return;
    }
    const { parsed, title } = annotation(item as Obj, path);
    annotations.push(parsed);
    if (title && !titles.has(parsed.source)) titles.set(parsed.source, title);
  });
  const pages = [...titles].map(([url, title]): PageInput => ({ ...minimalPage(url), title }));
  return { annotations, pages, skipped };
}

/** Validates a whole Hypothesis file; throws ImportError naming the first problem's path. */
export function parseHypothesis(data: unknown): ParsedW3c {
  try {
    return parse(data);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error), 'hypothesis');
  }
}
