/**
 * Scoring rules for the extraction eval, one small pure function per field.
 */

const ws = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Title exact after whitespace normalization. When the truth keeps the <title> site suffix
 * (Readability's snapshot), the headline followed by a separator and that suffix also counts. */
export function titleMatches(pred: string, truth: string, truthKeepsSuffix: boolean): boolean {
  const p = ws(pred);
  const t = ws(truth);
  if (p === t) return true;
  if (!truthKeepsSuffix || !p || !t.startsWith(p)) return false;
  return /^\s*([_|｜\-–—:]|::|@)/.test(t.slice(p.length));
}

interface Wall {
  parts: number[];
}

/** Wall-clock parts in UTC+8 of an ISO value with an offset (date-only values stay as they are). */
export function wallTimeUtc8(iso: string): Wall | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(
    iso,
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, off] = m;
  if (h === undefined) return { parts: [Number(y), Number(mo), Number(d)] };
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (off && off !== '+08:00') {
    const sign = off === 'Z' ? 0 : off.startsWith('-') ? -1 : 1;
    const [oh, om] = off === 'Z' ? [0, 0] : off.slice(1).split(':').map(Number);
    t -= sign * ((oh ?? 0) * 60 + (om ?? 0)) * 60_000;
    t += 8 * 3600_000;
  }
  const w = new Date(t);
  const parts = [w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes()];
  if (s !== undefined) parts.push(w.getUTCSeconds());
  return { parts };
}

/** Truth like `2005-5-7 21:23:57`, `2013-06-29T19:35`, `2003-5`, `2018` → its parts. */
export function truthParts(truth: string): number[] | null {
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?)?)?/.exec(
    truth.trim(),
  );
  if (!m) return null;
  return m
    .slice(1)
    .filter((x) => x !== undefined)
    .map(Number);
}

/** Published matches to the precision the truth gives, compared in UTC+8 wall time. */
export function publishedMatches(pred: string | null | undefined, truth: string): boolean {
  const want = truthParts(truth);
  if (!want || !pred) return false;
  let got: number[] | null = wallTimeUtc8(pred)?.parts ?? null;
  if (!got) {
    const d = new Date(pred);
    if (Number.isNaN(d.getTime())) return false;
    got = wallTimeUtc8(new Date(d.getTime()).toISOString().replace(/\.\d+Z$/, 'Z'))?.parts ?? null;
  }
  if (!got || got.length < want.length) return false;
  return want.every((v, i) => got?.[i] === v);
}

/**
 * Published matches to the truth's precision in the page's own wall time: the offset the
 * extractor reports (UTC+8 for Chinese pages; e.g. +01:00 for a Paris page showing 13:48).
 */
export function publishedMatchesPageTime(pred: string | null | undefined, truth: string): boolean {
  const want = truthParts(truth);
  const m = pred ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(pred) : null;
  if (!want || !m) return false;
  const got = m
    .slice(1)
    .filter((x) => x !== undefined)
    .map(Number);
  return got.length >= want.length && want.every((v, i) => got[i] === v);
}

const nameKey = (s: string): string => s.replace(/[\s·・]/g, '').toLowerCase();

/** The same set of names (order free). An empty truth means: the page has no byline. */
export function authorsMatch(pred: string[], truth: string[]): boolean {
  const p = new Set(pred.map(nameKey).filter(Boolean));
  const t = new Set(truth.map(nameKey).filter(Boolean));
  if (p.size !== t.size) return false;
  for (const x of t) if (!p.has(x)) return false;
  return true;
}

export function sourceMatches(pred: string, truth: string): boolean {
  return ws(pred).toLowerCase() === ws(truth).toLowerCase() && ws(truth) !== '';
}

/** Letters and digits only, as an array of characters. */
function alnum(s: string): string[] {
  return Array.from(s.normalize('NFKC')).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Character-F1 over the multiset of letters and digits. */
export function charF1(pred: string, truth: string): number {
  const p = alnum(pred);
  const t = alnum(truth);
  if (!p.length && !t.length) return 1;
  if (!p.length || !t.length) return 0;
  const counts = new Map<string, number>();
  for (const c of t) counts.set(c, (counts.get(c) ?? 0) + 1);
  let hit = 0;
  for (const c of p) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(c, n - 1);
    }
  }
  const precision = hit / p.length;
  const recall = hit / t.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

export function contains(text: string, snippet: string): boolean {
  return squash(text).includes(squash(snippet));
}
