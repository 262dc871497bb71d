// @vitest-environment jsdom
// The CSS Custom Highlight API path, with a stand-in for the browser's Highlight and registry
// (jsdom has neither): every span becomes a range of its own characters, and ranges are added
// one by one (Chromium's constructor takes them as arguments: ~75,000 of them overflowed the stack).
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeWithModel } from '../../../lib/analyze';
import { createHighlighter } from '../../../lib/dom/highlighter';

/** Like the browser's Highlight, with a cap on constructor arguments a real stack has too. */
class FakeHighlight {
  readonly ranges = new Set<Range>();
  constructor(...ranges: Range[]) {
    if (ranges.length > 1000) throw new RangeError('Maximum call stack size exceeded');
    for (const r of ranges) this.ranges.add(r);
  }
  add(range: Range): this {
    this.ranges.add(range);
    return this;
  }
}

const win = window as unknown as { Highlight?: unknown; CSS?: unknown };

afterEach(() => {
  delete win.Highlight;
  delete win.CSS;
});

describe('native highlighter', () => {
  it('draws many thousands of spans, each over its own characters, and removes them', () => {
    const sentence = '全年增长5.2%，达到126万亿元，共1594个。';
    document.body.replaceChildren();
    const h1 = document.createElement('h1');
    h1.textContent = '数字很多的文章';
    document.body.append(h1);
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.textContent = sentence.repeat(4);
      document.body.append(p);
    }
    const registry = new Map<string, FakeHighlight>();
    win.Highlight = FakeHighlight;
    win.CSS = { highlights: registry };
    const { analysis, model } = analyzeWithModel(document);
    expect(analysis.figures.length).toBeGreaterThan(1000);
    const highlighter = createHighlighter(document, model);
    expect(highlighter.native).toBe(true);
    highlighter.set('zhuji-figure', analysis.figures);
    const drawn = [...(registry.get('zhuji-figure')?.ranges ?? [])];
    expect(drawn).toHaveLength(analysis.figures.length);
    expect(drawn.map((r) => r.toString())).toEqual(analysis.figures.map((f) => f.text));
    expect(highlighter.count('zhuji-figure')).toBe(analysis.figures.length);
    highlighter.destroy();
    expect(registry.size).toBe(0);
  });
});
