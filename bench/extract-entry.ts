/** Bundled into the bench page: our extractor and Mozilla Readability, side by side. */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/article';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Each run works on a fresh clone of the document, for both (Readability changes what it is given). */
export function run(runs: number): { zhuji: number; readability: number; chars: number } {
  const zhuji: number[] = [];
  const readability: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const a = document.cloneNode(true) as Document;
    let t = performance.now();
    chars = extractArticle(a, { url: location.href }).model.text.length;
    zhuji.push(performance.now() - t);
    const b = document.cloneNode(true) as Document;
    t = performance.now();
    new Readability(b).parse();
    readability.push(performance.now() - t);
  }
  return { zhuji: median(zhuji), readability: median(readability), chars };
}
