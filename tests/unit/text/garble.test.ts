import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFacts } from '../../../lib/extract/text-facts';
import { glossSpans } from '../../../lib/text/gloss';
import { findGarbled, findGarbledAt, touchesGarbled } from '../../../lib/text/garble';

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

  it('finds the same spans when told the text holds no odd character (only a `)` can start one)', () => {
    const pieces = [
      ...'網(wǎng) 實(shí) 現(xiàn) ( ) ) (區 市) wù) xiàn) F A 股 ? \uFFFD \uE27E 新 聞 。 1 2'.split(' '),
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const glosses = glossSpans(text);
        expect(findGarbledAt(text, 3, glosses, textFacts(text).odd)).toEqual(findGarbledAt(text, 3, glosses));
      }),
      { numRuns: 1000 },
    );
  });
});
