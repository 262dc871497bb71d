import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'zh_CN', 'zh_TW'];
const read = (l: string) =>
  JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('locale files', () => {
  it('use only key names Chrome accepts (else it refuses the whole extension)', () => {
    for (const l of LOCALES) for (const key of Object.keys(read(l))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(read('en')).sort();
    for (const l of LOCALES) {
      const messages = read(l);
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const key of keys) expect(messages[key]!.message.trim(), `${l}:${key}`).not.toBe('');
    }
  });
});
