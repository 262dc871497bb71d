/**
 * Read a saved page from disk into a jsdom Document: size guard, byte decoding, lenient parse.
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { capDepth } from './cap-depth';
import { decodeBytes } from './decode';

export const MAX_BYTES = 50 * 1024 * 1024;

export interface LoadedPage {
  doc: Document;
  encoding: string;
  window: JSDOM['window'];
}

/**
 * Parse HTML text with jsdom: no scripts, no subresources, console noise dropped, nested no
 * deeper than a browser's parser nests (capDepth).
 */
export function parseHtml(html: string, url?: string): LoadedPage {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(capDepth(html), { url: url ?? 'about:blank', virtualConsole });
  return { doc: dom.window.document, encoding: 'utf-8', window: dom.window };
}

/** How binary formats open: PNG, GIF, JPEG, PDF, ZIP, gzip, bzip2, xz, 7z, ELF, RIFF (WebP, WAV, AVI). */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x42, 0x5a, 0x68],
  [0xfd, 0x37, 0x7a, 0x58, 0x5a],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x7f, 0x45, 0x4c, 0x46],
  [0x52, 0x49, 0x46, 0x46],
];

/**
 * NUL bytes in the first 8 KB past which a file is binary (random bytes hold about 32 there).
 * Fewer are stray NULs in a page a broken CMS wrote, which a browser shows (its parser drops them).
 */
const STRAY_NULS = 8;

/**
 * Binary content: a binary format's opening bytes, or NUL bytes in the first 8 KB beyond a few
 * strays (more than 8, or one in 16 bytes of a tiny file). A page saved as UTF-16, which says so
 * by its byte order mark, is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true;
  const head = bytes.subarray(0, 8192);
  const allowed = Math.min(STRAY_NULS, head.length / 16);
  let nuls = 0;
  for (let i = head.indexOf(0); i >= 0; i = head.indexOf(0, i + 1)) if (++nuls > allowed) return true;
  return false;
}

export function loadPage(file: string, url?: string): LoadedPage {
  const size = statSync(file).size;
  if (size > MAX_BYTES) {
    throw new Error(`file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  }
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new Error('not a text file (binary data: an image, an archive …)');
  const decoded = decodeBytes(bytes);
  const page = parseHtml(decoded.text, url);
  return { ...page, encoding: decoded.encoding };
}
