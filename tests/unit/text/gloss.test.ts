import { describe, expect, it } from 'vitest';
import { findGlosses, isPinyinSyllable, stripGlosses } from '../../../lib/text/gloss';

describe('findGlosses', () => {
  it('finds a reading after each hanzi and strips it', () => {
    const s = '實(shí)現(xiàn)職工對美好生活的向往';
    const g = findGlosses(s);
    expect(g.map((x) => x.pinyin)).toEqual(['shí', 'xiàn']);
    expect(g[0]).toMatchObject({ start: 1, end: 6, base: 0, afterHanzi: true });
    expect(stripGlosses(s)).toBe('實現職工對美好生活的向往');
  });

  it('marks a gloss after a non-hanzi (a lost character)', () => {
    const g = findGlosses('已如期完成,F(xiàn)行標準');
    expect(g).toHaveLength(1);
    expect(g[0]?.afterHanzi).toBe(false);
    expect(g[0]?.base).toBe(6);
  });

  it('leaves ordinary parentheses alone', () => {
    expect(findGlosses('全國31個省(區、市)出臺意見')).toEqual([]);
    expect(findGlosses('薩克斯百貨公司(Saks)紙袋')).toEqual([]);
    expect(findGlosses('第(a)項與(abc)')).toEqual([]);
    expect(findGlosses('(xiàn) at the start')).toEqual([]);
  });

  it('accepts common neutral-tone syllables only after a hanzi', () => {
    expect(findGlosses('我的(de)書').map((g) => g.pinyin)).toEqual(['de']);
    expect(findGlosses('B(de)')).toEqual([]);
    expect(isPinyinSyllable('zhuàng', false)).toBe(true);
    expect(isPinyinSyllable('xyz', true)).toBe(false);
  });
});
