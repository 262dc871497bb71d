/**
 * The outlet a page's logos name: the site's logo (its full name where <title> abbreviates it),
 * one filed under the Latin brand <title> gives, and one set after a source label. Used by
 * source.ts and metadata.ts.
 */
import { normSpace } from './dom';
import { OUTLET_END } from './names';

/** The first 60 pictures with an alt, each with its alt's text (where a site's logo sits). */
function firstAlts(doc: Document): [Element, string][] {
  return Array.from(doc.querySelectorAll('img[alt]'))
    .slice(0, 60)
    .map((img) => [img, normSpace(img.getAttribute('alt') ?? '')]);
}

/**
 * The site's name as its logo gives it (`<img id="logo01" alt="自由時報電子報">`): the first
 * image named or filed as a logo whose text reads as an outlet's name (what a <title> suffix such
 * as `自由電子報 即時新聞` may only abbreviate).
 */
export function logoName(doc: Document): string {
  for (const [img, alt] of firstAlts(doc)) {
    if (alt.length < 3 || alt.length > 12 || !OUTLET_END.test(alt)) continue;
    const where = `${img.getAttribute('id') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`;
    if (/logo/i.test(where)) return alt;
  }
  return '';
}

/**
 * The text of a logo filed under the brand's name (RTHK-logo.png: 香港電台網站 - 中文新聞), when it
 * opens in hanzi; else ''.
 */
export function brandLogoText(doc: Document, brand: string): string {
  const filed = new RegExp(`(?:^|[^a-z])${brand}[^a-z]*logo|logo[^a-z]*${brand}(?:[^a-z]|$)`, 'i');
  for (const [img, alt] of firstAlts(doc)) {
    if (alt.length < 2 || alt.length > 30 || !/^[\u4e00-\u9fff]{2}/.test(alt)) continue;
    if (filed.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('id') ?? ''}`)) return alt;
  }
  return '';
}

/** `新聞來源：<img alt="今日新聞">`: the outlet given as a logo after a source label. */
export function imageSource(doc: Document): string {
  for (const img of Array.from(doc.querySelectorAll('img[alt]')).slice(0, 400)) {
    const alt = normSpace(img.getAttribute('alt') ?? '');
    if (alt.length < 2 || alt.length > 20) continue;
    const block = img.closest('div, p, td, li, span, section') ?? img.parentElement;
    const text = normSpace(block?.textContent ?? '');
    if (/(來源|来源|稿源|出處|出处)\s*[:：]$/.test(text)) return alt;
  }
  return '';
}
