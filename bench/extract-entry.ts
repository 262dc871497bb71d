/** Bundled into the bench page: our extractor and Mozilla Readability, side by side. */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/article';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/**
 * Documents per timed batch. The browser's clock ticks in 0.1 ms steps, too coarse for one
 * ~1 ms extraction: each sample times `BATCH` extractions of prepared clones and divides.
 */
const BATCH = 8;

const clones = (): Document[] => Array.from({ length: BATCH }, () => document.cloneNode(true) as Document);

/**
 * `runs` samples of each, interleaved. Every extraction works on a fresh clone of the document,
 * for both (Readability changes what it is given); cloning is not timed.
 */
export function run(runs: number): { zhuji: number; readability: number; chars: number } {
  const zhuji: number[] = [];
  const readability: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const a = clones();
    let t = performance.now();
    for (const d of a) chars = extractArticle(d, { url: location.href }).model.text.length;
    zhuji.push((performance.now() - t) / BATCH);
    const b = clones();
    t = performance.now();
    for (const d of b) new Readability(d).parse();
    readability.push((performance.now() - t) / BATCH);
  }
  return { zhuji: median(zhuji), readability: median(readability), chars };
}

/** The first extraction of each in this page (cold code), on prepared clones. */
export function first(): { zhuji: number; readability: number } {
  const a = document.cloneNode(true) as Document;
  const b = document.cloneNode(true) as Document;
  let t = performance.now();
  extractArticle(a, { url: location.href });
  const zhuji = performance.now() - t;
  t = performance.now();
  new Readability(b).parse();
  return { zhuji, readability: performance.now() - t };
}

/** Clones for runPrepared, made beforehand (so that the allocation it is measured by leaves them out). */
let prepared: Document[] = [];

export function prepare(n: number): void {
  prepared = Array.from({ length: n }, () => document.cloneNode(true) as Document);
}

/** One extraction of each prepared clone, by one of the two (the bench's allocation row). */
export function runPrepared(which: 'zhuji' | 'readability'): void {
  for (const d of prepared) {
    if (which === 'zhuji') extractArticle(d, { url: location.href });
    else new Readability(d).parse();
  }
  prepared = [];
}
