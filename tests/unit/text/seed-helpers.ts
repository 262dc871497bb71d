/**
 * Test helpers for the seed article: strip inline pinyin glosses (漢(hàn) → 漢) and find
 * garbled spans (`?` or stray Latin letters between hanzi). Deliberately small: the real
 * gloss and garble modules live elsewhere; these only prepare recognizer input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../../lib/analysis.ts';

/** The seed article's plain text (a copy of ../shared/fixtures/seed/seed.txt, glosses included). */
export const SEED_TEXT = fileURLToPath(new URL('../../data/seed.txt', import.meta.url));
/** Its hand-checked truth (the same as ../shared/fixtures/seed/truth.json). */
export const SEED_TRUTH = fileURLToPath(new URL('../../fixtures/seed.truth.json', import.meta.url));

const GLOSS = /([\u3400-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;

export function stripGlosses(text: string): string {
  return text.replace(GLOSS, '$1');
}

/** Runs that start with `?` or a Latin letter right after a hanzi (`獎?wù)潞?`, `F(xiàn)`). */
export function garbledSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[\u3400-\u9fff]([?A-Za-z\u00c0-\u024f][?A-Za-z\u00c0-\u024f()]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + 1;
    spans.push({ start, end: start + (m[1] as string).length });
  }
  return spans;
}

export function seedBody(): string {
  const raw = stripGlosses(readFileSync(SEED_TEXT, 'utf8'));
  const lines = raw.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l.startsWith('具有里程碑意義的2021年'));
  const last = lines.findIndex((l) => l.startsWith('為吸引更多新就業形態勞動者入會'));
  return lines
    .slice(first, last + 1)
    .filter((l) => l !== '')
    .join('\n');
}
