/**
 * A list page's teasers, by their shape: each its own <article> under a headline linking to its
 * story, or each line closing with the time it was posted. Used by detect.ts.
 */
import { DAY } from './title-segments';

/** Is the element's first heading a link (an item's headline linking to its story)? */
const headlineLinked = (el: Element): boolean =>
  !!el.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href]');

/**
 * Is the root, or the <article> it is in, one of three or more <article> elements of the same
 * class, each under a headline that links to its story? (Or, in no <article>, one of three or
 * more such items of a list: listedTeaser.)
 */
export function teaserItem(root: Element): boolean {
  const item = root.closest('article');
  if (!item) return listedTeaser(root);
  if (!headlineLinked(item)) return false;
  const cls = item.getAttribute('class') ?? '';
  let alike = 0;
  for (const other of Array.from(item.ownerDocument.querySelectorAll('article')))
    if (
      other !== item &&
      (other.getAttribute('class') ?? '') === cls &&
      headlineLinked(other) &&
      ++alike >= 2
    )
      return true;
  return false;
}

/**
 * Is the root in a list's item (<li>) that, as two or more of its siblings do, holds a headline
 * linking to its story (a stream of a hundred teasers, whatever their classes)?
 */
function listedTeaser(root: Element): boolean {
  const item = root.closest('li');
  if (!item || !headlineLinked(item)) return false;
  let alike = 0;
  for (let other = item.parentElement?.firstElementChild; other; other = other.nextElementSibling)
    if (other !== item && other.tagName === item.tagName && headlineLinked(other) && ++alike >= 2)
      return true;
  return false;
}

/** A day and a time closing a line (2025-10-16 19:19, 2025年10月16日 19:19:05). */
const TIMED_END = new RegExp(String.raw`${DAY}\s*\d{1,2}:\d{2}(?::\d{2})?\s*$`);

/** How many of the lines close with a day and a time. */
export function timedLines(lines: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // (Most lines end in no digit: no regex runs.)
    const last = line.charCodeAt(line.trimEnd().length - 1);
    if (last >= 48 && last <= 57 && TIMED_END.test(line)) n++;
  }
  return n;
}
