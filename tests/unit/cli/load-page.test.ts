// Reading a saved page from disk: binary content is refused with a clear error, text is read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, looksBinary } from '../../../cli/load-page';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('looksBinary', () => {
  it("says yes to a binary format's opening bytes, NUL or not (an image, an archive)", () => {
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toBe(true);
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBe(true);
    expect(looksBinary(utf8('%PDF-1.7 <html>'))).toBe(true);
    expect(looksBinary(utf8('GIF89a <html>'))).toBe(true);
  });

  it('says yes to NUL bytes beyond a few strays in the first 8 KB', () => {
    const random = new Uint8Array(8192).fill(0x61);
    for (let i = 0; i < 32; i++) random[i * 256] = 0; // random bytes' share: one in 256
    expect(looksBinary(random)).toBe(true);
    expect(looksBinary(bytes(0x61, 0x62, 0x00, 0x63))).toBe(true); // a tiny file: one in 16 bytes is many
  });

  it('says no to text: UTF-8, GB18030 bytes, UTF-16 with its byte order mark, a page with a few stray NULs', () => {
    expect(looksBinary(utf8('<html><body><p>新闻</p></body></html>'))).toBe(false);
    expect(looksBinary(bytes(0xd0, 0xc2, 0xce, 0xc5))).toBe(false);
    expect(looksBinary(bytes(0xff, 0xfe, 0x3c, 0x00, 0x68, 0x00))).toBe(false);
    expect(looksBinary(bytes())).toBe(false);
    const stray = new Uint8Array(
      utf8(`<html><head><title>标题</title></head><body>${'<p>正文</p>'.repeat(500)}`),
    );
    for (const at of [20, 3000, 6000]) stray[at] = 0;
    expect(looksBinary(stray)).toBe(false);
  });

  it('looks at the first 8 KB only', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late.fill(0, 8500);
    expect(looksBinary(late)).toBe(false);
  });
});

describe('loadPage', () => {
  it('refuses a binary file with an error that says why, and reads a page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuji-load-'));
    const bin = join(dir, 'photo.html');
    writeFileSync(bin, bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46));
    expect(() => loadPage(bin)).toThrow(/not a text file/);
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><head><title>标题</title></head><body><p>正文</p></body></html>');
    expect(loadPage(page).doc.title).toBe('标题');
  });

  it('reads a page with a few stray NUL bytes as a browser does (its parser drops them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuji-load-'));
    const page = join(dir, 'nul.html');
    writeFileSync(
      page,
      '<html><head><title>标题</title></head><body><p>第一\0段</p><p>第二段\0</p></body></html>',
    );
    const { doc } = loadPage(page);
    expect(doc.title).toBe('标题');
    expect(doc.body.textContent).toBe('第一段第二段');
  });
});
