// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PARA = '記者從市政府獲悉，今年全市新增就業崗位超過三萬個，較去年同期增長百分之十二，創下近五年新高。';

const ARTICLE = `<html><head><title>全市新增就業崗位超三萬 | 寶島日報</title>
<meta property="og:site_name" content="寶島日報"><link rel="canonical" href="https://example.tw/news/1"></head><body>
<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/local">地方</a></li></ul>
<h1>全市新增就業崗位超三萬</h1>
<div class="info"><span>2023-05-02 18:45</span> <span>來源：寶島日報</span></div>
<div class="share">分享到：<a href="#">臉書</a> <a href="#">LINE</a></div>
<div class="article-content">
<p>〔記者陳美玲／台中報導〕${PARA}</p><p>${PARA}</p><p><strong>產業轉型帶動需求</strong></p><p>${PARA}</p>
<div class="related"><h3>相關新聞</h3><ul><li><a href="/n/2">台中捷運藍線環評過關 預計2030年通車</a></li><li><a href="/n/3">颱風逼近 氣象署發布海上警報</a></li></ul></div>
<p>[責任編輯:林小華]</p>
</div>
<div class="footer">寶島日報 版權所有 不得轉載</div></body></html>`;

describe('extractArticle', () => {
  it('finds the article, its metadata and its blocks', () => {
    const doc = load(ARTICLE);
    const a = extractArticle(doc, { url: 'https://example.tw/news/1?x=1' });
    expect(a.isArticle).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.root.className).toBe('article-content');
    expect(a.metadata).toEqual({
      title: '全市新增就業崗位超三萬',
      subtitle: '',
      published: '2023-05-02T18:45+08:00',
      source: '寶島日報',
      authors: ['陳美玲'],
      editor: '林小華',
      language: 'zh-Hant',
      canonicalUrl: 'https://example.tw/news/1',
    });
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(a.model.text).not.toContain('相關新聞');
    expect(a.model.text).not.toContain('責任編輯');
    expect(a.model.text.split('\n')[2]).toBe('產業轉型帶動需求');
  });

  it('lists junk but never the byline or the editor line', () => {
    const a = extractArticle(load(ARTICLE));
    const kinds = a.junk.map((j) => j.kind);
    expect(kinds).toEqual(expect.arrayContaining(['navigation', 'share-bar', 'related-links', 'copyright']));
    expect(a.junk.some((j) => /責任編輯|記者陳美玲/.test(j.text))).toBe(false);
  });

  it('does not change the document', () => {
    const doc = load(ARTICLE);
    const before = doc.body.textContent;
    extractArticle(doc);
    expect(doc.body.textContent).toBe(before);
  });

  it('rejects a page made of headline links', () => {
    const items = Array.from(
      { length: 20 },
      (_, i) =>
        `<li><a href="/n/${i}">第${i}則：市政府公布新措施支持中小企業</a><span>2023-05-0${(i % 9) + 1}</span></li>`,
    ).join('');
    const a = extractArticle(
      load(
        `<html><head><title>地方新聞 | 寶島日報</title></head><body><h1>地方</h1><ul>${items}</ul></body></html>`,
      ),
    );
    expect(a.isArticle).toBe(false);
    expect(a.confidence).toBeLessThan(0.5);
  });

  it('accepts a short article of a few short paragraphs', () => {
    const a = extractArticle(
      load(`<html><head><title>市區明起交通管制_新华网</title></head><body><h1>市區明起交通管制</h1>
      <div class="time">2023年03月15日 10:20</div><div id="content"><p>记者从市交警支队获悉，因道路施工，明起市区部分路段实行交通管制。</p>
      <p>管制期间，过往车辆请提前绕行，具体路线以现场指示为准。</p></div></body></html>`),
    );
    expect(a.isArticle).toBe(true);
    expect(a.metadata.title).toBe('市區明起交通管制');
    expect(a.metadata.language).toBe('zh-Hans');
  });

  it('takes the language the page declares when the text has no telling character', () => {
    const page = (lang: string) =>
      load(`<html lang="${lang}"><head><title>BTS Live in Taipei</title></head><body><h1>BTS Live in Taipei</h1>
      <div id="content"><p>BTS World Tour 2024: Taipei Dome, 12/20 19:30。</p><p>Tickets: NT$2,800–6,800。</p></div></body></html>`);
    expect(extractArticle(page('zh-TW')).metadata.language).toBe('zh-Hant');
    expect(extractArticle(page('zh-CN')).metadata.language).toBe('zh-Hans');
    expect(extractArticle(page('zh')).metadata.language).toBe('');
  });
});
