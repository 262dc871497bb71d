/**
 * What a newsroom system writes beside the story for the browser, not the reader: the date
 * Founder's (方正) ENP and e-paper templates, used by many mainland papers and portals, leave in
 * a comment (`<!--enpproperty <articleid>…</articleid><date>2021-11-25 16:26:07.0</date>…/enpproperty-->`,
 * `<!--mpproperty <founder-date>2022-02-12</founder-date>…-->`), and the source a template's
 * script sets for its own code to show (`window.global = { source: '环球时报新媒体', // 来源 }`).
 * Asked only when the page shows none of its own.
 */
import { parseMachineDate } from './dates';
import { inlineScripts } from './meta-tags';

/** The system's comment, by the word it opens with. */
const PROPERTY = /^\s*(?:enp|mp)property\b/;
/** Its date element. */
const DATE = /<(?:founder-)?date>\s*([^<]{8,40}?)\s*<\/(?:founder-)?date>/;
/** A time padded to midnight (an e-paper's issue: `2022-02-13 00:00:00:0`) says only the day. */
const MIDNIGHT = /T00:00(?::00)?(?:Z|[+-]\d{2}:\d{2})$/;

/** How many comments are read at most (a page's own comments are few; a hostile page's, not). */
const MAX_COMMENTS = 2000;

/** The date in the page's newsroom comment, to the precision it gives, or ''. */
export function cmsCommentDate(doc: Document): string {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(), k = 0; n && k < MAX_COMMENTS; n = walker.nextNode(), k++) {
    const data = (n as Comment).data;
    if (!PROPERTY.test(data)) continue;
    const m = DATE.exec(data);
    if (!m?.[1]) continue;
    // (`16:26:07.0` and `00:00:00:0`: the system's fraction of a second goes.)
    const iso = parseMachineDate(m[1].replace(/([:.]\d)$/, ''));
    if (iso) return MIDNIGHT.test(iso) ? iso.slice(0, 10) : iso;
  }
  return '';
}

/**
 * A page config's source, set in an inline script for the template to show (`source: '…'`,
 * `articleSource = "…"`): a name in hanzi, not an address or a code.
 */
const SCRIPT_SOURCE =
  /(?:^|[\s{,;])(?:source|articleSource|newsSource|copyfrom)\s*[:=]\s*(['"])([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9 ·]{1,29})\1/;
/**
 * The source the page's script names for its template to show (the browser's copy shows it; a
 * saved page's may not), without the WeChat account's words (补壹刀微信公号 → 补壹刀), or ''.
 * `scripts`: as inlineScripts takes them.
 */
export function scriptSource(doc: Document, scripts?: readonly Element[]): string {
  for (const text of inlineScripts(doc, scripts)) {
    const m = SCRIPT_SOURCE.exec(text);
    const name = m?.[2]?.trim().replace(/(?:微信)?(?:公众号|公眾號|公号|公號)$/, '') ?? '';
    if (name.length >= 2) return name;
  }
  return '';
}
