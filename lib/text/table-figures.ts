/**
 * A data table's numbers, as the text model writes its rows (one row a line, its cells joined by
 * ` | `): a cell that is a bare number (98012.83) takes the unit its column's header names in
 * brackets (生产总值（亿元）, 同比增长（%）), or its row's label names (a table of years' columns), or
 * the one the line over the table names (单位：万人), and is a figure of that unit
 * (9,801,283,000,000 元). A bare number is no figure elsewhere.
 */
import type { Figure, Span } from '../analysis.ts';
import { findFigures, spanCursor } from './figures.ts';

/**
 * What joins a row's cells in the text: the text model writes it (lib/extract/table-rows.ts), the
 * events read it (events.ts), and so do the figures here.
 */
export const CELL = ' | ';

/** A cell that is a number and nothing else: 98012.83, -2.3, 1,234. */
const BARE_NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A header cell's unit in brackets at its end: 生产总值（亿元）, 增长(%), 人口（单位：万人）. */
const HEADER_UNIT = /[（(]\s*(?:单位|單位)?\s*[:：]?\s*([^（()）\s:：]{1,6})\s*[）)]\s*$/;

/** The line over a table naming the unit of all its numbers: 单位：亿元. */
const TABLE_UNIT = /^\s*[（(]?\s*(?:单位|單位)\s*[:：]\s*([^（()）\s]{1,6})\s*[）)]?\s*$/;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a row line at `start` (trimmed; offsets into the whole text). */
function cellsOf(line: string, start: number): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (;;) {
    const at = line.indexOf(CELL, from);
    const stop = at < 0 ? line.length : at;
    const raw = line.slice(from, stop);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, start: start + from + lead, end: start + from + lead + text.length });
    if (at < 0) return out;
    from = at + CELL.length;
  }
}

/** Is `unit` one the figure reader knows (1 亿元 reads whole as a figure with a unit)? */
function knownUnit(unit: string): boolean {
  const f = findFigures(`1${unit}`)[0];
  return !!f && f.start === 0 && f.end === unit.length + 1 && f.unit !== null;
}

/**
 * The figures of the text's tables: for each run of two lines or more with the same number of
 * cells (two at least), the first line's units per column (or the unit named on the line over
 * the run), given to the bare numbers under them. `taken`: figures already found (a cell that
 * holds one is left to it); `garbled`: spans whose figures are suspect.
 */
export function findTableFigures(
  text: string,
  taken: readonly Figure[],
  garbled: readonly Span[] = [],
): Figure[] {
  if (!text.includes(CELL)) return [];
  const lines: { text: string; start: number }[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    start = end + 1;
  }
  const out: Figure[] = [];
  // (Overlap, not touch: a cell beside a garbled span is not suspect.)
  const isTaken = spanCursor(taken, false);
  const isGarbled = spanCursor(garbled, false);
  // (Each line's number of cells, 0 for a line that is no row.)
  const counts = lines.map((l) => (l.text.includes(CELL) ? l.text.split(CELL).length : 0));
  for (let i = 0; i < lines.length;) {
    const k = counts[i] as number;
    let j = i + 1;
    while (k >= 2 && j < lines.length && counts[j] === k) j++;
    if (k < 2 || j - i < 2) {
      i = j;
      continue;
    }
    const header = cellsOf(lines[i]!.text, lines[i]!.start);
    const over = TABLE_UNIT.exec(lines[i - 1]?.text ?? '')?.[1];
    const tableUnit = over && knownUnit(over) ? over : null;
    const units = header.map((c) => {
      const u = HEADER_UNIT.exec(c.text)?.[1];
      return u && knownUnit(u) ? u : null;
    });
    for (let r = i + 1; r < j; r++) {
      const cells = cellsOf(lines[r]!.text, lines[r]!.start);
      // (Or the row's label names it, where the columns are years: 生产总值（亿元） | 1143670 | 1210207.)
      const label = HEADER_UNIT.exec(cells[0]?.text ?? '')?.[1];
      const rowUnit = label && knownUnit(label) ? label : null;
      cells.forEach((c, col) => {
        // (The column's unit first, then the row's, then the table's.)
        const unit = units[col] ?? rowUnit ?? tableUnit;
        if (!unit || !BARE_NUMBER.test(c.text) || isTaken(c.start, c.end)) return;
        const f = findFigures(c.text + unit)[0];
        if (!f || f.start !== 0 || f.end !== c.text.length + unit.length) return;
        out.push({
          ...f,
          text: c.text,
          start: c.start,
          end: c.end,
          suspect: isGarbled(c.start, c.end),
        });
      });
    }
    i = j;
  }
  return out;
}
