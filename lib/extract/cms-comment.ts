/**
 * The date a newsroom system writes into a comment beside the story: Founder's (方正) ENP and
 * e-paper templates, used by many mainland papers and portals, leave
 * `<!--enpproperty <articleid>…</articleid><date>2021-11-25 16:26:07.0</date>…/enpproperty-->`
 * or `<!--mpproperty <founder-date>2022-02-12</founder-date>…-->`. Asked only when the page
 * shows no date of its own.
 */
import { parseMachineDate } from './dates';

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
