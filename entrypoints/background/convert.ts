import { Converter as fromTraditional } from 'opencc-js/t2cn';
import { Converter as toTraditional } from 'opencc-js/cn2t';
import { sameLength, type ScriptTarget } from '../../lib/text/script';

type Convert = (s: string) => string;
const cache = new Map<string, Convert>();
const get = (key: string, make: () => Convert) =>
  cache.get(key) ?? (cache.set(key, make()).get(key) as Convert);

/**
 * Traditional ⇄ Simplified for page text, character-level (`t → cn`, `cn → tw | hk`) so that
 * lengths hold. Lives in the background: the Simplified → Traditional tables (~450 KB gzip)
 * would otherwise load on every page, and converters are built once and kept.
 */
export function convertTexts(texts: string[], to: ScriptTarget): string[] {
  const toCn = get('t-cn', () => fromTraditional({ from: 't', to: 'cn' }));
  const convert: Convert =
    to === 'hans'
      ? toCn
      : (s) =>
          get(`cn-${to}`, () => toTraditional({ from: 'cn', to: to === 'hant-tw' ? 'tw' : 'hk' }))(toCn(s));
  return texts.map((t) => sameLength(convert, t));
}
