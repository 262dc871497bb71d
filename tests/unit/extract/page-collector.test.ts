// @vitest-environment jsdom
// The page's walk as a loop that can pause (pageCollector): paused after any node, it finds
// what it finds in one go; and a page nested thousands of elements deep overflows no stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageCollector } from '../../../lib/extract/page-collector';
import { collectPage, type Paragraph } from '../../../lib/extract/paragraphs';
import { walkPage, walkPageSteps } from '../../../lib/extract/page-walk';
import { drain } from '../../../lib/extract/steps';
import { htmlTree } from './trees';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The same paragraphs: the same objects' fields, the same container and Text nodes. */
function same(a: Paragraph[], b: Paragraph[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i] as Paragraph;
      return (
        p.text === q.text &&
        p.raw === q.raw &&
        p.container === q.container &&
        p.heading === q.heading &&
        p.linkChars === q.linkChars &&
        p.glosses.join() === q.glosses.join() &&
        p.nodes.length === q.nodes.length &&
        p.nodes.every((n, k) => n === q.nodes[k])
      );
    })
  );
}

/** Pages of blocks, inline elements, links (one back to the site), bold runs, hidden and skipped parts. */
const node = htmlTree(
  ['網(wǎng)站', ' 字 ', '返回搜狐，查看更多', '<br>', '<!-- c -->', '<script>x</script>', '\n'],
  [
    'div',
    'p',
    'span',
    'b',
    'strong',
    'h2',
    'li',
    'a href="/"',
    'a',
    'div class="nav"',
    'div hidden',
    'span style="display:none"',
  ],
);

const prune = (el: Element): boolean => el.className === 'nav';

describe('the page walk, paused', () => {
  it('finds the paragraphs it finds in one go, wherever it pauses', () => {
    fc.assert(
      fc.property(
        fc.array(node(5), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (parts, budget) => {
          const doc = load(`<html><body><div id="r">${parts.join('')}</div></body></html>`);
          const root = doc.getElementById('r') as Element;
          const whole = collectPage(root, prune, true);
          const walk = pageCollector(root, prune, true);
          let pauses = 0;
          while (!walk.advance(budget)) pauses++;
          // (A paused walk has nothing more to do once done.)
          return (
            same(walk.kept, whole.kept) && same(walk.all, whole.all) && walk.advance(budget) && pauses >= 0
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the page walk its steps, the same lists as the walk in one go', () => {
    const body = Array.from(
      { length: 400 },
      (_, i) => `<p>第${i}段<a href="/${i}">連結${i}</a>，網(wǎng)站。</p>`,
    ).join('');
    const html = `<html><body><h1>標題</h1><div class="nav"><a href="/">首頁</a></div>${body}</body></html>`;
    const one = walkPage(load(html));
    const steps = walkPageSteps(load(html));
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // (2,000 and more nodes: the walk pauses on the way.)
    expect(yields).toBeGreaterThan(0);
    const stepped = r.value;
    expect(stepped.all.map((p) => p.text)).toEqual(one.all.map((p) => p.text));
    expect(stepped.paragraphs.map((p) => p.text)).toEqual(one.paragraphs.map((p) => p.text));
    expect(stepped.links.length).toBe(one.links.length);
    expect(stepped.headings.length).toBe(one.headings.length);
    expect(stepped.marked.map((m) => m.kind)).toEqual(one.marked.map((m) => m.kind));
    expect(drain(walkPageSteps(load(html))).all.length).toBe(one.all.length);
  });

  it('walks a page nested 30,000 elements deep without overflowing the stack', () => {
    // (Built from the bottom up, apart from the document: jsdom's own insertion into a connected
    // tree recurses over the ancestors.)
    const doc = load('<html><body></body></html>');
    let el: Node = doc.createTextNode('底');
    for (let i = 0; i < 30000; i++) {
      const wrap = doc.createElement(i % 2 ? 'span' : 'div');
      wrap.appendChild(el);
      el = wrap;
    }
    const root = doc.createElement('div');
    root.append('頭', doc.createElement('b'), el);
    (root.childNodes[1] as Element).textContent = '粗';
    expect(collectPage(root).kept.map((p) => p.text)).toEqual(['頭粗', '底']);
  });
});
