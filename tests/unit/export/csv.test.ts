import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../lib/db/records';
import type { AnnotationRecord } from '../../../lib/db/types';
import { CSV_COLUMNS, csvField, defuse, toCsv } from '../../../lib/export/csv';
import { highlightInput } from '../db/fixtures';
import { B_URL, pageRecord, SEED_URL, seedAnnotations, seedPages, truth } from './fixtures';

/** A small RFC 4180 parser: CRLF records, quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < input.length) {
    const c = input[i]!;
    if (c === '"' && field === '') {
      // quoted field: up to the closing quote; "" is one quote
      for (i++; ; i++) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += input[i];
      }
      i++;
      if (i < input.length && input[i] !== ',' && input[i] !== '\r')
        throw new Error(`text after a quoted field at ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r') {
      if (input[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\n' || c === '"') {
      throw new Error(`${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record without CRLF');
  return rows;
}

function table(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  return rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])));
}

describe('CSV export', () => {
  const annotations = seedAnnotations();
  const rows = table(toCsv(seedPages(), annotations));

  it('BOM, header, one CRLF-ended row per annotation, articles newest first', () => {
    expect(rows).toHaveLength(annotations.length);
    expect(rows[0]!.url).toBe(B_URL);
    expect(rows.at(-1)!.url).toBe(SEED_URL);
    expect(toCsv([], [])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('events: date, end, precision, marker, heading; page fields; ISO times', () => {
    const e8 = rows.find((r) => r.marker === '【事件8】')!;
    expect(e8).toMatchObject({
      kind: 'event',
      date: '2021-10-14',
      date_end: '2021-10-16',
      precision: 'day',
      heading: '工匠精神閃耀賽場',
      page_title: truth.metadata.title,
      source: '工人日報',
      published: '2022-01-29T09:30:00+08:00',
      url: SEED_URL,
      created: '2022-01-29T01:33:20.000Z',
      updated: '2022-01-29T01:33:20.000Z',
      value: '',
      suspect: '',
    });
  });

  it('figures: value as a plain number, unit, qualifier, suspect', () => {
    expect(rows.find((r) => r.quote === '近億元')).toMatchObject({
      kind: 'figure',
      value: '100000000',
      unit: '元',
      qualifier: '近',
      suspect: 'false',
    });
    expect(rows.find((r) => r.quote === '297個')).toMatchObject({ value: '297', suspect: 'true' });
  });

  it('notes round-trip: quotes, commas and line breaks inside; tags joined with ;', () => {
    const note = rows.find((r) => r.kind === 'note')!;
    expect(note.note).toBe('比去年多，\n"待核實", 見第3段');
    expect(note.tags).toBe('工會;數字 核對');
    expect(toCsv(seedPages(), annotations)).toContain('"比去年多，\n""待核實"", 見第3段"');
  });
});

describe('CSV export: formula injection', () => {
  const page = pageRecord('https://x.example.com/a', '=cmd|"/c calc"!A1', { source: '@SUM(A1)' });
  const text = '=1+1 -2 +3 @4 \tx \ry';
  const mark = (exact: string, note: string, id: string): AnnotationRecord =>
    buildRecord(
      highlightInput(text, exact, note, ['+tag', 'ok']),
      { id, page: page.url, origin: 'reader' },
      1,
    );
  const negative: AnnotationRecord = {
    ...buildRecord(highlightInput(text, '-2'), { id: 'r-neg', page: page.url, origin: 'reader' }, 2),
    kind: 'figure',
    figure: { value: -2, max: null, unit: '-', qualifier: null, suspect: false },
  };
  const rows = table(toCsv([page], [mark('=1+1', '-cmd', 'r-a'), mark('@4', '\tx', 'r-b'), negative]));

  it('text cells starting with = + - @ tab or CR get a leading apostrophe', () => {
    expect(rows[0]).toMatchObject({
      quote: "'=1+1",
      note: "'-cmd",
      tags: "'+tag;ok",
      page_title: '\'=cmd|"/c calc"!A1',
    });
    expect(rows[0]!.source).toBe("'@SUM(A1)");
    expect(rows[2]).toMatchObject({ quote: "'@4", note: "'\tx" }); // rows in reading order
    expect(defuse('\rx')).toBe("'\rx");
    expect(defuse('a=b')).toBe('a=b');
  });

  it('a number is written as the number, even when negative', () => {
    expect(rows[1]).toMatchObject({ kind: 'figure', value: '-2', quote: "'-2", unit: "'-" });
  });

  it('a range keeps its upper end in value_max; a single figure leaves it empty', () => {
    const range: AnnotationRecord = {
      ...buildRecord(highlightInput(text, '+3'), { id: 'r-range', page: page.url, origin: 'reader' }, 3),
      kind: 'figure',
      figure: { value: 30000, max: 50000, unit: '人', qualifier: null, suspect: false },
    };
    const [r] = table(toCsv([page], [range]));
    expect(r).toMatchObject({ value: '30000', value_max: '50000', unit: '人' });
    expect(rows[1]!.value_max).toBe('');
  });

  it('fields are quoted only when they need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});
