/**
 * Pure: one CSV row per annotation (RFC 4180: CRLF line ends, fields quoted when they hold a
 * quote, comma or line break, inner quotes doubled), after a UTF-8 BOM so Excel reads Chinese.
 * Formula injection is defused: a text cell starting with = + - @ tab or CR gets a leading
 * apostrophe; the figure value is written as a plain number and left alone.
 */
import type { AnnotationRecord, PageRecord } from '../db/types';
import { articlesWithNotes } from './articles';

export const CSV_COLUMNS = [
  'kind',
  'date',
  'date_end',
  'precision',
  'marker',
  'heading',
  'quote',
  'note',
  'tags',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'suspect',
  'page_title',
  'source',
  'published',
  'url',
  'created',
  'updated',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A number cell: written as the number, never prefixed. */
class NumberCell {
  constructor(readonly value: number) {}
}
type Cell = string | NumberCell;

/** A text cell Excel, LibreOffice or Sheets would not run as a formula. */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const cellText = (cell: Cell) => (cell instanceof NumberCell ? String(cell.value) : defuse(cell));

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');

function row(a: AnnotationRecord, page: PageRecord | null): Record<CsvColumn, Cell> {
  const e = a.event;
  const f = a.figure;
  return {
    kind: a.kind,
    date: e?.date ?? '',
    date_end: e?.dateEnd ?? '',
    precision: e?.precision ?? '',
    marker: e?.marker ?? '',
    heading: e?.heading ?? '',
    quote: a.exact,
    note: a.note,
    tags: a.tags.join(';'),
    value: f ? new NumberCell(f.value) : '',
    value_max: f && f.max !== null ? new NumberCell(f.max) : '',
    unit: f?.unit ?? '',
    qualifier: f?.qualifier ?? '',
    suspect: f ? String(f.suspect) : '',
    page_title: page?.title ?? '',
    source: page?.source ?? '',
    published: page?.published ?? '',
    url: a.page,
    created: iso(a.created),
    updated: iso(a.updated),
  };
}

/** The whole CSV file: BOM, header, one row per annotation (articles newest first, reading order). */
export function toCsv(pages: PageRecord[], annotations: AnnotationRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const article of articlesWithNotes(pages, annotations))
    for (const a of article.annotations) {
      const cells = row(a, article.page);
      lines.push(CSV_COLUMNS.map((c) => csvField(cellText(cells[c]))).join(','));
    }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
