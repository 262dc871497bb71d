/**
 * Hostile input: the metadata's line parsers (the <title>'s segments, a site name, a credit line)
 * on a line that is one long run of whitespace after its label, at 100,000 and 1,000,000
 * characters, and the whole extraction on a page of 2,500 and 25,000 links, in one list and in one
 * paragraph. A pattern that tries each of a run's positions over the rest of the run, a test of
 * each block against every other, or a copy of a paragraph's text at each of its links, is
 * quadratic there (~100× for 10× the input); each must stay linear (~10×). And a page of hidden
 * blocks against the same blocks shown: hidden ones must cost no more to read past.
 */
import { JSDOM } from 'jsdom';
import { extractArticle } from '../lib/extract/article';
import { forgetParsedLines, parseBylineLine } from '../lib/extract/byline';
import { outletFromSiteName } from '../lib/extract/site-names';
import { titleSegments } from '../lib/extract/title-segments';
import { parseOutletNameLine } from '../lib/extract/unkeyed-credits';
import type { BenchRow } from './table';

/** Median of `runs` timings after one warm-up run. */
function time(run: () => unknown, runs: number): number {
  run();
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[runs >> 1]!;
}

const LINES: [string, string, (line: string) => unknown][] = [
  ['<title> segments', '标题', titleSegments],
  ['a site name', '中国新闻网', outletFromSiteName],
  [
    'a credit line',
    '来源：',
    (line) => {
      forgetParsedLines();
      return parseBylineLine(line);
    },
  ],
  ['an outlet and a name', '中國時報 王小明', parseOutletNameLine],
];

export function benchHostile(): BenchRow[] {
  const rows = LINES.map(([what, label, parse]) => {
    const line = (n: number) => `${label}${'\u3000 '.repeat(n / 2)}x`;
    const small = line(100_000);
    const large = line(1_000_000);
    // (The 1× runs take a fraction of a millisecond: a median of more of them, so that one
    // collection or compile in five does not double the baseline.)
    const ms1 = time(() => parse(small), 21);
    const ms10 = time(() => parse(large), 7);
    return {
      section: 'hostile',
      metric: `${what} on a 100k / 1M-character run of whitespace: 10× input / 1× input`,
      value: ms10,
      baseline: ms1,
      unit: 'ms',
      target: 'ratio < 15× (linear ~10×, quadratic ~100×)',
      pass: ms10 / ms1 < 15,
    };
  });
  // A list of links each in its own item, and the same links in one paragraph (a run of links
  // no block divides: the walk reads each link's text as it closes).
  // And a story holding a table row of days, each a cell of its own (each day's cell asks its
  // row for what happened that day: read whole for each, 2,500 days took 25 s).
  const prose = `<p>${'正文内容，'.repeat(40)}</p>`;
  const pages: [string, (n: number) => string][] = [
    ['links in one list', (n) => `<ul>${'<li><a href="/n">相关新闻标题一二三</a></li>'.repeat(n)}</ul>`],
    ['links in one paragraph', (n) => `<div>${'<a href="/n">相关新闻标题一二三</a> '.repeat(n)}</div>`],
    [
      'days in one table row of a story',
      (n) =>
        `<div class="content">${prose}${prose}<table><tr>${'<td>2021年7月29日</td>'.repeat(n)}</tr></table>${prose}</div>`,
    ],
  ];
  for (const [where, body] of pages) {
    const page = (n: number) =>
      new JSDOM(
        `<html><head><title>标题</title></head><body><h1>标题</h1>${body(n)}<p>${'正文内容，'.repeat(20)}</p></body></html>`,
      ).window.document;
    const small = page(2_500);
    const large = page(25_000);
    // (Each run on the same document: the extraction reads it and never changes it.)
    const ms1 = time(() => extractArticle(small), 3);
    const ms10 = time(() => extractArticle(large), 3);
    rows.push({
      section: 'hostile',
      metric: `extractArticle on a page of 2,500 / 25,000 ${where}: 10× input / 1× input`,
      value: ms10,
      baseline: ms1,
      unit: 'ms',
      target: 'ratio < 15× (linear ~10×, quadratic ~100×)',
      pass: ms10 / ms1 < 15,
    });
  }
  // Hidden blocks cost no more to read past than shown ones: the walk looks inside each for the
  // headline's candidates (a selector query per block, in jsdom, cost half a millisecond).
  const blocks = (hidden: boolean) =>
    new JSDOM(
      `<html><head><title>标题</title></head><body><h1>标题</h1><p>${'正文内容，'.repeat(20)}</p>${`<div${hidden ? ' hidden' : ''}><h2>栏目标题</h2><p>栏目内容文字</p></div>`.repeat(2_500)}</body></html>`,
    ).window.document;
  const shown = blocks(false);
  const hidden = blocks(true);
  const msShown = time(() => extractArticle(shown), 3);
  const msHidden = time(() => extractArticle(hidden), 3);
  rows.push({
    section: 'hostile',
    metric: 'extractArticle on a page of 2,500 hidden blocks / the same blocks shown',
    value: msHidden,
    baseline: msShown,
    unit: 'ms',
    target: 'ratio ≤ 2×',
    pass: msHidden / msShown <= 2,
  });
  return rows;
}
