import { describe, expect, it } from 'vitest';
import { convertTexts } from '../../../entrypoints/background/convert';
import { sameLength } from '../../../lib/text/script';

describe('convertTexts', () => {
  it('converts Traditional to Simplified and back, to Taiwan and Hong Kong forms', () => {
    expect(convertTexts(['全國總工會在北京召開會議'], 'hans')).toEqual(['全国总工会在北京召开会议']);
    expect(convertTexts(['全国总工会在北京召开会议'], 'hant-tw')).toEqual(['全國總工會在北京召開會議']);
    expect(convertTexts(['实现职工对美好生活的向往'], 'hant-hk')[0]).toMatch(/^實現職工對美好生活的/);
  });

  it('never changes a length, so offsets and anchors hold', () => {
    const texts = ['記憶體與軟體', '内存与软件', '乾隆年間，幹部下鄉', '1,594個 328.13萬人', ''];
    for (const to of ['hans', 'hant-tw', 'hant-hk'] as const) {
      convertTexts(texts, to).forEach((out, i) => expect(out).toHaveLength(texts[i]!.length));
    }
  });
});

describe('sameLength', () => {
  it('falls back to one character at a time where a phrase would change the length', () => {
    const phrase = (s: string) => s.replace('記憶體', '内存').replace(/體/g, '体');
    expect(sameLength(phrase, '記憶體很大')).toBe('記憶体很大');
    expect(sameLength(phrase, '體育')).toBe('体育');
  });
});
