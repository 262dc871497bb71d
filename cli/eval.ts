/**
 * `npm run eval`: score Zhuji against the corpus and fixtures, side by side with Readability.
 * Each section is a module exporting `run(): Promise<{ text: string }>`; add one to SECTIONS
 * to add rows (e.g. the recognizers' figures and events).
 */
import { resolve } from 'node:path';
import { runExtractionEval } from './eval-extract';
import { corpusPages, fixturePages } from './eval-pages';
import { recognizerReport } from './eval-recognizers';

export interface EvalOptions {
  /** Another corpus in ../shared/corpus's layout (index.json + truth files) to score instead. */
  corpus?: string;
}

export interface EvalSection {
  name: string;
  run: (opts: EvalOptions) => Promise<{ text: string }>;
}

export const SECTIONS: EvalSection[] = [
  {
    name: 'extraction',
    run: ({ corpus }) =>
      corpus
        ? runExtractionEval(corpusPages(corpus), `Extraction on {n} pages (${corpus})`)
        : runExtractionEval([...corpusPages(), ...fixturePages()]),
  },
  { name: 'recognizers', run: async () => recognizerReport() },
];

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const corpusArg = argValue('--corpus');
  if (process.argv.includes('--corpus') && !corpusArg) throw new Error('--corpus needs a directory');
  const corpus = corpusArg === undefined ? undefined : resolve(corpusArg);
  if (corpus !== undefined && corpusPages(corpus).length === 0)
    throw new Error(`${corpus}: no index.json with pages (the layout of ../shared/corpus)`);
  for (const section of corpus ? SECTIONS.slice(0, 1) : SECTIONS) {
    const out = await section.run({ corpus });
    console.log(`${out.text}\n`);
    if (verbose && 'results' in out) console.log(JSON.stringify(out.results, null, 1));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
