/**
 * Read a saved page from disk into a jsdom Document: size guard, byte decoding, lenient parse.
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeBytes } from './decode';

export const MAX_BYTES = 50 * 1024 * 1024;

export interface LoadedPage {
  doc: Document;
  encoding: string;
  window: JSDOM['window'];
}

/** Parse HTML text with jsdom: no scripts, no subresources, console noise dropped. */
export function parseHtml(html: string, url?: string): LoadedPage {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: url ?? 'about:blank', virtualConsole });
  return { doc: dom.window.document, encoding: 'utf-8', window: dom.window };
}

export function loadPage(file: string, url?: string): LoadedPage {
  const size = statSync(file).size;
  if (size > MAX_BYTES) {
    throw new Error(`file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  }
  const decoded = decodeBytes(readFileSync(file));
  const page = parseHtml(decoded.text, url);
  return { ...page, encoding: decoded.encoding };
}
