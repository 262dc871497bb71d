// @vitest-environment jsdom
// Shapes met on old portal pages (网易, 搜狐, 雅虎中国, 2003–2005) and health and campus sites no
// test used before, each reduced to the markup or the line that matters. Each test failed before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { outletBesideTime } from '../../../lib/extract/source';
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
