import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognize, recognizeSteps } from '../../../lib/text/recognize';

const TEXT = readFileSync('tests/data/seed.txt', 'utf8').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');

describe('recognizeSteps', () => {
  it('yields between its scans and ends with exactly what recognize finds', () => {
    const ctx = { published: '2022-01-29T09:30:00+08:00', garbled: [] };
    const steps = recognizeSteps(TEXT, ctx);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBe(2);
    expect(r.value).toEqual(recognize(TEXT, ctx));
    expect(r.value.figures.length).toBeGreaterThan(20);
  });
});
