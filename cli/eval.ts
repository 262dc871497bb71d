/**
 * `npm run eval`: score Zhuji against the corpus and fixtures, side by side with Readability.
 * Each section is a module exporting `run(): Promise<{ text: string }>`; add one to SECTIONS
 * to add rows (e.g. the recognizers' figures and events).
 */
import { runExtractionEval } from './eval-extract';
import { recognizerReport } from './eval-recognizers';

export interface EvalSection {
  name: string;
  run: () => Promise<{ text: string }>;
}

export const SECTIONS: EvalSection[] = [
  { name: 'extraction', run: runExtractionEval },
  { name: 'recognizers', run: async () => recognizerReport() },
];

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  for (const section of SECTIONS) {
    const out = await section.run();
    console.log(`${out.text}\n`);
    if (verbose && 'results' in out) console.log(JSON.stringify(out.results, null, 1));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
