import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declaredLanguage, detectLanguage } from '../../../lib/extract/language';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../../lib/extract/script-chars';
import { scriptCharsModule } from '../../../scripts/script-chars';
import { readFileSync } from 'node:fs';

describe('detectLanguage', () => {
  it('tells the scripts apart by characters unique to each', () => {
    expect(detectLanguage('實現職工對美好生活的向往，這是國家發展的關鍵')).toBe('zh-Hant');
    expect(detectLanguage('实现职工对美好生活的向往，这是国家发展的关键')).toBe('zh-Hans');
  });

  it('reads a short line by the few telling characters it has', () => {
    expect(detectLanguage('新加坡总理黄循财今天宣布')).toBe('zh-Hans');
    expect(detectLanguage('新加坡總理黃循財今天宣佈')).toBe('zh-Hant');
    expect(detectLanguage('人民日報')).toBe('zh-Hant');
    expect(detectLanguage('香港特区政府')).toBe('zh-Hans');
  });

  it('takes characters both scripts write as no evidence (台 and 吃 in Taiwan, 里 of 公里)', () => {
    expect(detectLanguage('台北公里吃飯')).toBe('zh-Hant');
    expect(detectLanguage('台北公里')).toBe('');
    for (const c of '台吃里干占凶群床') expect(SIMPLIFIED_ONLY.includes(c), c).toBe(false);
    for (const c of '於') expect(TRADITIONAL_ONLY.includes(c), c).toBe(false);
  });

  it('gives no answer without evidence, or with two telling characters that disagree', () => {
    expect(detectLanguage('hello world')).toBe('');
    expect(detectLanguage('发發')).toBe('');
    expect(detectLanguage('发發这')).toBe('zh-Hans');
  });

  it('has tables as scripts/script-chars.ts makes them from the installed opencc-js', () => {
    expect(readFileSync('lib/extract/script-chars.ts', 'utf8')).toBe(scriptCharsModule());
    expect(SIMPLIFIED_ONLY.length).toBeGreaterThan(2000);
    expect(TRADITIONAL_ONLY.length).toBeGreaterThan(2000);
  });
});

describe('declaredLanguage', () => {
  const doc = (html: string) => new JSDOM(html).window.document;
  it.each([
    ['<html lang="zh-TW">', 'zh-Hant'],
    ['<html lang="zh-Hant-HK">', 'zh-Hant'],
    ['<html lang="zh_HK">', 'zh-Hant'],
    ['<html lang="zh-CN">', 'zh-Hans'],
    ['<html lang="zh-Hans">', 'zh-Hans'],
    ['<html lang="zh">', ''],
    ['<html lang="en">', ''],
    ['<html><head><meta http-equiv="Content-Language" content="zh-tw"></head>', 'zh-Hant'],
  ])('%s → %s', (html, want) => {
    expect(declaredLanguage(doc(html))).toBe(want);
  });
});
