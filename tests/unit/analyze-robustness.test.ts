// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const pieces = [
  '<p>',
  '</p>',
  '<div class="content">',
  '</div>',
  '<article>',
  '<h1>',
  '</h1>',
  '<table><tr><td>',
  '<br>',
  '<script>var x = "1,594個";</script>',
  '<style>p{}</style>',
  '<textarea>2021年7月29日</textarea>',
  '<div contenteditable>3萬人</div>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&nbsp;',
  '&#xFFFF;',
  '&#0;',
  '\uFFFD',
  '\uE000',
  '網(wǎng)',
  'F(xiàn)',
  '獎?wù)潞?297個',
  '2021年7月29日，全國總工會在北京召開會議。',
  '328.13萬人',
  '近億元',
  '百分之四點八',
  '【事件1】',
  '一、',
  '來源：工人日報',
  '記者 鄭莉',
  '責任編輯：楊永青',
  '<img src=x onerror=alert(1)>',
  '<',
  '>',
  '"',
  "'",
  '\n',
  ' ',
  '\u3000',
  '𠀀',
  '\uD800',
];

const html = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 })), { maxLength: 60 })
  .map((xs) => xs.join(''));

function parse(source: string): Document {
  return new DOMParser().parseFromString(source, 'text/html');
}

describe('analyze on malformed and hostile pages', () => {
  it('never throws, and every span lies inside its text', () => {
    fc.assert(
      fc.property(html, (source) => {
        const a = analyze(parse(source));
        expect(typeof a.isArticle).toBe('boolean');
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        for (const s of [...a.figures, ...a.events]) {
          expect(0 <= s.start && s.start < s.end && s.end <= a.text.length).toBe(true);
        }
        for (const f of a.figures) expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('handles an empty document, a frameset and a page of one enormous line', () => {
    expect(analyze(parse('')).isArticle).toBe(false);
    expect(analyze(parse('<frameset><frame src="x"></frameset>')).text).toBe('');
    const huge = `<p>${'全國總工會在北京召開會議，'.repeat(20_000)}</p>`;
    const a = analyze(parse(huge));
    expect(a.text.length).toBeGreaterThan(200_000);
  });
});
