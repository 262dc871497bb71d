// @vitest-environment jsdom
// A paragraph's text without its glosses, found from the glosses the walk read in its raw text,
// is what stripGlosses finds in its normalized text: steps that read a paragraph's lines take it
// from the paragraph instead of scanning the text again.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { collectParagraphs } from '../../../lib/extract/paragraphs';
import { strippedLength, strippedOf } from '../../../lib/extract/para-text';
import { stripGlosses } from '../../../lib/text/gloss';
import { SPACES } from './spaces';

/** Text pieces: hanzi, glosses and near misses, whitespace of each kind, parentheses. */
const PIECES = [
  ...'網 實 F ? ( ) (wǎng) (shí) xiàn) (xiàn (de) (abcdefg) (ā) (zhuàng) 1 。 zh uà'.split(' '),
  ...SPACES,
];

describe('strippedOf', () => {
  it('is stripGlosses of the paragraph’s text, however its text nodes split it', () => {
    // Runs of pieces, each its own text node or a span's, in one paragraph.
    const run = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    const para = fc.array(fc.record({ text: run, span: fc.boolean() }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(para, (runs) => {
        const doc = document.implementation.createHTMLDocument('t');
        const p = doc.createElement('p');
        for (const r of runs) {
          const t = doc.createTextNode(r.text);
          if (r.span) p.appendChild(doc.createElement('span')).appendChild(t);
          else p.appendChild(t);
        }
        doc.body.appendChild(p);
        return collectParagraphs(doc.body).every((q) => {
          const len = strippedLength(q);
          return strippedOf(q) === stripGlosses(q.text) && len === strippedOf(q).length;
        });
      }),
      { numRuns: 3000 },
    );
  });
});
