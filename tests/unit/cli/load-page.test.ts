// Reading a saved page from disk: binary content is refused with a clear error, text is read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, looksBinary } from '../../../cli/load-page';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('looksBinary', () => {
  it('says yes to a NUL byte in the first 8 KB (an image, an archive)', () => {
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toBe(true);
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBe(true);
  });

  it('says no to text: UTF-8, GB18030 bytes, and UTF-16 with its byte order mark', () => {
    expect(looksBinary(utf8('<html><body><p>新闻</p></body></html>'))).toBe(false);
    expect(looksBinary(bytes(0xd0, 0xc2, 0xce, 0xc5))).toBe(false);
    expect(looksBinary(bytes(0xff, 0xfe, 0x3c, 0x00, 0x68, 0x00))).toBe(false);
    expect(looksBinary(bytes())).toBe(false);
  });

  it('looks at the first 8 KB only', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
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
});
