/**
 * Pure: a W3C Web Annotation JSON-LD file (Zhuji's own export, Hypothesis's, or any that quotes
 * text with a TextQuoteSelector) → validated annotation inputs. Accepts an AnnotationCollection
 * with its pages embedded, an AnnotationPage, one Annotation, or a list of them. Every field is
 * checked; the first problem throws an ImportError naming its path (`first.items[3].target`),
 * so a bad file imports nothing.
 */
import {
  fail,
  finite,
  httpUrl,
  int,
  isoDate,
  list,
  nullable,
  object,
  oneOf,
  text,
  type Check,
} from '../db/check';
import type { AnnotationInput, EventFields, FigureFields, PageInput } from '../db/types';
import { annotationInput, MAX_NOTE, MAX_QUOTE, pageInput } from '../db/validate';
import { ImportError } from './json';
import { ANNO_CONTEXT } from './w3c';

export interface ParsedAnnotation {
  /** where it is in the file, for error messages (`first.items[3]`) */
  path: string;
  /** the annotation's own id (`urn:zhuji:r-…`, a Hypothesis address …) or null */
  id: string | null;
  /** the annotated page's address (http or https) */
  source: string;
  input: AnnotationInput;
  /** milliseconds, or null when the file does not say */
  created: number | null;
  modified: number | null;
}

export interface ParsedW3c {
  annotations: ParsedAnnotation[];
  /** page metadata the file carries (Zhuji's `zhuji:pages`, Hypothesis's document titles) */
  pages: PageInput[];
  /** annotations left out because nothing in a page can carry them (Hypothesis replies, page notes) */
  skipped?: number;
}

export const MAX_ITEMS = 1_000_000;
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Does this parsed JSON look like W3C Web Annotations (by its context or its types)? */
export function isW3c(data: unknown): boolean {
  const first = Array.isArray(data) ? data[0] : data;
  if (!isObj(first)) return false;
  if (types(first['@context']).includes(ANNO_CONTEXT)) return true;
  return types(first.type).some(
    (t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage',
  );
}

const eventFields = object<EventFields>({
  date: isoDate,
  dateEnd: nullable(isoDate),
  precision: oneOf('year', 'month', 'day', 'hour', 'minute', 'second'),
  heading: text(500),
  marker: text(50),
});
const figureFields = object<FigureFields>({
  value: finite,
  max: nullable(finite),
  unit: nullable(text(20)),
  qualifier: nullable(text(10)),
  suspect: (v, path) => (typeof v === 'boolean' ? v : fail(path, 'expected true or false')),
});

export const time: Check<number | null> = (v, path) => {
  if (v === undefined) return null;
  const ms = Date.parse(text(40)(v, path));
  return Number.isFinite(ms) ? ms : fail(path, 'expected an ISO 8601 date-time');
};

/** The one target with a page address and a quote (Hypothesis's API uses the same shape). */
export function target(v: unknown, path: string) {
  if (Array.isArray(v)) {
    if (v.length !== 1) fail(path, 'expected exactly one target');
    return target(v[0], `${path}[0]`);
  }
  if (!isObj(v)) return fail(path, 'expected a target with a source and a TextQuoteSelector');
  const sourcePath = at(path, 'source');
  const source = httpUrl(isObj(v.source) ? v.source.id : v.source, sourcePath);
  const selPath = at(path, 'selector');
  if (v.selector === undefined) fail(selPath, 'missing: a TextQuoteSelector is needed');
  const selectors = types(v.selector);
  const qi = selectors.findIndex((s) => isObj(s) && s.type === 'TextQuoteSelector');
  if (qi < 0) fail(selPath, 'no TextQuoteSelector');
  const qPath = Array.isArray(v.selector) ? `${selPath}[${qi}]` : selPath;
  const q = selectors[qi] as Obj;
  const exact = text(MAX_QUOTE)(q.exact, `${qPath}.exact`);
  if (exact.trim() === '') fail(`${qPath}.exact`, 'empty quote');
  const prefix = q.prefix === undefined ? '' : text(MAX_QUOTE)(q.prefix, `${qPath}.prefix`).slice(-64);
  const suffix = q.suffix === undefined ? '' : text(MAX_QUOTE)(q.suffix, `${qPath}.suffix`).slice(0, 64);
  const pi = selectors.findIndex((s) => isObj(s) && s.type === 'TextPositionSelector');
  let position = { type: 'TextPositionSelector' as const, start: 0, end: 0 };
  if (pi >= 0) {
    const pPath = Array.isArray(v.selector) ? `${selPath}[${pi}]` : selPath;
    const p = selectors[pi] as Obj;
    position = {
      ...position,
      start: int(0, 1e9)(p.start, `${pPath}.start`),
      end: int(0, 1e9)(p.end, `${pPath}.end`),
    };
    if (position.end < position.start) fail(pPath, 'end before start');
  }
  return {
    source,
    selectors: [{ type: 'TextQuoteSelector' as const, exact, prefix, suffix }, position] as const,
  };
}

/** The note (commenting or unlabelled text bodies) and the tags (tagging bodies). */
function bodies(a: Obj, path: string): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  if (a.bodyValue !== undefined) notes.push(text(MAX_NOTE)(a.bodyValue, at(path, 'bodyValue')));
  if (a.body !== undefined) {
    const list = Array.isArray(a.body) ? a.body : [a.body];
    list.forEach((b, i) => {
      const bPath = Array.isArray(a.body) ? `${at(path, 'body')}[${i}]` : at(path, 'body');
      if (!isObj(b)) return fail(bPath, 'expected a TextualBody (an object with a "value")');
      if (b.type !== undefined && !types(b.type).includes('TextualBody'))
        return fail(at(bPath, 'type'), 'only TextualBody is supported');
      const value = text(MAX_NOTE)(b.value, at(bPath, 'value'));
      const purpose = b.purpose === undefined ? '' : text(100)(b.purpose, at(bPath, 'purpose'));
      if (purpose === 'tagging') {
        const tag = text(100)(value.trim(), at(bPath, 'value'));
        if (tag && !tags.includes(tag)) tags.push(tag);
      } else if (purpose !== 'describing' && value.trim()) notes.push(value);
    });
  }
  const note = notes.join('\n\n');
  if (note.length > MAX_NOTE) fail(at(path, 'body'), `notes longer than ${MAX_NOTE} characters`);
  if (tags.length > 50) fail(at(path, 'body'), 'more than 50 tags');
  return { note, tags };
}

