import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCAN_CHUNK } from '../../../lib/text/chars';
import { findDates, findDatesSteps } from '../../../lib/text/dates';
import { findEvents, findEventsSteps } from '../../../lib/text/events';
import { findFigures, findFiguresSteps } from '../../../lib/text/figures';
import { recognize, recognizeSteps } from '../../../lib/text/recognize';

const TEXT = readFileSync('tests/data/seed.txt', 'utf8').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');

describe('recognizeSteps', () => {
  it('yields between its scans and ends with exactly what recognize finds', () => {
    const ctx = { published: '2022-01-29T09:30:00+08:00', garbled: [] };
    const steps = recognizeSteps(TEXT, ctx);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    // Two between the scans, one per SCAN_CHUNK characters inside the first two, and in the
    // events' scan one per 64 dates and one before the marked sections.
    const live = findDates(TEXT, ctx.published).filter((d) => !d.cutoff).length;
    expect(live).toBeGreaterThan(0);
    expect(pauses).toBe(2 + 2 * Math.floor((TEXT.length - 1) / SCAN_CHUNK) + 1 + Math.floor((live - 1) / 64));
    expect(r.value).toEqual(recognize(TEXT, ctx));
    expect(r.value.figures.length).toBeGreaterThan(20);
  });
});

/** Runs steps to the end, counting the pauses. */
function drain<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (let r = steps.next(); ; r = steps.next(), pauses++) if (r.done) return { value: r.value, pauses };
}

describe('the stepped scans', () => {
  // Long enough for several chunks, with mentions astride each chunk boundary: the text is
  // shifted so that a date and a figure start a few characters before the boundary.
  const unit = '2021年7月29日，全國總工會在北京召開會議，328.13萬人參加，次日又有1594個單位響應。\n';
  const texts = [0, 3, 7, 11].map((shift) => 'x'.repeat(SCAN_CHUNK - shift - 4) + unit.repeat(800));

  it('find the same dates as one scan, the paragraph context carried across pauses', () => {
    for (const text of texts) {
      const { value, pauses } = drain(findDatesSteps(text, '2022-01-29T09:30:00+08:00'));
      expect(pauses).toBeGreaterThan(3);
      expect(value).toEqual(findDates(text, '2022-01-29T09:30:00+08:00'));
      expect(value.some((d) => d.relative)).toBe(true); // 次日 read from the day before it
    }
  });

  it('find the same events as one scan, with a pause every 64 dates', () => {
    for (const text of texts.slice(0, 2)) {
      const dates = findDates(text, null);
      const { value, pauses } = drain(findEventsSteps(text, dates));
      expect(pauses).toBe(1 + Math.floor((dates.length - 1) / 64));
      expect(value).toEqual(findEvents(text, dates));
      expect(value.length).toBe(800);
    }
  });

  it('find the same figures as one scan', () => {
    for (const text of texts) {
      const blocked = findDates(text, null);
      const { value, pauses } = drain(findFiguresSteps(text, { blocked }));
      expect(pauses).toBeGreaterThan(3);
      expect(value).toEqual(findFigures(text, { blocked }));
      expect(value.length).toBe(1600);
    }
  });
});
