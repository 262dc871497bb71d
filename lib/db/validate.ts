import type { Selectors } from '../anchor/types';
import {
  bool,
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
} from './check';
import type {
  AnnotationInput,
  AnnotationPatch,
  AnnotationRecord,
  EventFields,
  FigureFields,
  PageInput,
} from './types';

export const MAX_QUOTE = 10_000;
export const MAX_NOTE = 20_000;
const tag = text(100);
const color: Check<string> = (v, path) =>
  /^(#[0-9a-f]{3,8}|[a-z]{1,20})?$/i.test(text(20)(v, path)) ? (v as string) : fail(path, 'expected a color');

export const pageInput: Check<PageInput> = object<PageInput>({
  url: httpUrl,
  title: text(1000),
  subtitle: text(1000),
  source: text(200),
  authors: list(text(100), 20),
  editor: text(100),
  published: isoDate,
  language: oneOf('zh-Hans', 'zh-Hant', ''),
  canonicalUrl: (v, path) => (v === '' ? '' : httpUrl(v, path)),
});

const selectors: Check<Selectors> = (v, path) => {
  const [quote, position] = list((x) => x, 2)(v, path);
  const q = object({
    type: oneOf('TextQuoteSelector'),
    exact: text(MAX_QUOTE),
    prefix: text(64),
    suffix: text(64),
  })(quote, `${path}[0]`);
  const p = object({ type: oneOf('TextPositionSelector'), start: int(0, 1e9), end: int(0, 1e9) })(
    position,
    `${path}[1]`,
  );
  if (q.exact.trim() === '') throw new Error(`${path}[0].exact: empty quote`);
  if (p.end < p.start) throw new Error(`${path}[1]: end before start`);
  return [q, p];
};

const eventFields: Check<EventFields> = object<EventFields>({
  date: isoDate,
  dateEnd: nullable(isoDate),
  precision: oneOf('year', 'month', 'day', 'hour', 'minute', 'second'),
  heading: text(500),
  marker: text(50),
});

const figureFields: Check<FigureFields> = object<FigureFields>({
  value: finite,
  max: nullable(finite),
  unit: nullable(text(20)),
  qualifier: nullable(text(10)),
  suspect: bool,
});

export const annotationInput: Check<AnnotationInput> = (v, path) => {
  const a = object<AnnotationInput>(
    {
      kind: oneOf('event', 'figure', 'highlight', 'note'),
      selectors,
      note: text(MAX_NOTE),
      tags: list(tag, 50),
      color,
      event: eventFields,
      figure: figureFields,
    },
    ['event', 'figure'],
  )(v, path);
  if (a.kind === 'event' && !a.event) throw new Error(`${path}.event: an event needs its date`);
  if (a.kind === 'figure' && !a.figure) throw new Error(`${path}.figure: a figure needs its value`);
  return a;
};

export const annotationPatch: Check<AnnotationPatch> = object<AnnotationPatch>(
  { note: text(MAX_NOTE), tags: list(tag, 50), color },
  ['note', 'tags', 'color'],
);

export const annotationId: Check<string> = (v, path) =>
  /^(auto|r)-[\w-]{1,80}$/.test(text(100)(v, path)) ? (v as string) : fail(path, 'not an annotation id');

/** A whole record coming back (undo of a delete, import): re-checked field by field. */
export const annotationRecord: Check<AnnotationRecord> = (v, path) => {
  const input = annotationInput(v, path);
  const rest = object({
    id: annotationId,
    page: httpUrl,
    origin: oneOf('auto', 'reader'),
    edited: bool,
    created: finite,
    updated: finite,
  })(v, path);
  return {
    ...input,
    ...rest,
    exact: input.selectors[0].exact,
    date: input.event?.date ?? '',
    search: '',
  };
};
