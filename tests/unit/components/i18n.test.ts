import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { localeOf, resolveLocale, setLocale, t, tn } from '../../../lib/i18n';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('maps browser languages to the three locales', () => {
    expect(['zh-TW', 'zh_HK', 'zh-Hant-TW', 'zh-MO'].map(localeOf)).toEqual(Array(4).fill('zh-Hant'));
    expect(['zh-CN', 'zh', 'zh-Hans-SG', 'zh_SG'].map(localeOf)).toEqual(Array(4).fill('zh-Hans'));
    expect(['en-US', 'fr', 'ja'].map(localeOf)).toEqual(['en', 'en', 'en']);
    expect(resolveLocale('browser', 'zh-TW')).toBe('zh-Hant');
    expect(resolveLocale('zh-Hans', 'en-US')).toBe('zh-Hans');
  });

  it('looks keys up in the chosen language with $1-style substitutions', () => {
    setLocale('en');
    expect(t('popup_reporters', 'Li Na')).toBe('Reporters: Li Na');
    setLocale('zh-Hant');
    expect(t('popup_reporters', '李娜')).toBe('記者：李娜');
    setLocale('zh-Hans');
    expect(t('popup_deleted', '工会')).toBe('已删除“工会”。');
    expect(t('no_such_key')).toBe('no_such_key');
    // Chrome accepts only [A-Za-z0-9_] in message names: keys built from values are folded.
    expect(t('options_script_hant-hk')).toBe('繁体中文（香港）');
  });

  it('says a count with its noun in the singular or plural in English, once in Chinese', () => {
    const stored = (pages: number, notes: number) =>
      t('options_dataCounts', [tn('count_pages', pages), tn('count_annotations', notes)]);
    setLocale('en');
    expect(stored(1, 20)).toBe('1 page and 20 annotations are stored in this browser.');
    expect(stored(0, 1)).toBe('0 pages and 1 annotation are stored in this browser.');
    expect(tn('count_items', 1)).toBe('1 item');
    expect(tn('count_items', 2)).toBe('2 items');
    expect(tn('page_junkHidden', 1)).toBe('1 junk block hidden');
    expect(tn('page_orphans', 3)).toBe('3 notes could not be placed (orphaned)');
    setLocale('zh-Hant');
    expect(stored(1, 20)).toBe('本瀏覽器中存有 1 個頁面、20 則標註。');
    expect(tn('page_orphans', 1)).toBe('1 則筆記找不到原文位置');
    setLocale('zh-Hans');
    expect(stored(3, 12)).toBe('本浏览器中存有 3 个页面、12 条标注。');
  });

  it('every locale file has the same keys, and every popup/options key has words in each', () => {
    const files = ['en', 'zh_CN', 'zh_TW'].map(
      (l) =>
        JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<
          string,
          { message: string }
        >,
    );
    const keys = Object.keys(files[0]!).sort();
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual(keys);
      for (const key of keys.filter((k) => /^(popup|options)_/.test(k)))
        expect(file[key]!.message.trim()).not.toBe('');
    }
  });
});
