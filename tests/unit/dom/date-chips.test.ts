// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeWithModel } from '../../../lib/analyze';
import { CHIP_TAG, insertDateChips } from '../../../lib/dom/date-chips';
import { PageSession } from '../../../lib/dom/page-session';
import { rangeFor } from '../../../lib/extract/text-model';

const SEED = readFileSync('tests/fixtures/seed.html', 'utf8');
const COLORS = { figure: '#fff3b0', event: '#cde8ff', highlight: ['#ffe08a'] };
const SWITCHES = { highlights: true, hideJunk: true, hideGlosses: true };
const html = () => document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- read-only comparison in a test

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(SEED, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
});

describe('date chips sit in the line, before the event (not over the line above)', () => {
  it('an empty element right before each event’s first character; text and offsets unchanged; exact undo', () => {
    const text = document.body.textContent;
    const before = html();
    const { analysis, model } = analyzeWithModel(document);
    const events = analysis.events;
    expect(events.some((e) => e.start > 0 && !/\n/.test(analysis.text[e.start - 1]!))).toBe(true); // some start mid-paragraph
    const strings = events.map((e) => rangeFor(model, e.start, e.end, document).toString());
    const undo = insertDateChips(
      model,
      document,
      events.map((e) => ({ offset: e.start, label: e.date })),
    );
    const chips = [...document.querySelectorAll(CHIP_TAG)];
    expect(chips.map((c) => c.getAttribute('data-label'))).toEqual(events.map((e) => e.date));
    expect(chips.every((c) => c.childNodes.length === 0 && c.getAttribute('aria-hidden') === 'true')).toBe(
      true,
    );
    for (const [i, e] of events.entries()) {
      // the chip comes right before the event's first character
      const range = rangeFor(model, e.start, e.end, document);
      expect(range.toString()).toBe(strings[i]);
      const next = document.createRange();
      next.setStartAfter(chips[i]!);
      next.setEnd(range.startContainer, range.startOffset);
      expect(next.toString()).toBe('');
    }
    expect(document.body.textContent).toBe(text);
    undo();
    expect(html()).toBe(before);
  });

  it('the session puts them in after the glosses and takes everything back exactly, after a script conversion too', async () => {
    const before = html();
    const result = analyzeWithModel(document);
    // (highlights off: jsdom has no Highlight API, and the wrapping fallback's own splits are another matter)
    const session = new PageSession(document, result, COLORS, { ...SWITCHES, highlights: false });
    await session.settle();
    expect(document.querySelectorAll(CHIP_TAG).length).toBe(result.analysis.events.length);
    // a conversion that keeps lengths (as opencc's character conversion does)
    await session.setScript('hans', async (texts) => texts.map((t) => t.replace(/[會總國]/g, '〇')));
    for (const f of result.analysis.figures)
      expect(session.rangeOf(f).toString().length).toBe(f.end - f.start);
    session.destroy();
    expect(document.querySelectorAll(CHIP_TAG).length).toBe(0);
    const after = html();
    expect(after).toBe(before);
  });
});

describe('insertDateChips on one text node with several chips', () => {
  it('cuts the segments at every chip in one pass: each model offset keeps its character; undo joins the node back', async () => {
    const { buildTextModel } = await import('../../../lib/extract/text-model');
    document.body.innerHTML = '<p id="p">甲乙丙丁(wù)戊己庚辛壬癸子丑寅卯</p>'; // eslint-disable-line no-restricted-syntax -- fixed test markup
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    const model = buildTextModel([{ nodes: [node], heading: false }]);
    expect(model.text).toBe('甲乙丙丁戊己庚辛壬癸子丑寅卯');
    const chars = (m: typeof model) =>
      [...m.text].map((_, i) => rangeFor(m, i, i + 1, document).toString()).join('');
    const undo = insertDateChips(model, document, [
      { offset: 2, label: 'a' },
      { offset: 6, label: 'b' },
      { offset: 11, label: 'c' },
    ]);
    expect(p.querySelectorAll(CHIP_TAG).length).toBe(3);
    expect(p.childNodes.length).toBe(7); // four text pieces and three chips
    expect(chars(model)).toBe(model.text);
    expect(p.textContent).toBe('甲乙丙丁(wù)戊己庚辛壬癸子丑寅卯');
    undo();
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('甲乙丙丁(wù)戊己庚辛壬癸子丑寅卯');
    expect(chars(model)).toBe(model.text);
  });
});
