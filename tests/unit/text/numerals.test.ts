import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral, readNumeral } from '../../../lib/text/numerals.ts';
import { toChinese, toChineseDigits } from './cn-writer.ts';

describe('parseNumeral', () => {
  it.each([
    ['1594', 1594],
    ['1,594', 1594],
    ['1,234,567', 1234567],
    ['328.13', 328.13],
    ['１２３', 123],
    ['３５１２８', 35128],
    ['1.5億', 150000000],
    ['1.5亿', 150000000],
    ['3千萬', 30000000],
    ['5萬億', 5e12],
    ['44万亿', 4.4e13],
    ['328.13萬', 3281300],
    ['36.69億', 3669000000],
    ['三百二十八萬', 3280000],
    ['一萬零二十', 10020],
    ['兩', 2],
    ['两千四百万', 24000000],
    ['〇', 0],
    ['零', 0],
    ['廿五', 25],
    ['卅', 30],
    ['十', 10],
    ['十九', 19],
    ['一百零五', 105],
    ['一億二千萬', 120000000],
    ['十二億三千四百萬', 1234000000],
    ['三億五千萬', 350000000],
    ['二千零五十億', 205000000000],
    ['二〇二一', 2021],
    ['一九九二', 1992],
    ['七十八點二', 78.2],
    ['三點零六', 3.06],
    ['一點五億', 150000000],
  ])('%s → %d', (s, n) => {
    expect(parseNumeral(s)).toBe(n);
  });

  it('stops where the numeral stops', () => {
    expect(readNumeral('十四五規劃', 0)?.end).toBe(2);
    expect(readNumeral('3千米', 0)?.value).toBe(3); // 千米 is a unit, not a multiplier
    expect(readNumeral('100兆瓦', 0)?.value).toBe(100);
    expect(readNumeral('1兆元', 0)?.value).toBe(1e12);
    expect(readNumeral('十點三十分', 0)?.value).toBe(10); // a time, not 10.3
    expect(readNumeral('abc', 0)).toBeNull();
  });

  it('any integer written in Arabic digits parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.boolean(), fc.boolean(), (n, commas, wide) => {
        let s = commas ? n.toLocaleString('en-US') : String(n);
        if (wide) s = s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        const r = readNumeral(s, 0);
        expect(r?.value).toBe(n);
        expect(r?.end).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it('any integer below 10^12 written in Chinese numerals parses back, both scripts, with 兩/两', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 1e12 - 1 })),
        fc.boolean(),
        fc.boolean(),
        (n, traditional, liang) => {
          const s = toChinese(n, { traditional, liang });
          expect([s, parseNumeral(s)]).toEqual([s, n]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('years written digit by digit parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), (n) => {
        expect(parseNumeral(toChineseDigits(n))).toBe(n);
      }),
    );
  });

  it('Arabic mantissa with a Chinese multiplier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }), (a, b) => {
        const mantissa = Number(`${a}.${String(b).padStart(2, '0')}`);
        expect(parseNumeral(`${a}.${String(b).padStart(2, '0')}萬`)).toBe(
          Number((mantissa * 1e4).toPrecision(12)),
        );
        expect(parseNumeral(`${a}億`)).toBe(a * 1e8);
      }),
    );
  });
});
