import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchor/anchor';
import { describe as describeSpan } from '../../../lib/anchor/describe';

const TEXT = [
  '具有里程碑意義的2021年，注定為歷史所銘記。',
  '2021年7月29日，全國總工會在北京召開會議，深入學習貫徹習近平總書記關於工人階級和工會工作的重要論述。',
  '全總智庫於9月29日正式成立。各級工會通過多種形式開展活動。',
  '各級工會通過多種形式開展活動，職工群眾廣泛參與。',
  '工會法修改自2022年1月1日起施行。',
].join('\n');

const at = (exact: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(exact, i + 1);
  return describeSpan(TEXT, i, i + exact.length);
};

describe('anchor', () => {
  it('1. uses the stored position when the quote is still there', () => {
    const s = at('全總智庫於9月29日正式成立');
    expect(anchor(TEXT, s)).toMatchObject({ method: 'position', start: s[1].start, end: s[1].end, score: 1 });
  });

  it('2. finds the quote when text was inserted before it', () => {
    const s = at('全總智庫於9月29日正式成立');
    const edited = '編者按：本文有更新。\n' + TEXT;
    const a = anchor(edited, s)!;
    expect(a.method).toBe('quote');
    expect(edited.slice(a.start, a.end)).toBe('全總智庫於9月29日正式成立');
  });

  it('2. picks the right one of repeated quotes by its context', () => {
    const second = at('各級工會通過多種形式開展活動', 1);
    const shifted = '新的一段。\n' + TEXT;
    const a = anchor(shifted, second)!;
    expect(a.start).toBe(shifted.lastIndexOf('各級工會通過多種形式開展活動'));
    const first = at('各級工會通過多種形式開展活動', 0);
    expect(anchor(shifted, first)!.start).toBe(shifted.indexOf('各級工會通過多種形式開展活動'));
  });

  it('3. anchors approximately when a character inside the quote changed', () => {
    const s = at('全國總工會在北京召開會議，深入學習貫徹習近平總書記');
    const edited = TEXT.replace('在北京召開會議', '在北京舉行會議');
    const a = anchor(edited, s)!;
    expect(a.method).toBe('fuzzy');
    expect(edited.slice(a.start, a.end)).toBe('全國總工會在北京舉行會議，深入學習貫徹習近平總書記');
    expect(a.score).toBeGreaterThan(0.9);
  });

  it('returns null (orphaned) when the passage is gone', () => {
    const s = at('工會法修改自2022年1月1日起施行');
    const edited = TEXT.replace('工會法修改自2022年1月1日起施行。', '');
    expect(anchor(edited, s)).toBeNull();
  });

  it('does not force a short quote onto unrelated text', () => {
    const s = at('智庫');
    expect(anchor(TEXT.replace('智庫', '大學'), s)).toBeNull();
  });

  it('never throws and always returns a span inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 300 }),
        (text, a, b, other) => {
          const start = text.length ? a % text.length : 0;
          const end = Math.min(text.length, start + (b % 40));
          const s = describeSpan(text, start, end);
          const r = anchor(other, s);
          if (r) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(other.length);
            expect(r.start).toBeLessThanOrEqual(r.end);
          }
          if (end > start) expect(anchor(text, s)).toMatchObject({ method: 'position' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
