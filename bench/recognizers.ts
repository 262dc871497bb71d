/**
 * Recognizer speed: recognize() over 100,000 characters of news text (the seed article, pinyin
 * glosses stripped, repeated) and over ten times that, each beside a baseline measured in the
 * same run on the same text — one plain regex scan for numerals, the least any recognizer must
 * do. Targets (issue #4): 100k characters under 20 ms; the 10× input at most ~11× the cost.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recognize } from '../lib/text/recognize.ts';

export interface RecognizerBenchRow {
  name: string;
  ms: number;
  baselineMs: number;
  /** ms / baselineMs. */
  ratio: number;
}

const SEED = fileURLToPath(new URL('../tests/data/seed.txt', import.meta.url));
const PUBLISHED = '2022-01-29T09:30:00+08:00';

/** The seed's text with its inline pinyin glosses (網(wǎng)) removed, repeated to `length`. */
export function newsText(length: number): string {
  const seed = readFileSync(SEED, 'utf8').replace(/([\u3400-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g, '$1');
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

/** Median of `runs` timings after `warm` warm-up runs. */
function time(run: () => unknown, runs: number, warm = 3): number {
  for (let k = 0; k < warm; k++) run();
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] as number;
}

/**
 * The medians of `small` and `large` timed in turns (two of `small`, one of `large`, five times,
 * after warm-up runs): both in the same state of the heap. (Timed apart, `small` first, the large
 * input's runs alone paid for collecting what the earlier rows left: the stress rows read 6–22×
 * for 10× input from one run to the next on this machine; in turns, 8–15×. A quadratic scan reads
 * ~100× either way.)
 */
function timedInTurns(small: () => unknown, large: () => unknown): [number, number] {
  for (let k = 0; k < 3; k++) small();
  large();
  const once = (run: () => unknown): number => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const s: number[] = [];
  const l: number[] = [];
  for (let k = 0; k < 5; k++) {
    s.push(once(small), once(small));
    l.push(once(large));
  }
  const median = (ms: number[]) => ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] as number;
  return [median(s), median(l)];
}

const NUMERALS = /[0-9０-９〇零一二三四五六七八九十百千萬万億亿兆兩两]+/g;

function baseline(text: string): number {
  let count = 0;
  NUMERALS.lastIndex = 0;
  while (NUMERALS.exec(text)) count++;
  return count;
}

export function benchRecognizers(): RecognizerBenchRow[] {
  const small = newsText(100_000);
  const large = newsText(1_000_000);
  const ctx = { published: PUBLISHED, garbled: [] };
  const ms1 = time(() => recognize(small, ctx), 21);
  const base1 = time(() => baseline(small), 21);
  const ms10 = time(() => recognize(large, ctx), 7, 1);
  const base10 = time(() => baseline(large), 7, 1);
  return [
    { name: 'recognize() 100k chars', ms: ms1, baselineMs: base1, ratio: ms1 / base1 },
    { name: 'recognize() 1M chars (10×)', ms: ms10, baselineMs: base10, ratio: ms10 / base10 },
    { name: 'recognize() 10× input / 1× input', ms: ms10, baselineMs: ms1, ratio: ms10 / ms1 },
  ];
}

/**
 * Text made to stress one scan (a run of digits, numeral characters, figures or dates without
 * punctuation, markers, brackets), at 100k and 1M characters timed in turns: each 10×/1× ratio
 * tells linear (~10×) from quadratic (~100×).
 */
export const STRESS_UNITS: readonly [name: string, unit: string][] = [
  ['one long run of digits', '1'],
  ['numeral characters', '三百二十八萬零'],
  ['figures without punctuation', '近1.3萬人3至5萬人超過2億人'],
  ['dates without punctuation', '2021年7月29日召開10月14日至16日舉行'],
  ['marked sections', '【事件1】2021年3月2日召開\n'],
  ['qualifiers and joiners', '約至近到超過-'],
  ['brackets and markers', '【（一、'],
  // (One table of a hundred thousand rows: its header's unit given to every bare number.)
  ['table rows', '地区 | 产量（吨）\n东区 | 120\n'],
  // (Rows dated after what happened, and then one line of such cells with no end.)
  ['rows dated last', '会议召开 | 2021年7月29日\n'],
  ['one line of dated cells', '会议召开 | 2021年7月29日 | '],
];

export function benchStress(): RecognizerBenchRow[] {
  const ctx = { published: PUBLISHED, garbled: [] };
  const repeat = (unit: string, length: number) =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return STRESS_UNITS.map(([name, unit]) => {
    const small = repeat(unit, 100_000);
    const large = repeat(unit, 1_000_000);
    const [ms1, ms10] = timedInTurns(
      () => recognize(small, ctx),
      () => recognize(large, ctx),
    );
    return {
      name: `recognize() on ${name}: 10× input / 1× input`,
      ms: ms10,
      baselineMs: ms1,
      ratio: ms10 / ms1,
    };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of benchRecognizers())
    console.log(
      `${r.name.padEnd(36)} ${r.ms.toFixed(2).padStart(8)} ms  baseline ${r.baselineMs.toFixed(2).padStart(7)} ms  ratio ${r.ratio.toFixed(2)}`,
    );
}
