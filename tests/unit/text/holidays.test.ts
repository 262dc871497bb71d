import { describe, expect, it } from 'vitest';
import { holidayAt, lunarDay } from '../../../lib/text/holidays.ts';

const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});
const lunarOf = (y: number, m: number, d: number) =>
  chinese
    .formatToParts(new Date(Date.UTC(y, m - 1, d)))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join('/');

describe('holidayAt', () => {
  it.each([
    ['春节', 2024, '2024-02-10'],
    ['除夕', 2024, '2024-02-09'],
    ['元宵節', 2024, '2024-02-24'],
    // 2020 had a leap fourth month before the Dragon Boat Festival.
    ['端午节', 2020, '2020-06-25'],
    ['中秋節', 2023, '2023-09-29'],
    ['重阳', 2024, '2024-10-11'],
    ['国庆节', 2024, '2024-10-01'],
    ['五一劳动节', 2024, '2024-05-01'],
    ['雙十', 2023, '2023-10-10'],
  ])('%s %d is %s', (word, year, want) => {
    const day = holidayAt(`${word}期间`, 0, year);
    expect(day && `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`).toBe(want);
    expect(day?.end).toBe(word.length);
  });

  it('names nothing else, and 國慶 alone (1 October or 10 October) no day', () => {
    expect(holidayAt('中央', 0, 2024)).toBeNull();
    expect(holidayAt('國慶', 0, 2024)).toBeNull();
  });
});

describe('lunarDay', () => {
  it('finds each lunar holiday of every year 1950–2050 on the day the Chinese calendar gives it', () => {
    for (let y = 1950; y <= 2050; y++)
      for (const [m, d] of [
        [1, 1],
        [1, 15],
        [5, 5],
        [7, 7],
        [8, 15],
        [9, 9],
      ] as const) {
        const day = lunarDay(y, m, d);
        expect(day?.y, `${y} ${m}/${d}`).toBe(y);
        expect(lunarOf(day!.y, day!.m, day!.d), `${y} ${m}/${d}`).toBe(`${m}/${d}`);
      }
  });

  it('gives no day outside 1900–2100', () => {
    expect(lunarDay(1850, 8, 15)).toBeNull();
    expect(lunarDay(2500, 1, 1)).toBeNull();
  });
});
