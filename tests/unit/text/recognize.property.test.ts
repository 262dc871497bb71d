/**
 * Properties of the recognizers as a whole: no input makes them throw, and every span they
 * report is a span of the input. (That the cost grows linearly, on news text and on text made
 * to stress each scan, is measured by `npm run bench`: no test here times anything.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/text/recognize.ts';

/** Characters the recognizers care about, so random strings exercise them. */
const ALPHABET = [
  ...'0123456789０１２３.,，、%％-—～至到年月日號前後今昨去本上下週周天個萬万億亿千百十兆零〇一二兩两三四五六七八九廿卅',
  ...'第近約约逾超過过多余餘以上下左右不到至少成倍分之點点人元家名次截止：:【】（）()\n。；！？事件召開舉行發布成立啟動',
  'a',
  'Z',
  ' ',
  '?',
];
const newsish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 300 }).map((a) => a.join(''));
const PUBLISHED = fc.option(
  fc.constantFrom('2022-01-29T09:30:00+08:00', '2014-03-23', '2005-5-7 21:23:57', 'not a date', ''),
  { nil: null },
);

describe('recognize', () => {
  it('never throws, and every span it reports is a span of the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsish, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })),
        PUBLISHED,
        fc.array(fc.record({ start: fc.nat(300), end: fc.nat(300) }), { maxLength: 5 }),
        (text, published, garbled) => {
          const { figures, events } = recognize(text, { published, garbled });
          for (const f of figures) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(Number.isFinite(f.value)).toBe(true);
            if (f.max !== null) expect(f.max).toBeGreaterThan(f.value);
          }
          for (const e of events) {
            expect(text.slice(e.start, e.end)).toBe(e.text);
            expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
