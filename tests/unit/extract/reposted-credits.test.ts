// @vitest-environment jsdom
// A reposting site's credit for the outlet that wrote the story, set over the story's time
// (thepaper.cn's `<p>新华社</p><p>2020-01-03 18:13</p>`): the source and the writer, not the
// story's first line.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { outletCredit } from '../../../lib/extract/unkeyed-credits';
import { load, P, Q } from './shapes';

// (The story's paragraphs beside the credit, in one container: the root holds the credit.)
const page = (about: string, story = `<p>${P}</p><p>${Q}</p>`) =>
  extractArticle(
    load(`<html><head><title>新年伊始的重要文章_澎湃新闻-The Paper</title></head><body>
      <div class="newscontent"><h1 class="news_title">新年伊始的重要文章</h1>
      ${about}${story}</div></body></html>`),
  );

describe('an outlet’s credit over the time of a reposted story', () => {
  it('the outlet alone is the source, and leaves the body', () => {
    const a = page('<p>新华社</p><p>2020-01-03 18:13</p>');
    expect(a.metadata.source).toBe('新华社');
    expect(a.metadata.published).toBe('2020-01-03T18:13+08:00');
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it('the writer and the outlet: the author and the source', () => {
    const a = page('<p>石佳/中国青年报</p><p>2019-09-24 09:10</p>');
    expect(a.metadata.source).toBe('中国青年报');
    expect(a.metadata.authors).toEqual(['石佳']);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it('an outlet’s name elsewhere in the body stays (a feed names each teaser’s outlet)', () => {
    const a = page('<p>2020-01-03 18:13</p>', `<p>${P}</p><p>新华社</p><p>${Q}</p>`);
    expect(a.model.text).toBe(`${P}\n新华社\n${Q}`);
    expect(a.metadata.source).not.toBe('新华社');
  });

  it('reads wire services and papers, not words that end as they do', () => {
    expect(outletCredit('新华社')).toEqual({ source: '新华社' });
    expect(outletCredit('中国青年报')).toEqual({ source: '中国青年报' });
    expect(outletCredit('王小明／新華社')).toEqual({ authors: ['王小明'], source: '新華社' });
    for (const line of ['天气预报', '旅行社', '出版社', '物联网', '国际新闻', '图/新华社', '综合/中国新闻网'])
      expect(outletCredit(line)).toBeNull();
  });
});
