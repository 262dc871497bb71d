/** cyrb53: a fast 53-bit string hash, for stable ids of collected items. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * An automatically collected item's id depends on what it is, not where it is, so a
 * re-analysis of a slightly changed page finds the same record instead of adding a twin.
 */
export function autoId(page: string, kind: string, key: string, exact: string): string {
  return `auto-${kind}-${hash53(`${page}\u0000${key}\u0000${exact}`)}`;
}

export function readerId(): string {
  return `r-${crypto.randomUUID()}`;
}
