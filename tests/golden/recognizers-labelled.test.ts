/**
 * The hand-labelled sets in tests/data/ (figures.jsonl, dates.jsonl): both scripts, sentences
 * from the corpus and written for the purpose, negatives included. Targets from issue #4.
 */
import { describe, expect, it } from 'vitest';
import { loadDateSet, loadFigureSet, scoreDates, scoreFigures, TARGETS } from '../../cli/eval-recognizers.ts';

const figureSet = loadFigureSet();
const dateSet = loadDateSet();

describe('labelled set', () => {
  it('is big enough and covers both scripts and negatives', () => {
    const figures = figureSet.reduce((n, item) => n + item.figures.length, 0);
    expect(figures).toBeGreaterThanOrEqual(300);
    expect(dateSet.reduce((n, item) => n + item.dates.length, 0)).toBeGreaterThanOrEqual(150);
    for (const set of [figureSet, dateSet]) {
      expect(set.filter((x) => x.script === 'hans').length).toBeGreaterThan(50);
      expect(set.filter((x) => x.script === 'hant').length).toBeGreaterThan(50);
    }
    // Hand-written Traditional items, not only OpenCC twins of Simplified ones.
    expect(figureSet.filter((x) => x.script === 'hant' && !x.origin).length).toBeGreaterThan(50);
    expect(figureSet.filter((x) => x.figures.length === 0).length).toBeGreaterThan(40);
  });

  it('every expected figure and date is where it says it is', () => {
    for (const item of figureSet)
      for (const f of item.figures)
        expect(item.sentence.slice(f.start, f.start + f.text.length)).toBe(f.text);
    for (const item of dateSet)
      for (const d of item.dates) expect(item.sentence.slice(d.start, d.start + d.text.length)).toBe(d.text);
  });

  it(`figures: precision ≥ ${TARGETS.figurePrecision}, recall ≥ ${TARGETS.figureRecall}`, () => {
    const score = scoreFigures(figureSet);
    const misses = score.misses.map((m) => `${m.kind} ${m.what} in ${m.sentence}`).join('\n');
    expect(score.precision, misses).toBeGreaterThanOrEqual(TARGETS.figurePrecision);
    expect(score.recall, misses).toBeGreaterThanOrEqual(TARGETS.figureRecall);
  });

  it(`dates: ≥ ${TARGETS.dateExact} exact`, () => {
    const score = scoreDates(dateSet);
    const misses = score.misses.map((m) => `${m.kind} ${m.what} in ${m.sentence}`).join('\n');
    expect(score.exactRate, misses).toBeGreaterThanOrEqual(TARGETS.dateExact);
    expect(score.precision, misses).toBeGreaterThanOrEqual(0.9);
  });

  it('each script meets the figure targets on its own', () => {
    for (const script of ['hans', 'hant'] as const) {
      const score = scoreFigures(figureSet.filter((x) => x.script === script));
      expect(score.precision).toBeGreaterThanOrEqual(TARGETS.figurePrecision);
      expect(score.recall).toBeGreaterThanOrEqual(TARGETS.figureRecall);
    }
  });
});