function annotation(v: unknown, path: string): ParsedAnnotation {
  if (!isObj(v)) return fail(path || '(file)', 'expected an Annotation object');
  if (!types(v.type).includes('Annotation')) fail(at(path, 'type'), 'expected "Annotation"');
  const id = v.id === undefined ? null : text(1000)(v.id, at(path, 'id'));
  if (v.target === undefined) fail(at(path, 'target'), 'missing');
  const { source, selectors } = target(v.target, at(path, 'target'));
  const { note, tags } = bodies(v, path);
  const event =
    v['zhuji:event'] === undefined ? undefined : eventFields(v['zhuji:event'], at(path, 'zhuji:event'));
  const figure =
    v['zhuji:figure'] === undefined ? undefined : figureFields(v['zhuji:figure'], at(path, 'zhuji:figure'));
  const kind =
    v['zhuji:kind'] === undefined
      ? note
        ? 'note'
        : 'highlight'
      : oneOf('event', 'figure', 'highlight', 'note')(v['zhuji:kind'], at(path, 'zhuji:kind'));
  const color = v['zhuji:color'] === undefined ? '' : v['zhuji:color'];
  const candidate = { kind, selectors: [...selectors], note, tags, color, event, figure };
  // the store's own validator has the last word (color, an event without a date, …)
  let input: AnnotationInput;
  try {
    input = annotationInput(candidate, path || '(annotation)');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/\.(color|event|figure):/, '.zhuji:$1:'));
  }
  return {
    path: path || '(annotation)',
    id,
    source,
    input,
    created: time(v.created, at(path, 'created')),
    modified: time(v.modified, at(path, 'modified')),
  };
}

/** The items of an AnnotationPage and of every page embedded after it. */
function pageItems(v: unknown, path: string, out: ParsedAnnotation[]): void {
  for (let page = v, p = path, hops = 0; page !== undefined; hops++) {
    if (typeof page === 'string') fail(p, 'the annotations are at another address, not in this file');
    if (!isObj(page) || !types(page.type).includes('AnnotationPage')) fail(p, 'expected an AnnotationPage');
    const items = (page as Obj).items;
    if (!Array.isArray(items)) fail(at(p, 'items'), 'expected a list');
    if (out.length + (items as unknown[]).length > MAX_ITEMS || hops > 10_000)
      fail(p, 'too many annotations');
    (items as unknown[]).forEach((item, i) => out.push(annotation(item, `${at(p, 'items')}[${i}]`)));
    page = (page as Obj).next;
    p = at(p, 'next');
  }
}

function parse(data: unknown): ParsedW3c {
  const annotations: ParsedAnnotation[] = [];
  let pages: PageInput[] = [];
  if (Array.isArray(data)) {
    if (data.length > MAX_ITEMS) fail('(file)', 'too many annotations');
    data.forEach((item, i) => annotations.push(annotation(item, `[${i}]`)));
  } else if (isObj(data) && types(data.type).includes('AnnotationCollection')) {
    if (data.first === undefined) fail('first', 'missing: the collection has no annotations in this file');
    pageItems(data.first, 'first', annotations);
    if (data['zhuji:pages'] !== undefined)
      pages = list(pageInput, MAX_ITEMS)(data['zhuji:pages'], 'zhuji:pages');
  } else if (isObj(data) && types(data.type).includes('AnnotationPage')) {
    pageItems(data, '', annotations);
  } else {
    annotations.push(annotation(data, ''));
  }
  return { annotations, pages };
}

/** Validates a whole parsed file; throws ImportError naming the first problem's path. */
export function parseW3c(data: unknown): ParsedW3c {
  try {
    return parse(data);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error), 'w3c');
  }
}
