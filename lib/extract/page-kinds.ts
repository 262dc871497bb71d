/**
 * What kind of page that is no article the page says it is, by its words and its markup: an
 * encyclopedia's entry, search results, a forum's, a video's own page (detectArticle's signals).
 */
import { classAndIdOf } from './dom';
import { LABELLED_DURATION, SEARCH, VIDEO_PAGE, WORD_RE, type WordText } from './page-words';
import { titleSegments } from './title-segments';

/** Encyclopedias by the site's name (百度百科, 维基百科, Wikipedia) at the end of <title>. */
const ENCYCLOPEDIA = /百科|维基|維基|wikipedia|\bwiki\b/i;

/** An encyclopedia's entry: its site's name, or MediaWiki's generator tag (its content). */
export function isEncyclopedia(doc: Document, generator: string): boolean {
  const segs = titleSegments(doc.title ?? '');
  if (segs.length > 1 && ENCYCLOPEDIA.test(segs[segs.length - 1] ?? '')) return true;
  return /mediawiki/i.test(generator);
}

/** Does a paragraph marked for the kind hold `word`? */
export function someText(paragraphs: readonly WordText[], bit: number, word: string): boolean {
  return paragraphs.some((p) => p.words & bit && p.text.includes(word));
}

/**
 * Does the page say it lists search results in its first `limit` characters (of the paragraphs
 * joined by \n)? A match must end inside them.
 */
export function searchInHead(paragraphs: readonly WordText[], limit: number): boolean {
  const re = WORD_RE.get(SEARCH) as RegExp;
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as WordText;
    if (at >= limit) break;
    // (The regex is global: a match leaves lastIndex after it, where the next test would start.)
    re.lastIndex = 0;
    if (p.words & SEARCH && re.test(at + p.text.length > limit ? p.text.slice(0, limit - at) : p.text))
      return true;
    at += p.text.length + 1;
  }
  return false;
}

/** A forum's class or id word (`bbs-post-content`, `forum-info`). */
const FORUM_CLASS = /(?:^|[^a-z])(?:bbs|forums?)(?![a-z])/;

/** Is the root, or one of its three nearest ancestors, named for a forum? */
export function inForumMarkup(root: Element): boolean {
  for (let e: Element | null = root, k = 0; e && k < 4; e = e.parentElement, k++)
    if (e.hasAttributes() && FORUM_CLASS.test(classAndIdOf(e))) return true;
  return false;
}

/** A playlist's labelled running times, each of them (global: String.match counts them). */
const LABELLED_DURATIONS = new RegExp(LABELLED_DURATION, 'g');

/**
 * A video's own page: a tab or heading of its description alone on a line (视频简介, 節目簡介), or
 * three items of a playlist with their running times labelled (節目全長 8,13).
 */
export function videoPage(paragraphs: readonly WordText[]): boolean {
  let timed = 0;
  for (const p of paragraphs) {
    if (!(p.words & VIDEO_PAGE)) continue;
    if (p.text.length <= 12 && /^(?:视频|視頻|节目|節目)(?:简介|簡介)/.test(p.text)) return true;
    timed += p.text.match(LABELLED_DURATIONS)?.length ?? 0;
    if (timed >= 3) return true;
  }
  return false;
}
