/**
 * Scores the recognizers on the hand-labelled sets in tests/data/: figures (precision and
 * recall, value + max + unit + qualifier all right) and dates (exact: date, end, precision
 * and cut-off all right). `npx tsx cli/eval-recognizers.ts` prints the table; `npm run eval`
 * calls recognizerReport().
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../lib/analysis.ts';
import { findDates } from '../lib/text/dates.ts';
import type { DateMention } from '../lib/text/dates.ts';
import { recognize } from '../lib/text/recognize.ts';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/data');

export interface ExpectedFigure {
  text: string;
  start: number;
  value: number;
  max: number | null;
  unit: string | null;
  qualifier: string | null;
}

export interface FigureItem {
  sentence: string;
  script: 'hans' | 'hant';
  origin?: string;
  figures: ExpectedFigure[];
}

export interface ExpectedDate {
  text: string;
  start: number;
  date: string;
  end: string | null;
  precision: string;
  cutoff: boolean;
}

export interface DateItem {
  sentence: string;
  published: string | null;
  script: 'hans' | 'hant';
  origin?: string;
  dates: ExpectedDate[];
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(resolve(DATA, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export const loadFigureSet = () => readJsonl<FigureItem>('figures.jsonl');
export const loadDateSet = () => readJsonl<DateItem>('dates.jsonl');

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function figureMatches(got: Figure, want: ExpectedFigure): boolean {
  return (
    overlaps(got, { start: want.start, end: want.start + want.text.length }) &&
    near(got.value, want.value) &&
    (got.max === null ? want.max === null : want.max !== null && near(got.max, want.max)) &&
    got.unit === want.unit &&
    got.qualifier === want.qualifier
  );
}

export function dateMatches(got: DateMention, want: ExpectedDate): boolean {
  return (
    overlaps(got, { start: want.start, end: want.start + want.text.length }) &&
    got.date === want.date &&
    got.until === want.end &&
    got.precision === want.precision &&
    got.cutoff === want.cutoff
  );
}

export interface Miss {
  sentence: string;
  kind: 'missed' | 'spurious';
  what: string;
}

export interface FigureScore {
  items: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  misses: Miss[];
}

/**
 * Pairs what was found with what was expected in one sentence (each found item used once);
 * records misses and spurious finds; returns how many expected items were found.
 */
function matchItem<G, W>(
  sentence: string,
  got: G[],
  wants: W[],
  matches: (g: G, w: W) => boolean,
  misses: Miss[],
  describeGot: (g: G) => unknown,
): number {
  const used = new Set<number>();
  let correct = 0;
  for (const want of wants) {
    const k = got.findIndex((g, idx) => !used.has(idx) && matches(g, want));
    if (k >= 0) {
      used.add(k);
      correct++;
    } else misses.push({ sentence, kind: 'missed', what: JSON.stringify(want) });
  }
  got.forEach((g, idx) => {
    if (!used.has(idx)) misses.push({ sentence, kind: 'spurious', what: JSON.stringify(describeGot(g)) });
  });
  return correct;
}

export function scoreFigures(items: FigureItem[] = loadFigureSet()): FigureScore {
  let expected = 0;
  let found = 0;
  let correct = 0;
  const misses: Miss[] = [];
  for (const item of items) {
    const got = recognize(item.sentence, { published: null, garbled: [] }).figures;
    expected += item.figures.length;
    found += got.length;
    correct += matchItem(item.sentence, got, item.figures, figureMatches, misses, (g) => ({
      text: g.text,
      value: g.value,
      max: g.max,
      unit: g.unit,
      qualifier: g.qualifier,
    }));
  }
  return {
    items: items.length,
    expected,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: expected === 0 ? 1 : correct / expected,
    misses,
  };
}

export interface DateScore {
  items: number;
  expected: number;
  found: number;
  exact: number;
  /** Share of expected dates found exactly. */
  exactRate: number;
  precision: number;
  misses: Miss[];
}

export function scoreDates(items: DateItem[] = loadDateSet()): DateScore {
  let expected = 0;
  let found = 0;
  let exact = 0;
  const misses: Miss[] = [];
  for (const item of items) {
    const got = findDates(item.sentence, item.published);
    expected += item.dates.length;
    found += got.length;
    exact += matchItem(item.sentence, got, item.dates, dateMatches, misses, (g) => ({
      text: g.text,
      date: g.date,
      until: g.until,
      precision: g.precision,
      cutoff: g.cutoff,
    }));
  }
  return {
    items: items.length,
    expected,
    found,
    exact,
    exactRate: expected === 0 ? 1 : exact / expected,
    precision: found === 0 ? 1 : exact / found,
    misses,
  };
}

export const TARGETS = { figurePrecision: 0.97, figureRecall: 0.95, dateExact: 0.95 };

export function recognizerReport(): {
  rows: Array<{ metric: string; value: number; target: number }>;
  text: string;
} {
  const figureSet = loadFigureSet();
  const dateSet = loadDateSet();
  const f = scoreFigures(figureSet);
  const d = scoreDates(dateSet);
  // Sentences drawn at random from the corpus and labelled before the recognizers ran on them.
  const fh = scoreFigures(figureSet.filter((x) => x.origin === 'heldout'));
  const dh = scoreDates(dateSet.filter((x) => x.origin === 'heldout'));
  const rows = [
    { metric: 'figures precision', value: f.precision, target: TARGETS.figurePrecision },
    { metric: 'figures recall', value: f.recall, target: TARGETS.figureRecall },
    { metric: 'dates exact', value: d.exactRate, target: TARGETS.dateExact },
    { metric: 'held-out figures precision', value: fh.precision, target: TARGETS.figurePrecision },
    { metric: 'held-out figures recall', value: fh.recall, target: TARGETS.figureRecall },
    { metric: 'held-out dates exact', value: dh.exactRate, target: TARGETS.dateExact },
  ];
  const lines = [
    `Recognizers on the labelled set (tests/data): ${f.items} figure sentences (${f.expected} figures), ` +
      `${d.items} date sentences (${d.expected} dates); held-out part: ${fh.items} figure sentences ` +
      `(${fh.expected} figures), ${dh.items} date sentences (${dh.expected} dates)`,
    'metric                      value   target',
    ...rows.map(
      (r) =>
        `${r.metric.padEnd(27)} ${r.value.toFixed(3).padStart(6)}  ${r.target.toFixed(2).padStart(6)}  ` +
        (r.value >= r.target ? 'ok' : 'BELOW'),
    ),
  ];
  return { rows, text: lines.join('\n') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(recognizerReport().text);
  if (process.argv.includes('--misses')) {
    for (const m of [...scoreFigures().misses, ...scoreDates().misses])
      console.log(`${m.kind.padEnd(8)} ${m.what}\n         in ${m.sentence}`);
  }
}
