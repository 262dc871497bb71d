// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readMetaTags, scriptTimes } from '../../../lib/extract/meta-tags';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('scriptTimes', () => {
  it('reads publish-time variables of inline scripts, in order, and nothing else', () => {
    const doc = load(`<script>var newsTime = '1398840577'; var time = '1398840000';</script>
      <script src="x.js">var pubtime = "2019-01-01 00:00:00";</script>
      <script type="application/ld+json">{"datePublished": "2019-01-02T00:00:00Z"}</script>
      <script>window.d = {"ptime":"2019-12-03 09:12:40", "publishDate": "2019-09-07T05:51:23.000Z"}</script>`);
    expect(scriptTimes(doc)).toEqual(['1398840577', '2019-12-03 09:12:40', '2019-09-07T05:51:23.000Z']);
  });

  it('reads at most 200k characters of a script and 1M in all (data blobs run to megabytes)', () => {
    const pad = 'x'.repeat(250_000);
    const late = load(`<script>var a = "${pad}"; var pubtime = "2019-12-03 09:12:40";</script>`);
    expect(scriptTimes(late)).toEqual([]);
    const many = Array.from({ length: 6 }, () => `<script>var a = "${'x'.repeat(199_000)}";</script>`).join(
      '',
    );
    expect(scriptTimes(load(`${many}<script>var pubtime = "2019-12-03 09:12:40";</script>`))).toEqual([]);
    expect(
      scriptTimes(
        load(`${many.slice(0, many.length / 2)}<script>var pubtime = "2019-12-03 09:12:40";</script>`),
      ),
    ).toEqual(['2019-12-03 09:12:40']);
  });
});

describe('readMetaTags: JSON-LD', () => {
  it("reads Baidu's cambrian markup (no @type; pubDate)", () => {
    const doc =
      load(`<script type="application/ld+json">{"@context": "https://zhanzhang.baidu.com/contexts/cambrian.jsonld",
      "@id": "https://example.com/1.html", "title": "标题", "pubDate": "2019-09-05T11:10:52"}</script>`);
    expect(readMetaTags(doc).published).toBe('2019-09-05T11:10:52');
  });

  it('ignores a pubDate outside cambrian markup and objects that are not articles', () => {
    const doc =
      load(`<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebSite",
      "pubDate": "2019-09-05T11:10:52", "datePublished": "2019-01-01"}</script>`);
    expect(readMetaTags(doc).published).toBe('');
  });
});

describe('readMetaTags: the site’s name', () => {
  const page = (author: string, publisher: string) =>
    load(`<meta property="og:site_name" content="公开数据查询平台">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "新闻联播",
      "author": {"@type": "Organization", "name": "${author}"},
      "publisher": {"@type": "Organization", "name": "${publisher}"}}</script>`);

  it('is the outlet the JSON-LD says both wrote and published the article, over og:site_name', () => {
    expect(readMetaTags(page('中国中央电视台', '中国中央电视台')).siteName).toBe('中国中央电视台');
  });

  it('is og:site_name when the JSON-LD’s author is another, or its publisher a company', () => {
    expect(readMetaTags(page('王小明', '中国中央电视台')).siteName).toBe('公开数据查询平台');
    expect(readMetaTags(page('香港零一有限公司', '香港零一有限公司')).siteName).toBe('公开数据查询平台');
  });
});

describe('readMetaTags: the meta tags of China’s standard for government sites', () => {
  it('reads ArticleTitle (without the markup it may hold) and ContentSource', () => {
    const tags = readMetaTags(
      load(`<meta name="ArticleTitle" content="为现代化巴彦淖尔建设凝聚强大智慧和力量<div>——热烈祝贺市政协五届一次会议开幕</div>">
      <meta name="PubDate" content="2022-02-11 09:52"><meta name="ContentSource" content="巴彦淖尔日报">`),
    );
    expect(tags.title).toBe('为现代化巴彦淖尔建设凝聚强大智慧和力量——热烈祝贺市政协五届一次会议开幕');
    expect(tags.source).toBe('巴彦淖尔日报');
    expect(tags.published).toBe('2022-02-11 09:52');
  });

  it('gives og:title the lead over ArticleTitle', () => {
    const tags = readMetaTags(
      load(`<meta property="og:title" content="标题甲"><meta name="ArticleTitle" content="标题乙">`),
    );
    expect(tags.title).toBe('标题甲');
  });
});

