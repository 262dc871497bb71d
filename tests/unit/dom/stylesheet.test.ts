import { describe, expect, it } from 'vitest';
import { pageCss } from '../../../lib/dom/stylesheet';

describe('pageCss', () => {
  it('uses only checked colors, so nothing else reaches the stylesheet', () => {
    const css = pageCss({
      figure: 'red;}body{display:none',
      event: '#d7ecff',
      highlight: ['#ffe066', 'url(x)'],
    });
    expect(css).not.toContain('display:none;');
    expect(css).not.toContain('url(');
    expect(css).toContain('::highlight(zhuji-figure){background-color:#fff3b0;');
    expect(css).toContain('::highlight(zhuji-reader-1){background-color:#ffe066;');
  });

  it('keeps highlighted text dark, so it stays readable on dark pages', () => {
    const css = pageCss({ figure: '#fff3b0', event: '#d7ecff', highlight: ['#ffe066'] });
    for (const name of ['zhuji-figure', 'zhuji-event', 'zhuji-reader-0']) {
      expect(css).toMatch(new RegExp(`::highlight\\(${name}\\)\\{[^}]*color:#1d1d1f`));
    }
  });
});
