/** The key a page is stored under: no fragment, no tracking parameters, sorted query. */
export function normalizeUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(
    ([key]) => !/^(utm_\w+|spm|from|fbclid|gclid|share_token)$/i.test(key),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}