describe('readMetaTags: which elements it reads', () => {
  it('compares type and rel as HTML selectors do (case-insensitively; rel by its tokens)', () => {
    const doc = load(`<link rel="Alternate CANONICAL" href=" https://example.com/a ">
      <script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "標題", "datePublished": "2024-05-20"}</script>
      <script type="application/ld+jsonp">{"@type": "NewsArticle", "headline": "不是"}</script>`);
    const tags = readMetaTags(doc);
    expect(tags.canonical).toBe('https://example.com/a');
    expect(tags.title).toBe('標題');
    expect(tags.published).toBe('2024-05-20');
  });

  it('reads the elements the selectors name and no others (one query of the page, by tag)', () => {
    const html = `<link rel="canonical-x" href="/no"><link rel="alternate\tcanonical" href="/yes"><link rel="canonical" href="/later">
      <script type=" application/ld+json">{"@type": "NewsArticle", "headline": "不是"}</script>
      <script>var a = 1;</script><script type="APPLICATION/ld+json">{"@type": "NewsArticle", "headline": "是"}</script>
      <body><time>昨天</time><svg><script type="application/ld+json">{"@type": "NewsArticle", "headline": "後"}</script></svg></body>`;
    const doc = load(html);
    const tags = readMetaTags(doc);
    // What the selectors find, in this engine.
    const link = doc.querySelector('link[rel~="canonical"]');
    const lds = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
    expect(tags.canonical).toBe(link?.getAttribute('href'));
    expect(tags.canonical).toBe('/yes');
    expect(lds.map((s) => JSON.parse(s.textContent ?? '').headline)).toEqual(['是', '後']);
    expect(tags.title).toBe('是');
    expect(tags.published).toBe('');
  });

  it('takes the first <time> that has a datetime, and <meta> anywhere in the page', () => {
    const doc = load(`<meta name="description" content="頭"><body><time>昨天</time>
      <time datetime="2024-05-20T09:47:00+08:00">5月20日</time><meta itemprop="author" content="王小明"></body>`);
    const tags = readMetaTags(doc);
    expect(tags.published).toBe('2024-05-20T09:47:00+08:00');
    expect(tags.description).toBe('頭');
    expect(tags.author).toBe('王小明');
  });
});

describe('JSON-LD page types that are no article', () => {
  it('QAPage and DiscussionForumPosting are kept apart from the article type', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"如何?"}}</script></head><body></body></html>`,
      'text/html',
    );
    const tags = readMetaTags(doc);
    expect(tags.jsonLdPageType).toBe('QAPage');
    expect(tags.jsonLdType).toBe('');
  });
});

describe('readMetaTags: published', () => {
  it.each([
    ['weibo: article:create_at', '2024-05-20 09:47:00'],
    ['publish_time', '2024-05-20 09:47'],
    ['pubtime', '2024-05-20'],
  ])('reads <meta name="%s">', (name, value) => {
    expect(readMetaTags(load(`<meta name="${name}" content="${value}">`)).published).toBe(value);
  });
});

describe('a meta title cut short by an unescaped quote in the markup', () => {
  it("is the page's <title> when that goes on from it with the quote", () => {
    const cut = load(`<head><title>超時工作不改 "法朋"太血汗!</title>
      <meta name="title" content="超時工作不改 "法朋"太血汗!" /></head>`);
    // (The attribute ends at the second quote.)
    expect(cut.querySelector('meta')?.getAttribute('content')).toBe('超時工作不改 ');
    expect(readMetaTags(cut).title).toBe('超時工作不改 "法朋"太血汗!');
    const single = load(
      `<head><title>王小明's 新书 发布</title><meta property="og:title" content='王小明's 新书 发布'></head>`,
    );
    expect(readMetaTags(single).title).toBe("王小明's 新书 发布");
  });

  it('stays what it says when <title> adds a site or goes on otherwise', () => {
    const site = load(
      `<head><title>标题一二三四_新浪网</title><meta property="og:title" content="标题一二三四"></head>`,
    );
    expect(readMetaTags(site).title).toBe('标题一二三四');
    const spaced = load(
      `<head><title>标题一二三四 新浪网</title><meta property="og:title" content="标题一二三四"></head>`,
    );
    expect(readMetaTags(spaced).title).toBe('标题一二三四');
  });
});
