/**
 * zh-Hans or zh-Hant from the text: count characters that exist in only one script (the tables
 * come from opencc-js's dictionaries: script-chars.ts); from the page's declared language when
 * the text has too few of them.
 */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars';

export interface ScriptCounts {
  trad: number;
  simp: number;
}

/** 1: Traditional only, 2: Simplified only, 0: either or neither (all table characters are BMP). */
const SCRIPT_OF = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) SCRIPT_OF[TRADITIONAL_ONLY.charCodeAt(i)] = 1;
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) SCRIPT_OF[SIMPLIFIED_ONLY.charCodeAt(i)] = 2;

/**
 * Counts of script-unique characters in `texts` (as if joined); stops early once `enough` of
 * them have been seen.
 */
export function countScripts(texts: string | readonly string[], enough = 150): ScriptCounts {
  let trad = 0;
  let simp = 0;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    for (let i = 0; i < text.length && trad + simp < enough; i++) {
      const k = SCRIPT_OF[text.charCodeAt(i)];
      if (k === 1) trad++;
      else if (k === 2) simp++;
    }
  }
  return { trad, simp };
}

/**
 * zh-Hant, zh-Hans, or '' when the text (the texts, as if joined) gives no evidence: none, or
 * fewer than 3 telling characters that disagree. (One or two that agree are enough: each is
 * written in its script alone.)
 */
export function detectLanguage(...texts: string[]): 'zh-Hans' | 'zh-Hant' | '' {
  const { trad, simp } = countScripts(texts);
  if (trad + simp === 0 || (trad + simp < 3 && trad > 0 && simp > 0)) return '';
  return trad >= simp ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The script a page declares (`<html lang>`, else a Content-Language meta): zh-TW, zh-HK, zh-MO
 * and zh-Hant… are Traditional; zh-CN, zh-SG, zh-MY and zh-Hans… Simplified; a bare zh says
 * nothing.
 */
export function declaredLanguage(doc: Document): 'zh-Hans' | 'zh-Hant' | '' {
  const meta = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const lang = (doc.documentElement?.getAttribute('lang') || meta || '').trim().toLowerCase();
  if (/^zh[-_](?:hant|tw|hk|mo)\b/.test(lang)) return 'zh-Hant';
  if (/^zh[-_](?:hans|cn|sg|my)\b/.test(lang)) return 'zh-Hans';
  return '';
}
