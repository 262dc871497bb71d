// @vitest-environment jsdom
// Credits written inside the story's paragraphs (新浪's 2018 template, financial portals' pages of
// 2017), each reduced to the markup or the line that matters. Each test failed before the rule
// it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { isMetaLine, postLines } from '../../../lib/extract/meta-lines';
import { parseBylineLine } from '../../../lib/extract/byline';
import { load, P, Q, storyPage } from './shapes';

describe('a source credited after a sentence of the story', () => {
  it('keeps the sentence in the body: the line is no info line', () => {
    expect(isMetaLine('2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）')).toBe(false);
    // A credit alone, or one that only closes with a full stop, still is.
    expect(isMetaLine('（来源：中国经济网）')).toBe(true);
    expect(isMetaLine('来源：新华社。')).toBe(true);
  });

  it("gives way to the outlet the page names beside its time, and a reporter's credit further up is the byline", () => {
    // Before: the source 中国经济网 (the profile's credit), no author, and the last line cut.
    const page = storyPage(
      '证监会原副主席受贿案宣判',
      '<span class="date">2018年09月28日 15:16</span> <a class="source" href="#">央视新闻</a>',
      `<p>${P}</p><p>${Q}（央视记者 奚丹霓）</p><p>个人简历</p><p>${P}</p><p>2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）</p>`,
    );
    const { metadata, model } = extractArticle(page);
    expect(metadata.source).toBe('央视新闻');
    expect(metadata.authors).toEqual(['奚丹霓']);
    expect(model.text.endsWith('接受组织调查。（来源：中国经济网）')).toBe(true);
  });

  it('is still the source where the page names no other', () => {
    const page = storyPage(
      '标题一二三四',
      '<span>2018年09月28日 15:16</span>',
      `<p>${P}</p><p>${Q}（来源：中国经济网）</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('中国经济网');
  });
});

describe("a financial portal's story page (经济观察网, 2018)", () => {
  const page = (info: string, first: string) =>
    load(
      `<html><head><title>佳都科技首款商用人脸识别终端产品已量产</title><meta property="og:site_name" content="经济观察网 － 专业财经新闻网站"></head><body><div class="xd-top"><a href="/">首页</a></div><div class="xd-bottom"><div class="xd-b-left"><h1>佳都科技首款商用人脸识别终端产品已量产</h1><div class="xd-xd">${info}</div><div class="xd-nr"><p>（图片提供：全景视觉）</p><p>${first}${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p><p>${P}</p></div></div></div><div class="footer">地址：北京理工大学国防科技园2号楼4层</div></body></html>`,
    );

  it("reads the story in the page's bottom part (`xd-bottom`, no footer)", () => {
    // Before: the story pruned as a footer, no article, an empty body.
    const { isArticle, model } = extractArticle(page('李华清 2018-06-11 18:46', ''));
    expect(isArticle).toBe(true);
    expect(model.text.startsWith(P)).toBe(true);
  });

  it('names the reporters opening the first paragraph, set apart by spaces, and the site without its slogan', () => {
    // Before: no author, and the source 经济观察网 － 专业财经新闻网站 (a fullwidth hyphen).
    const { metadata } = extractArticle(page('2018-06-12 18:46', '经济观察网 记者 蔡越坤 姜鑫 6月12日，'));
    expect(metadata.authors).toEqual(['蔡越坤', '姜鑫']);
    expect(metadata.source).toBe('经济观察网');
  });

  it("leaves a picture's credit (图片提供) out of the body", () => {
    expect(isMetaLine('（图片提供：全景视觉）')).toBe(true);
  });

  it('reads no byline in prose that opens with 本报记者', () => {
    const line = `本报记者 刘国栋 日前在广州看到，${P}`;
    expect(parseBylineLine(line).authors).toBeUndefined();
    expect(parseBylineLine(`经济观察网 记者 刘国栋 日前在广州看到，${P}`).authors).toEqual(['刘国栋']);
  });
});

describe('a wire story and a market page (新华网 and 第一财经, 2017–18)', () => {
  it('reads a dispatch written in full-width digits', () => {
    // Before: no author (the dispatch's digits were not \d, and the line is prose past its start).
    expect(parseBylineLine(`新华社科威特城６月１３日电（记者聂云鹏 王薇）亚丁消息：${P}`).authors).toEqual([
      '聂云鹏',
      '王薇',
    ]);
  });

  const yicai = (info: string, top: string, after = '') =>
    extractArticle(
      load(
        `<html><head><title>李鸿忠率队考察雄安新区</title></head><body><h1>李鸿忠率队考察雄安新区</h1><p>${info}</p><div class="intro">${top}</div><div class="m-txt"><p>${P}</p><p>${Q}</p><p>${P}</p></div>${after}<div class="foot"><p>版权所有 上海第一财经传媒有限公司</p></div></body></html>`,
      ),
    );

  it('leaves out a summary its label names (简介：) and takes the name beside the time that the copyright line holds', () => {
    // Before: the summary opened the body, and no source.
    const { model, metadata } = yicai('<span>第一财经APP</span><em>2017-04-19 08:48:00</em>', `简介：${Q}`);
    expect(model.text.startsWith(P)).toBe(true);
    expect(metadata.source).toBe('第一财经APP');
    // A name no copyright line holds is no source; an unlabelled paragraph above the story stays.
    const other = yicai('<span>全球纵览</span><em>2017-04-19 08:48:00</em>', `今天的看点：${Q}`);
    expect(other.metadata.source).toBe('');
    expect(other.model.text.startsWith('今天的看点')).toBe(true);
  });

  it("credits no one for another story's teaser card (相关阅读: a headline, a summary, its author)", () => {
    // Before: 孙卓, the author of a related story's card.
    const card =
      '<div class="m-con"><div class="titletips">相关阅读</div><a href="/news/1.html"><div><h2>特朗普年终考验：税改前景难料</h2><p>目前已有四位参议员公开表示反对。</p><div class="author"><span>孙卓</span> <span>2017-11-28 15:25</span></div></div></a></div>';
    expect(yicai('<span>第一财经</span><em>2017-04-19 08:48:00</em>', '', card).metadata.authors).toEqual([]);
    // The story's own author element still names its author.
    const own = '<div class="author"><span>孙卓</span> <span>2017-04-19 08:48</span></div>';
    expect(yicai('<span>第一财经</span><em>2017-04-19 08:48:00</em>', '', own).metadata.authors).toEqual([
      '孙卓',
    ]);
  });
});

describe("a site's front page of posts (cnBeta, 2012)", () => {
  const item = (i: number) =>
    `<div class="newslist"><dl><dt class="topic"><a href="/articles/18400${i}.htm"><strong>三星新机图形性能再曝光第${i}篇</strong></a></dt><dd class="author"><span>youyoulan发布于 2012-04-23 18:0${i}:40 | 110${i} 次阅读 | 0次推荐</span></dd><dd class="desc"><span>${i % 2 ? P : Q}</span></dd></dl></div>`;

  it('is no article: five posts or more show their time and count of reads', () => {
    // Before: an article (0.79), one post's summary read as its story.
    const page = load(
      `<html><head><title>中文业界资讯站</title></head><body><div id="news">${[1, 2, 3, 4, 5, 6].map(item).join('')}</div></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.signals.posts).toBe(-3);
    expect(a.isArticle).toBe(false);
    expect(postLines([{ text: 'youyoulan发布于 2012-04-23 18:06:40 | 1101 次阅读' }])).toBe(1);
    // An article's own info line is one such line; a sidebar's popular stories name no poster.
    expect(postLines([{ text: '编辑发表于 2012-04-23 18:06 阅读(1660)' }, { text: P }])).toBe(1);
    expect(postLines([{ text: '2024年11月11日 • 8550次阅读' }])).toBe(0);
  });
});

describe('the headline a story first ran under, over its source line (新浪, 2018)', () => {
  it('is the subtitle, not the first line of the story', () => {
    // Before: 上海楼市一季度新房均价同比跌6.8% opened the body (only a byline line set it apart).
    const { metadata, model } = extractArticle(
      storyPage(
        '上海一季度新房成交同比下降两成',
        '2018年04月12日 07:55',
        `<p>上海楼市一季度新房均价同比跌6.8%</p><p>来源：21世纪经济报道 卢常乐 上海报道</p><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(metadata.subtitle).toBe('上海楼市一季度新房均价同比跌6.8%');
    expect(model.text.startsWith(P)).toBe(true);
    expect(metadata.source).toBe('21世纪经济报道');
  });
});

describe("JSON-LD's UTC label on a Taiwanese page's own wall time (三立, 2023)", () => {
  const page = (lang: string, shown: string) =>
    load(
      `<html lang="${lang}"><head><title>拜習會生變</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"拜習會生變","datePublished":"2023-09-04T16:12:00+00:00"}</script></head><body><h1>拜習會生變</h1><div><time class="page_date">${shown}</time></div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );

  it('is read as UTC+8 where a page in Traditional Chinese shows that wall time, in no zone of its own', () => {
    // Before: 16:12+00:00, eight hours late.
    expect(extractArticle(page('zh-Hant', '2023/09/04 16:12:00')).metadata.published).toBe(
      '2023-09-04T16:12:00+08:00',
    );
    // A page that says GMT, or one in Simplified Chinese (London's, New York's) or another
    // language, keeps the label.
    expect(extractArticle(page('zh-Hant', '2023/09/04 16:12 GMT')).metadata.published).toBe(
      '2023-09-04T16:12:00+00:00',
    );
    for (const lang of ['en', 'zh-Hans'])
      expect(extractArticle(page(lang, '2023/09/04 16:12:00')).metadata.published).toBe(
        '2023-09-04T16:12:00+00:00',
      );
  });
});
