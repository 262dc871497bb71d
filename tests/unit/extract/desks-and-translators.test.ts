// @vitest-environment jsdom
// Shapes from session 39's pages no test had seen (聯合報, 自由時報, 中時新聞網, 上報, TVBS, 香港經濟日報,
// 文匯報 …), each reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../../lib/extract/byline';

describe('a desk in the credit’s brackets', () => {
  it('names no outlet (〔體育中心／綜合報導〕, 〔國際中心／綜合報導〕)', () => {
    for (const line of [
      '〔體育中心／綜合報導〕中信兄弟金手套游擊手昨天敲出再見轟',
      '〔國際中心／綜合報導〕',
    ]) {
      expect(parseBylineLine(line).source, line).toBeUndefined();
    }
    // (An outlet in the same place stays one.)
    expect(parseBylineLine('【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出').source).toBe('財訊快報');
  });
});
