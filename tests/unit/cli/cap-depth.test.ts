// Pages nested deeper than a browser's parser nests: capped as Chromium caps them (512), so the
// CLI reads them, and reads what the extension reads in the browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { capDepth, MAX_DEPTH, MAX_MOVED } from '../../../cli/cap-depth';
import { loadPage } from '../../../cli/load-page';
import { analyze } from '../../../lib/analyze';

type Node = DefaultTreeAdapterMap['node'];

/** The deepest element (<html> is 1) and the text in document order, without recursion. */
function depthAndText(html: string): { depth: number; text: string } {
  let depth = 0;
  let text = '';
  const stack: [Node, number][] = [[parse(html), 0]];
  while (stack.length) {
    const [n, d] = stack.pop() as [Node, number];
    if (n.nodeName === '#text') text += (n as DefaultTreeAdapterMap['textNode']).value;
    else if ('tagName' in n) depth = Math.max(depth, d);
    const kids = 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Node, d + 1]);
  }
  return { depth, text };
}

const nested = (levels: number, inner: string): string =>
  `<html><head><title>深層</title></head><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`;

describe('capDepth', () => {
  it('leaves a page that nests no deeper than a browser nests as it is (the same string)', () => {
    // (<html>, <body>, the <div>s, <p> at 512 holding its text.)
    const html = nested(MAX_DEPTH - 3, '<p>正文</p>');
    expect(capDepth(html)).toBe(html);
  });

  it('moves what an element deeper than 512 holds beside it, its text in document order', () => {
    const levels = 2000;
    let inner = '';
    for (let i = 0; i < levels; i++) inner += `<div>第${i}層`;
    inner += '<p>最深處的正文</p>' + '</div>'.repeat(levels);
    const html = nested(10, `甲${inner}乙`);
    const before = depthAndText(html);
    const after = depthAndText(capDepth(html));
    expect(before.depth).toBeGreaterThan(2000);
    expect(after.depth).toBe(MAX_DEPTH + 1);
    expect(after.text).toBe(before.text);
    expect(after.text).toMatch(/^深層甲第0層第1層.*第1999層最深處的正文乙$/);
  });

  it('moves the many children of one deep element in one pass, each followed by what it held', () => {
    // (10,000 wrappers at 513, each around a word: a copy of the parent's list per wrapper
    // would be 10,000 copies of a list that grows to 20,000.)
    const words = Array.from({ length: 10_000 }, (_, i) => `<span><b>字${i}</b></span>`).join('');
    const capped = capDepth(nested(MAX_DEPTH - 2, words));
    const after = depthAndText(capped);
    expect(after.depth).toBe(MAX_DEPTH + 1);
    expect(after.text).toMatch(/^深層字0字1字2.*字9999$/);
  });

  it('refuses a page that would move more than MAX_MOVED nodes, saying why', () => {
    expect(() => capDepth(nested(MAX_MOVED + 2000, '<p>正文</p>'))).toThrow(
      /nested deeper than a browser nests \(512 levels\) with over 20,000 nodes below that depth/,
    );
  });

  it('caps a page 20,000 deep without running out of stack', () => {
    const html = nested(20_000, '<p>這是一段很深的文字。</p>');
    expect(depthAndText(capDepth(html)).depth).toBe(MAX_DEPTH + 1);
  });
});

describe('loadPage on a page nested thousands deep', () => {
  it('reads it (the walk of the uncapped page overflowed the call stack at ~3,000 levels)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuji-deep-'));
    const file = join(dir, 'deep.html');
    const story = '2021年7月29日，全國總工會在北京召開會議，部署下半年工作。';
    writeFileSync(file, nested(4000, `<h1>全國總工會召開會議</h1><p>${story}</p>`));
    const { doc, window } = loadPage(file);
    const result = analyze(doc, {});
    window.close();
    expect(result.text).toContain(story);
    expect(result.events.map((e) => e.date)).toContain('2021-07-29');
  });
});
