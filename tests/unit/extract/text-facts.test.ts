import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanziCount, normLength, normSpace, punctuationCount } from '../../../lib/extract/dom';
import { noFacts, textFacts } from '../../../lib/extract/text-facts';
import { glossSpans, isHanziCode, isPinyinSyllable } from '../../../lib/text/gloss';
import { findGarbled } from '../../../lib/text/garble';
import { SPACES } from './spaces';

/** Characters that exercise every branch: hanzi, whitespace of each kind, `)`, `?`, letters, punctuation. */
const CHARS = ['網', '實', ...SPACES, ')', '?', 'a', 'Z', '，', '。', '1'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((a) => a.join(''));

describe('normSpace', () => {
  it('is the regex it passes over short strings for (each whitespace run one space, the ends trimmed)', () => {
    const byRegex = (s: string): string => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
    fc.assert(
      fc.property(text, (s) => normSpace(s) === byRegex(s)),
      { numRuns: 5000 },
    );
    // Past the pass's length, the regex itself.
    const long = `${'網 '.repeat(200)}\t網 `;
    expect(normSpace(long)).toBe(byRegex(long));
    expect(normSpace('a b')).toBe('a b');
    expect(normSpace(' a')).toBe('a');
    expect(normSpace('a\u200bb')).toBe('a b');
  });

  it('normLength is the length of normSpace(s), for any text', () => {
    fc.assert(
      fc.property(text, (s) => normLength(s) === normSpace(s).length),
      { numRuns: 5000 },
    );
  });
});

describe('textFacts', () => {
  it('agrees with normSpace, hanziCount and punctuationCount on any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = textFacts(s);
        expect(f.hanzi).toBe(hanziCount(s));
        expect(f.punctuation).toBe(punctuationCount(s));
        expect(f.spaced).toBe(normSpace(s) !== s || /[\s\u200b]/.test(s));
        expect(f.lead + f.inner + f.trail).toBe(s.length - s.replace(/[\s\u200b]/g, '').length);
        // Without an inner rewrite, cutting the ends is normSpace.
        if (!f.innerFold) expect(s.slice(f.lead, s.length - f.trail)).toBe(normSpace(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('fills the object it is given with what it would return, whatever that object held', () => {
    const into = noFacts();
    fc.assert(
      fc.property(text, text, (a, b) => {
        // (The object held another text's facts: none of them may stay.)
        textFacts(a, into);
        const filled = textFacts(b, into);
        return filled === into && JSON.stringify(filled) === JSON.stringify(textFacts(b));
      }),
      { numRuns: 2000 },
    );
    expect(textFacts('網(wǎng)', into).glosses).toEqual([1, 7]);
    expect(textFacts('網', into).glosses).toEqual([]);
  });

  it('says which texts need the regex', () => {
    expect(textFacts('\n  網 實。\n')).toMatchObject({ lead: 3, trail: 1, inner: 1, innerFold: false });
    expect(textFacts('網  實')).toMatchObject({ lead: 0, trail: 0, inner: 2, innerFold: true });
    expect(textFacts('網\u3000實')).toMatchObject({ inner: 1, innerFold: true });
    expect(textFacts(' \n ')).toMatchObject({ lead: 3, trail: 0, inner: 0, innerFold: false });
    expect(textFacts('網實')).toMatchObject({ spaced: false, lead: 0, trail: 0, innerFold: false });
  });

  it('finds the glosses glossSpans finds, reading each whole from its `(`', () => {
    // Pieces of glosses and near misses: readings too long, toneless, after a non-hanzi, unclosed.
    const pieces = [
      ...'網 實 F ? ( ) (wǎng) (shí) xiàn) (xiàn (de) (abcdefg) (ā) (zhuàng) 1 。'.split(' '),
      // Letters alone, so that readings of every length (and letter numbers of each) occur.
      ...'zh uà n g ü ǐ e'.split(' '),
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(textFacts(s).glosses).toEqual(glossSpans(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a reading for a gloss exactly when it is a syllable', () => {
    // Syllables, the same letters reversed, and random runs (the readings share a cache keyed by
    // their letters' number: a wrong number would hand one reading another's verdict).
    const syllables = 'wǎng shí xiàn zhuàng hǎo ā de men lǜ qióng shuāi ér nǚ'.split(' ');
    const letters = [...'abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'];
    const reading = fc.oneof(
      fc.constantFrom(...syllables),
      fc.constantFrom(...syllables).map((r) => [...r].reverse().join('')),
      fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(reading, (r) => {
        const s = `網(${r})`;
        expect(textFacts(s).glosses.length > 0).toBe(isPinyinSyllable(r, true));
        expect(glossSpans(s).length > 0).toBe(isPinyinSyllable(r, true));
      }),
      { numRuns: 5000 },
    );
  });

  it('says when findGarbled can find nothing: no odd character, no loose `)`, no gloss but after a hanzi', () => {
    const pieces = [...'網 實 F A 股 ? \uFFFD ( ) (wǎng) xiàn) wù) (區 市) (abc) (ā) 1 。'.split(' '), ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const f = textFacts(s);
        const afterHanzi = f.glosses.every((at, i) => i % 2 === 1 || isHanziCode(s.charCodeAt(at - 1)));
        expect(f.strayGloss).toBe(!afterHanzi);
        if (!f.odd && !f.looseClose && !f.strayGloss) expect(findGarbled(s)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every gloss of a paragraph with thousands, and the next paragraph its own', () => {
    const many = '網(wǎng)絡，'.repeat(3000);
    const spans = textFacts(many).glosses;
    expect(spans).toHaveLength(6000);
    expect(spans).toEqual(glossSpans(many));
    // (The pass's buffer is shared: what one paragraph found is not another's.)
    expect(textFacts('實(shí)現').glosses).toEqual([1, 6]);
    expect(spans.slice(0, 4)).toEqual([1, 7, 10, 16]);
  });
});
