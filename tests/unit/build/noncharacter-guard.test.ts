import { describe, expect, it } from 'vitest';
import { escapeNoncharacters, NONCHARACTER } from '../../../lib/build/noncharacter-guard';

describe('escapeNoncharacters', () => {
  it('escapes U+FFFF, U+FFFE, U+FDD0–U+FDEF and plane-end noncharacters', () => {
    expect(escapeNoncharacters('a\uFFFFb')).toBe('a\\uFFFFb');
    expect(escapeNoncharacters('\uFFFE\uFDD0\uFDEF')).toBe('\\uFFFE\\uFDD0\\uFDEF');
    expect(escapeNoncharacters('\u{1FFFE}\u{10FFFF}')).toBe('\\uD83F\\uDFFE\\uDBFF\\uDFFF');
  });

  it('leaves CJK, emoji, U+FFFD and neighbours of noncharacters alone', () => {
    const text = '注記 工會 😀 \uFFFD \uFDCF \uFDF0 \u{1FFFD} \uFFFC';
    expect(escapeNoncharacters(text)).toBe(text);
  });

  it('produces escapes that evaluate back to the same string, in strings and regexes', () => {
    const source = `const s = "x\uFFFFy"; const r = /[\uFFFF]/;`;
    const escaped = escapeNoncharacters(source);
    expect(escaped.match(NONCHARACTER)).toBeNull();
    const run = new Function(`${escaped} return [s, r.test("\\uFFFF")];`) as () => [string, boolean];
    expect(run()).toEqual(['x\uFFFFy', true]);
  });
});
