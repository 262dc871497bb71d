export const JUNK_ATTR = 'data-zhuji-junk';

/** Marks the junk elements (never removes them); the stylesheet hides marked ones. Returns the undo. */
export function markJunk(elements: readonly Element[], article: Element): () => void {
  const marked: Element[] = [];
  for (const el of elements) {
    // Never hide the article itself or anything that contains it.
    if (el === article || el.contains(article) || el.hasAttribute(JUNK_ATTR)) continue;
    el.setAttribute(JUNK_ATTR, '');
    marked.push(el);
  }
  return () => {
    for (const el of marked) el.removeAttribute(JUNK_ATTR);
  };
}
