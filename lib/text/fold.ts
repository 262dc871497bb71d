/**
 * The script-independent half of the search form: NFKC (full-width → ASCII), lower case, runs
 * of white space folded to one space. Kept apart from script.ts so a caller can fold a query
 * before the Traditional → Simplified tables have loaded.
 */
export function foldForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
