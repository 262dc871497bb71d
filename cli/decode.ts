/**
 * Decode a saved page's raw bytes: a BOM wins, then a declared charset that decodes cleanly,
 * then sniffing (UTF-8, GB18030, Big5) by which decodes without errors and reads as Chinese.
 */
import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  big5hkscs: 'big5',
  'x-x-big5': 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  via: 'bom' | 'declared' | 'sniffed' | 'lossy';
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, XML decl, CleanEval `encoding=`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head) ??
    /<text[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of CJK among non-ASCII characters: mojibake from a wrong decoder scores low. */
function chineseness(s: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else other++;
  }
  return cjk + other === 0 ? 1 : cjk / (cjk + other);
}

/** Replacement characters (U+FFFD) and other non-ASCII code units in `s`, counted in one pass. */
function replacedAndOther(s: string): [number, number] {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return [bad, good];
}

/** A private-use character: what Node's Big5 decoder gives for a Hong Kong (HKSCS) character. */
const PRIVATE_USE = /[\ue000-\uf8ff]/;

/**
 * Big5 as a browser decodes it: the WHATWG Big5 (Big5-HKSCS, 隨着 of 明報). Node's ICU decoder
 * gives private-use characters for the HKSCS ones (隨\ue2e5); iconv-lite's big5hkscs maps them.
 */
function hkscs(d: Decoded, bytes: Uint8Array): Decoded {
  return d.encoding === 'big5' && PRIVATE_USE.test(d.text)
    ? { ...d, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs') }
    : d;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  return hkscs(decodeAny(bytes), bytes);
}

function decodeAny(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', via: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', via: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', via: 'bom' };
  }
  const declared = declaredCharset(bytes);
  const enc = declared ? (ALIASES[declared] ?? declared) : null;
  // UTF-8 that decodes cleanly is almost never an accident, whatever the page declares.
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null && (enc === 'utf-8' || /[^\p{ASCII}]/u.test(utf8))) {
    return { text: utf8, encoding: 'utf-8', via: enc === 'utf-8' ? 'declared' : 'sniffed' };
  }
  if (enc && enc !== 'utf-8') {
    const t = tryDecode(bytes, enc);
    if (t !== null) return { text: t, encoding: enc, via: 'declared' };
    // A few bad bytes in an otherwise declared page: trust the declaration, not a sniffer
    // (GB18030 accepts almost any byte sequence and would turn Big5 into mojibake).
    const lossy = safeLossy(bytes, enc);
    if (lossy !== null && replacedAndOther(lossy)[0] <= Math.max(8, lossy.length / 2000)) {
      return { text: lossy, encoding: enc, via: 'lossy' };
    }
  }
  // Declared UTF-8 that is mostly UTF-8 (a Big5 feed pasted into the page): the declaration
  // holds, as a browser keeps it. A page wholly in GB18030 under it reads as almost no UTF-8.
  if (enc === 'utf-8') {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const [bad, good] = replacedAndOther(lossy);
    if (good >= 3 * bad) return { text: lossy, encoding: enc, via: 'lossy' };
  }
  const candidates = ['gb18030', 'big5'].flatMap((e) => {
    const t = tryDecode(bytes, e);
    return t === null ? [] : [{ e, t, score: chineseness(t) }];
  });
  candidates.sort((a, b) => b.score - a.score);
  const top = candidates[0];
  if (top) return { text: top.t, encoding: top.e, via: 'sniffed' };
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'declared' };
  // Nothing decodes cleanly: use the declared charset (or the best guess) with replacement characters.
  const fallback = enc && enc !== 'utf-8' ? enc : lossyGuess(bytes);
  return { text: new TextDecoder(fallback).decode(bytes), encoding: fallback, via: 'lossy' };
}

function safeLossy(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

function lossyGuess(bytes: Uint8Array): string {
  let best = 'utf-8';
  let bestBad = Infinity;
  for (const e of ['utf-8', 'gb18030', 'big5']) {
    const t = new TextDecoder(e).decode(bytes);
    const bad = replacedAndOther(t)[0] + (1 - chineseness(t)) * 100;
    if (bad < bestBad) {
      bestBad = bad;
      best = e;
    }
  }
  return best;
}
