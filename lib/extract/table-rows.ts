/**
 * A data table's rows as lines of the text: the cells of one row (地区 | 生产总值 | 增长, or a
 * chronicle's 2021年7月29日 | 全国总工会在北京召开…) are read as a reader reads them, one line a
 * row, instead of one line a cell that parts a day from what happened on it. Only short cells
 * that hold one paragraph each are joined: a layout table's cells of prose stay paragraphs.
 */
import { CELL } from '../text/table-figures';

/** What joins two cells of a row in the text (the recognizers' CELL: they read it as a clause's end). */
export const CELL_SEPARATOR = CELL;

/** Longest text of a cell joined to its row's others. */
const CELL_TEXT_MAX = 80;

/** How far above a paragraph's container its cell is looked for (`<td><p><span>…`). */
const CELL_DEPTH = 3;

/** The <td> or <th> that holds the element (itself or up to CELL_DEPTH levels up), or null. */
function cellOf(el: Element): Element | null {
  for (let at: Element | null = el, k = 0; at && k <= CELL_DEPTH; at = at.parentElement, k++) {
    const tag = at.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH') return at;
    if (tag === 'TABLE' || tag === 'TR') return null;
  }
  return null;
}

/** Are the two paragraphs short cells of one table row, each all its cell says (2021年11月12日 | 全国总工会举行…)? */
export function inOneRow(
  a: { container: Element; text: string },
  b: { container: Element; text: string },
): boolean {
  if (a.text.length > CELL_TEXT_MAX || b.text.length > CELL_TEXT_MAX) return false;
  const ca = cellOf(a.container);
  const cb = cellOf(b.container);
  return !!ca && !!cb && ca !== cb && ca.parentElement === cb.parentElement && fills(ca, a) && fills(cb, b);
}

/** Is the paragraph all its cell says (whitespace aside)? */
const fills = (cell: Element, p: { text: string }): boolean =>
  (cell.textContent ?? '').replace(/\s+/g, '') === p.text.replace(/\s+/g, '');

/**
 * For each of the body's blocks (in order), whether its paragraph continues the line of the one
 * before it: both fill a short cell of their own, in the same row.
 */
export function rowContinuations(
  blocks: readonly { paragraph: { container: Element; text: string } }[],
): boolean[] {
  const n = blocks.length;
  const cells: (Element | null)[] = new Array<Element | null>(n);
  for (let i = 0; i < n; i++) {
    const p = (blocks[i] as { paragraph: { container: Element; text: string } }).paragraph;
    cells[i] = p.text.length <= CELL_TEXT_MAX ? cellOf(p.container) : null;
  }
  // (A cell that holds more than one paragraph is no data cell: a layout table's.)
  const alone = (i: number): boolean =>
    cells[i] !== null && cells[i - 1] !== cells[i] && (i + 1 >= n || cells[i + 1] !== cells[i]);
  const out = new Array<boolean>(n).fill(false);
  for (let i = 1; i < n; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    out[i] = !!a && !!b && a.parentElement === b.parentElement && alone(i - 1) && alone(i);
  }
  return out;
}

/** Most cells a chronicle's row holds (a day, what happened, where, who …). */
const ROW_CELLS_MAX = 8;

/** A cell's text that reads as a happening or a record beside a date: some words, no label. */
const RECORD_MIN = 6;

/**
 * Is the paragraph a date in a cell of a chronicle's row (2021年7月29日 | 全国总工会在北京召开…),
 * not a page's time? It fills its cell, names no label (时间：), and another cell of its row
 * holds words that are neither a link nor a line of the page's own (来源：新华网): `isMeta`.
 * (An old page's info row, 时间：… | 来源：…, and a list of linked headlines with their days
 * stay as they were.)
 */
export function isChronicleDate(
  p: { container: Element; text: string },
  isMeta: (text: string) => boolean,
): boolean {
  const cell = cellOf(p.container);
  if (!cell || /[:：]/.test(p.text)) return false;
  const row = cell.parentElement;
  if (!row || row.tagName.toUpperCase() !== 'TR') return false;
  // (A chronicle's row has a few cells: a row of more is none, and is not read. Read whole for
  // each of its days, a row of thousands of days took seconds.)
  let cells = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (++cells > ROW_CELLS_MAX) return false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c === cell) continue;
    const text = (c.textContent ?? '').trim();
    if (text.length < RECORD_MIN) continue;
    const links = c.getElementsByTagName('a');
    const linked = links.length > 0 && (links[0]?.textContent ?? '').trim().length >= text.length / 2;
    if (!linked && !isMeta(text)) return true;
  }
  return false;
}
