import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/extract/language';

describe('detectLanguage', () => {
  it('tells the scripts apart by characters unique to each', () => {
    expect(detectLanguage('實現職工對美好生活的向往，這是國家發展的關鍵')).toBe('zh-Hant');
    expect(detectLanguage('实现职工对美好生活的向往，这是国家发展的关键')).toBe('zh-Hans');
  });

  it('gives no answer without evidence', () => {
    expect(detectLanguage('人民日報')).toBe('');
    expect(detectLanguage('hello world')).toBe('');
  });
});
