import { describe, expect, it } from 'vitest';
import { findGarbled, touchesGarbled } from '../../../lib/text/garble';

const spans = (s: string): string[] => findGarbled(s).map((g) => s.slice(g.start, g.end));

describe('findGarbled', () => {
  it('flags U+FFFD and private-use characters', () => {
    expect(spans('新聞\uFFFD報導')).toEqual(['\uFFFD']);
    expect(spans('勞動\uE27E節')).toEqual(['\uE27E']);
  });

  it('flags ? glued between hanzi or before digits, with an orphan gloss', () => {
    const s = '全國五一勞動獎狀、獎?wù)潞?297個全國工人先鋒號';
    expect(spans(s)).toEqual(['?wù)潞?']);
    const g = findGarbled(s)[0];
    const at = s.indexOf('297');
    expect(g && touchesGarbled({ start: at, end: at + 4 }, [g])).toBe(true);
  });

  it('flags a gloss after a non-hanzi and a stray Latin letter after a garbled character', () => {
    expect(spans('完成,F(xiàn)行標準')).toEqual(['F(xiàn)']);
    expect(spans('弧眹\uE27EH勞動節')).toEqual(['\uE27EH']);
  });

  it('leaves real question marks, A股 and Latin words alone', () => {
    expect(spans('為何反服貿? 抗議學生搞不清')).toEqual([]);
    expect(spans('A股三大指數集體收漲，B超與X光檢查')).toEqual([]);
    expect(spans('薩克斯百貨公司（Saks）紙袋')).toEqual([]);
  });

  it('merges signals that are close together', () => {
    expect(spans('萬人次等?梢灶A(yù)見,將有')).toEqual(['?梢灶A(yù)']);
  });
});
