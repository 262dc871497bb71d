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

/**
 * Binary content: a NUL byte in the first 8 KB, as git tells binary files (a page saved as
 * UTF-16, which says so by its byte order mark, is text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}

export function loadPage(file: string, url?: string): LoadedPage {
  const size = statSync(file).size;
  if (size > MAX_BYTES) {
    throw new Error(`file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  }
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new Error('not a text file (NUL bytes: an image, an archive …)');
  const decoded = decodeBytes(bytes);
  const page = parseHtml(decoded.text, url);
  return { ...page, encoding: decoded.encoding };
}
