/**
 * `npm run bench`: every benchmark, each against a baseline measured in the same run, printed
 * as one table (and written to bench-output/bench.md). Exit status 0 even when a target is
 * missed: the table says so; speed is reported, never asserted by timed tests.
 * `npm run bench -- extract storage`: only the sections named.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchExtract } from './extract';
import { benchHostile } from './hostile';
import { benchPopup } from './popup';
import { benchReading } from './reading';
import { benchRecognizers, benchStress } from './recognizers';
import { benchStorage } from './storage';
import { renderTable, type BenchRow } from './table';

function recognizerRows(): BenchRow[] {
  const [small, large, scaling] = benchRecognizers();
  return [
    {
      section: 'recognizers',
      metric: small!.name,
      value: small!.ms,
      baseline: small!.baselineMs,
      unit: 'ms',
      target: '< 20 ms; baseline: one regex scan',
      pass: small!.ms < 20,
    },
    {
      section: 'recognizers',
      metric: large!.name,
      value: large!.ms,
      baseline: large!.baselineMs,
      unit: 'ms',
      target: 'baseline: one regex scan',
      pass: true,
    },
    {
      section: 'recognizers',
      metric: scaling!.name,
      value: scaling!.ms,
      baseline: scaling!.baselineMs,
      unit: 'ms',
      target: 'ratio ≤ ~11×',
      pass: scaling!.ratio <= 11.5,
    },
    ...benchStress().map((r): BenchRow => ({
      section: 'recognizers',
      metric: r.name,
      value: r.ms,
      baseline: r.baselineMs,
      unit: 'ms',
      target: 'ratio < 15× (linear ~10×, quadratic ~100×)',
      pass: r.ratio < 15,
    })),
  ];
}

async function main() {
  const sections: [string, () => Promise<BenchRow[]>][] = [
    ['recognizers', async () => recognizerRows()],
    ['hostile', async () => benchHostile()],
    ['extract', benchExtract],
    ['reading', benchReading],
    ['storage', benchStorage],
    ['popup', benchPopup],
  ];
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !sections.some(([s]) => s === name));
  if (unknown.length) {
    console.error(
      `bench: no section ${unknown.join(', ')} (sections: ${sections.map(([s]) => s).join(', ')})`,
    );
    process.exit(1);
  }
  execSync('npx wxt build --mode bench', { stdio: 'ignore' });
  // The build keeps both cores busy; timing starts once the machine has settled.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const rows: BenchRow[] = [];
  for (const [name, run] of sections) {
    if (only.length && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    rows.push(...(await run()));
  }
  const table = renderTable(rows);
  console.log(table);
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/bench.md', table + '\n');
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
