// @vitest-environment jsdom
// Shapes met on old portal pages (网易, 搜狐, 雅虎中国, 2003–2005) and health and campus sites no
// test used before, each reduced to the markup or the line that matters. Each test failed before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { outletBesideTime, withoutChannel } from '../../../lib/extract/source';
import { P, Q, storyPage } from './shapes';
import { extractArticle } from '../../../lib/extract/article';

describe('the outlet beside the time', () => {
  it('is the paper after its portal, where the line joins them by a dash', () => {
    // 搜狐's reprint: before, no source (金羊网—新快报 was one word, and no outlet's).
    expect(outletBesideTime(['AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报'])).toBe('新快报');
    const page = storyPage(
      '对比试车—测试昌河北斗星',
      '<div>AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报</div>',
      `<p>${P}</p><p>${Q}</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('新快报');
    // A dash between words that are no outlets gives none.
    expect(outletBesideTime(['2003年11月12日16:36 对比—测试'])).toBe('');
  });
});

describe("the source after the site's name", () => {
  it("is the paper the site's label names after a dash (来源：人民网－人民日报)", () => {
    // Before, the label's whole text (北青网-北京青年报, 光明网-《光明日报》, 人民网－人民日报).
    expect(withoutChannel('北青网-北京青年报')).toBe('北京青年报');
    expect(withoutChannel('光明网-《光明日报》')).toBe('光明日报');
    expect(withoutChannel('人民网－人民日报')).toBe('人民日报');
    const page = storyPage(
      '标题一二三四',
      '<div>2023-05-01 09:30 来源：人民网－人民日报</div>',
      `<p>${P}</p><p>${Q}</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('人民日报');
    // A channel after the site stays cut; a site's name after a paper's, or no paper, stays whole.
    expect(withoutChannel('人民网-文化频道')).toBe('人民网');
    expect(withoutChannel('北京青年报-北青网')).toBe('北京青年报-北青网');
    expect(withoutChannel('人民网-人民')).toBe('人民网-人民');
  });
});
