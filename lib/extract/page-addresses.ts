/**
 * What a page's address says of it: a front page's or a section's (isFrontAddress), or a list's of
 * one tag's pages or a search's (isListAddress). Used by detect.ts.
 */

/**
 * The address of a site's front page or a section's: no path, or one that ends in its index
 * (https://udn.com/news/index, /zh/index.shtml) under two folders at most, none of them an id or
 * a date, with no query or fragment (an article's address names the article).
 */
export function isFrontAddress(url: string): boolean {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?$/i.exec(url.trim());
  if (!m) return false;
  const folders = (m[1] ?? '/').split('/').filter(Boolean);
  const last = folders[folders.length - 1] ?? '';
  if (/^(?:index|default|home)(?:\.\w{2,5})?$/i.test(last)) folders.pop();
  else if (folders.length) return false;
  return folders.length <= 2 && folders.every((f) => !/\d{4}/.test(f));
}

/**
 * The address of a list of one tag's, keyword's or category's pages, or of a search: the path
 * ends with one word after tag/, keyword/, category/ … (thenewslens.com/tag/11882), or the query
 * asks for words (?q=, ?keyword=).
 */
export function isListAddress(url: string): boolean {
  return (
    /^https?:\/\/[^/?#]+(?:\/[^/?#]+)*\/(?:tags?|keywords?|labels?|category|categories|search)\/[^/?#]+\/?(?:[?#]|$)/i.test(
      url.trim(),
    ) || /^https?:\/\/[^?#]+\?(?:[^#]*&)?(?:q|keyword|kw|query|wd)=/i.test(url.trim())
  );
}

/** `href` resolved against `base` ('' for none; `href` as it is when it does not parse). */
export function absoluteAddress(href: string, base?: string): string {
  if (!href) return '';
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
