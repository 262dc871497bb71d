import type { Plugin } from 'vite';

const planeEnds = Array.from({ length: 17 }, (_, plane) => {
  const hex = (plane === 0 ? '' : plane.toString(16).toUpperCase()) + 'FFFE';
  return `\\u{${hex}}-\\u{${hex.slice(0, -1)}F}`;
}).join('');

/**
 * Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. Chrome
 * refuses a content script or service worker whose source contains one raw ("not UTF-8"),
 * and with it the whole extension. Dexie's source has "\uffff", which Vite 8 writes out raw.
 */
export const NONCHARACTER = new RegExp(`[\\u{FDD0}-\\u{FDEF}${planeEnds}]`, 'gu');

/** Replace each noncharacter by its \u escape: valid in string, template and regex literals alike. */
export function escapeNoncharacters(code: string): string {
  return code.replace(NONCHARACTER, (ch) =>
    Array.from(
      { length: ch.length },
      (_, i) => '\\u' + ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'),
    ).join(''),
  );
}

/** Escapes only noncharacters, so CJK text in bundles stays compact (unlike charset: 'ascii'). */
export function noncharacterGuard(): Plugin {
  return {
    name: 'zhuji:noncharacter-guard',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNoncharacters(file.code);
      }
    },
  };
}
