/**
 * Extraction in Chromium: our extractor against Mozilla Readability's parse() on the same page
 * in the same run (each on a fresh clone of the document), on the seed and on the seed ×10.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/support/chromium';
import { bundleIife } from '../tests/e2e/support/bundle';
import { serveStatic } from '../tests/e2e/support/server';
import { repeatedSeed } from './reading';
import type { BenchRow } from './table';

export async function benchExtract(): Promise<BenchRow[]> {
  const code = await bundleIife('bench/extract-entry.ts', 'zhujiExtractBench');
  const server = await serveStatic('tests/fixtures');
  server.override('/seed10.html', repeatedSeed(10));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    type Bench = {
      run(n: number): { zhuji: number; readability: number; chars: number };
      first(): { zhuji: number; readability: number };
      prepare(n: number): void;
      runPrepared(which: 'zhuji' | 'readability'): void;
    };
    const measure = async (path: string) => {
      await page.goto(`${server.origin}${path}`);
      await page.addScriptTag({ content: code });
      // The very first extraction of each in the fresh page (one sample: cold code, noisy).
      const first = await page.evaluate(() => {
        const bench = (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench;
        return bench.first();
      });
      await page.evaluate(() =>
        (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench.run(1),
      ); // warm up
      const timed = await page.evaluate(() =>
        (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench.run(15),
      );
      return { ...timed, first };
    };
    const one = await measure('/seed.html');
    // The same page after 200 more runs of each (both JITs warm): what a long reading session sees.
    const warm = await page.evaluate(() => {
      const bench = (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench;
      bench.run(25);
      return bench.run(15);
    });
    // Memory each allocates an extraction, both warm (V8's sampling heap profiler: every object,
    // those a scavenge collected too). Garbage is time: in the target row's window a scavenge
    // falls inside the extraction's timed batches about once a batch of 8.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const allocated = async (which: 'zhuji' | 'readability'): Promise<number> => {
      const n = 40;
      await page.evaluate(
        (k) => (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench.prepare(k),
        n,
      );
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 512,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      await page.evaluate(
        (w) => (globalThis as unknown as { zhujiExtractBench: Bench }).zhujiExtractBench.runPrepared(w),
        which,
      );
      const { profile } = await cdp.send('HeapProfiler.stopSampling');
      let bytes = 0;
      const nodes = [profile.head];
      for (let node = nodes.pop(); node; node = nodes.pop()) {
        bytes += node.selfSize;
        nodes.push(...node.children);
      }
      return bytes / n / 1024;
    };
    const zhujiKB = await allocated('zhuji');
    const readabilityKB = await allocated('readability');
    await cdp.detach();
    const ten = await measure('/seed10.html');
    const scale = ten.zhuji / one.zhuji;
    return [
      {
        section: 'extract',
        metric: `seed page (${one.chars} chars), after 8 runs each: extractArticle vs Readability.parse (median of 15 × 8)`,
        value: one.zhuji,
        baseline: one.readability,
        unit: 'ms',
        target: '≤ 0.5× Readability',
        pass: one.zhuji <= one.readability / 2,
      },
      {
        section: 'extract',
        metric: 'seed page, first run of each in a fresh page (one sample, cold code)',
        value: one.first.zhuji,
        baseline: one.first.readability,
        unit: 'ms',
        target: 'reported',
        pass: true,
      },
      {
        section: 'extract',
        metric: 'seed page, both warm (after 330 runs each): extractArticle vs Readability.parse',
        value: warm.zhuji,
        baseline: warm.readability,
        unit: 'ms',
        target: 'reported',
        pass: true,
      },
      {
        section: 'extract',
        metric: 'seed page, both warm: memory allocated an extraction (V8 heap, sampled)',
        value: zhujiKB,
        baseline: readabilityKB,
        unit: 'KB',
        target: 'reported',
        pass: true,
      },
      {
        section: 'extract',
        metric: `seed ×10 (${ten.chars} chars): extractArticle vs Readability.parse`,
        value: ten.zhuji,
        baseline: ten.readability,
        unit: 'ms',
        target: 'reported',
        pass: true,
      },
      {
        section: 'extract',
        metric: 'seed ×10 vs seed: extractArticle',
        value: ten.zhuji,
        baseline: one.zhuji,
        unit: 'ms',
        target: `ratio ≤ ~11× (linear); is ${scale.toFixed(1)}×`,
        pass: scale <= 11.5,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
