import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from '../../../cli/decode';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
// 中文 in GB18030 and in Big5.
const GB = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]);
const BIG5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]);

describe('decodeBytes', () => {
  it('honours a BOM', () => {
    const d = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii('<p>中文</p>')));
    expect(d).toMatchObject({ text: '<p>中文</p>', encoding: 'utf-8', via: 'bom' });
  });

  it('uses the declared charset when it decodes cleanly', () => {
    expect(decodeBytes(concat(ascii('<meta charset="gb2312"><p>'), GB))).toMatchObject({
      text: '<meta charset="gb2312"><p>中文',
      encoding: 'gb18030',
      via: 'declared',
    });
    expect(decodeBytes(concat(ascii('<meta charset=big5><p>'), BIG5)).text).toContain('中文');
  });

  it('takes clean UTF-8 over a wrong declaration, and sniffs GB18030 under a wrong utf-8 one', () => {
    expect(decodeBytes(ascii('<meta charset="gb2312"><p>中文</p>')).text).toContain('中文');
    const d = decodeBytes(concat(ascii('<meta charset="utf-8"><p>'), GB, GB, GB));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('中文中文中文');
  });

  it('keeps a declared Big5 page with a few bad bytes instead of reading it as GB18030', () => {
    const d = decodeBytes(
      concat(ascii('<meta charset="big5"><p>'), BIG5, BIG5, new Uint8Array([0xff]), BIG5),
    );
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('中文中文');
  });

  it('keeps a declared UTF-8 page with a Big5 snippet in it as UTF-8, as a browser does', () => {
    const utf8 = ascii('<p>今日新聞報導中文</p>');
    const d = decodeBytes(concat(ascii('<meta charset="utf-8">'), utf8, utf8, BIG5, utf8));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('今日新聞報導中文');
    expect(d.text).toContain('\uFFFD');
  });

  it('reads the declared charset from meta tags and CleanEval wrappers', () => {
    expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe(
      'gbk',
    );
    expect(declaredCharset(ascii('<text id="x" title="t" encoding="gb2312">'))).toBe('gb2312');
    expect(declaredCharset(ascii('<p>none</p>'))).toBeNull();
  });
});
