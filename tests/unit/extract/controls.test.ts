// @vitest-environment jsdom
// An article's own controls (share buttons, font-size switches) carry the article's words in
// their class names; each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { junkKindOfClass, junkKindOfText } from '../../../lib/extract/patterns';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';
const Q =
  '业内人士认为，随着一系列稳增长政策落地见效，二季度经济有望延续恢复态势，企业预期也在逐步改善，市场信心增强。';

const page = (inner: string): Document =>
  load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
  <div class="info">2020-09-11 18:05 来源：新华网</div>
  <div id="Cnt-Main-Article" class="article-content">${inner}<p>${P}</p><p>${Q}</p></div></body></html>`);

describe('controls named with an article word', () => {
  it('a share button in the story (`mbArticleShareBtn`) is a share bar, the photo beside it is not', () => {
    const a = extractArticle(
      page(`<div class="mbArticleSharePic"><div class="mbArticleShareBtn"><span>转播到腾讯微博</span></div>
      <img src="photo.jpg" alt=""></div>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    const share = a.junk.filter((j) => j.kind === 'share-bar');
    expect(share.map((j) => j.el.className)).toEqual(['mbArticleShareBtn']);
  });

  it('a font-size switch named `article-text-size` is a font-size control', () => {
    const a = extractArticle(page(`<div class="article-text-size"><a>大</a> <a>中</a> <a>小</a></div>`));
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk.map((j) => j.kind)).toContain('font-size');
  });

  it('a font-size switch named `font_size` (underscore) is a font-size control, not body text', () => {
    const a = extractArticle(
      page(`<div class="font_size clear-fix"><ul><li class="f_s"><a>小字型</a></li><li><a>中字型</a></li>
      <li><a>大字型</a></li></ul></div>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk.filter((j) => j.kind === 'font-size').map((j) => j.el.className)).toEqual([
      'font_size clear-fix',
    ]);
  });

  it('font-size buttons named in words among the page tools are a font-size control; a sentence is not', () => {
    const a = extractArticle(
      page(`<div class="page-tools"><span><a href="javascript:;">语音播报</a></span><span><a href="javascript:;">缩小字体</a></span>
      <span><a href="javascript:;">放大字体</a></span><span><a href="javascript:;">收藏</a></span><span><a>微博</a></span></div>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk.filter((j) => j.kind === 'font-size').map((j) => j.el.className)).toEqual(['page-tools']);
    expect(junkKindOfText('字体放大 字体缩小')).toBe('font-size');
    expect(junkKindOfText('老人手机可以放大字体。')).toBeNull();
  });

  it('a share bar that holds the byline is junk in its parts, the byline stays shown', () => {
    const doc = load(`<html><head><title>索尼業績遭波及</title></head><body><h1>索尼業績遭波及</h1>
      <div class="shareBar"><div class="shareBar__main"><ul><li><a>分享</a></li><li><a>留言</a></li>
      <li><a>列印</a></li></ul><div class="set_font_size"><a>A-</a><a>A+</a></div></div>
      <div class="shareBar__info"><div class="shareBar__info--author"><span>2020-10-04 15:05</span>聯合報 記者林宸誼／即時報導</div>
      <ul class="shareBar__info--push"><li><a>用LINE傳送</a></li></ul></div></div>
      <section class="article-content"><p>${P}</p><p>${Q}</p></section></body></html>`);
    const a = extractArticle(doc);
    expect(a.metadata.authors).toEqual(['林宸誼']);
    const byline = doc.querySelector('.shareBar__info--author');
    expect(a.junk.length).toBeGreaterThan(0);
    expect(a.junk.filter((j) => j.el.contains(byline))).toEqual([]);
    expect(a.junk.map((j) => j.text).join(' ')).toContain('列印');
  });

  it('a row of share links beside the time, the paper and the writer’s name alone: the links go, the credit stays', () => {
    const doc = load(`<html><head><title>黑道變網紅 斷金流才是反制之道</title></head><body>
      <header><h1>黑道變網紅 斷金流才是反制之道</h1><div class="row"><div class="col-md"><div class="meta-info">
      <time datetime="2023-08-28 04:10"><span>04:10</span><span>2023/08/28</span></time><div>中國時報</div>
      <div class="author"><a href="/reporter/131">胡欣男</a> 、新聞透視</div></div></div>
      <div class="col-md-auto"><ul><li><a href="#">Facebook</a></li><li><a href="#">Messenger</a></li>
      <li><a href="#">Line</a></li><li><a href="#">Weibo</a></li><li><a href="#">Twitter</a></li>
      <li><a href="#">Telegram</a></li><li><a href="#">複製連結</a></li></ul></div></div></header>
      <div class="article-body"><p>${P}</p><p>${Q}</p></div>
      <aside><div class="author-card"><a href="/reporter/131">胡欣男</a></div><ul>
      ${['黑幫網紅直播 警方掃蕩', '一清專案再起 逮捕百人', '詐團洗錢 金流斷點在哪', '黑道入股 電商平台', '檢警聯手 查扣千萬'].map((t) => `<li><a href="#">${t}</a></li>`).join('')}
      </ul></aside></body></html>`);
    const a = extractArticle(doc);
    expect(a.metadata.authors).toEqual(['胡欣男']);
    const credit = doc.querySelector('.author');
    expect(a.junk.filter((j) => j.el.contains(credit))).toEqual([]);
    expect(a.junk.map((j) => j.el.className)).toContain('col-md-auto');
    // (Below the story, the name alone is a sidebar's card of the writer's stories: hidden with them.)
    expect(a.junk.some((j) => j.el.contains(doc.querySelector('.author-card')))).toBe(true);
  });

  it('a button that reads the story aloud and a bracketed size switch are junk; a sentence that says 听新闻 is not', () => {
    for (const line of ['听新闻', '聽新聞', '语音播报', '朗读全文', '收聽全文'])
      expect(junkKindOfText(line), line).toBe('other');
    expect(junkKindOfText('【大 中 小】')).toBe('font-size');
    expect(junkKindOfText('[小 中 大]')).toBe('font-size');
    const a = extractArticle(page(`<p>听新闻</p><p>【大 中 小】</p><p>他们每天早上都在收音机前听新闻。</p>`));
    expect(a.model.text).toBe(`他们每天早上都在收音机前听新闻。\n${P}\n${Q}`);
  });

  it('an element so named that holds the story is the story', () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="article-share-area"><p>${P}</p><p>${Q}</p></div></body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk).toEqual([]);
  });
});

describe('utility classes', () => {
  it('Tailwind’s font-bold, font-sans … style text: no font-size control', () => {
    expect(junkKindOfClass('text-lg font-bold')).toBeNull();
    expect(junkKindOfClass('font-sans text-gray-900')).toBeNull();
    expect(junkKindOfClass('font-2')).toBeNull();
    expect(junkKindOfClass('js-font font_up')).toBe('font-size');
    expect(junkKindOfClass('font')).toBe('font-size');
  });
});

describe('junk by its text hides only the element that holds that text', () => {
  it('收藏本文 ending the time-and-source line (after a comment link) hides the link, not the line', () => {
    const doc =
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
    <div><span id="pub_date">2020年09月11日18:05</span> <a href="/">新华网</a> <a href="#c" class="J_Comment_Count_Txt">我有话说(1307人参与)</a> <a href="#fav">收藏本文</a></div>
    <div class="article-content"><p>${P}</p><p>${Q}</p></div></body></html>`);
    const a = extractArticle(doc);
    const fav = a.junk.find((j) => j.text === '收藏本文');
    expect(fav?.el.tagName).toBe('A');
    expect(a.junk.some((j) => j.el.contains(doc.getElementById('pub_date')))).toBe(false);
  });

  it('a link back to the site after the editor’s credit hides the link, not the credit', () => {
    const doc = page(`<p>（编辑：小何）<a href="/" id="back">返回搜狐，查看更多</a></p>`);
    const a = extractArticle(doc);
    expect(a.metadata.editor).toBe('小何');
    const back = a.junk.find((j) => j.text.startsWith('返回搜狐'));
    expect(back?.el.id).toBe('back');
  });

  it('junk text in the block of the time-and-source line, with no element of its own, hides nothing', () => {
    const doc =
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
    <div id="info">2019年09月11日01:53 来源：新华网<br>分享到：<a href="#w">微信</a> <a href="#b">微博</a></div>
    <div class="article-content"><p>${P}</p><p>${Q}</p></div></body></html>`);
    const a = extractArticle(doc);
    expect(a.junk.some((j) => j.el.contains(doc.getElementById('info')))).toBe(false);
  });
});

describe('junk blocks that fill their parent', () => {
  it('give way to it: a list of share links junk one by one is hidden as the list', () => {
    const doc = page(`<ul id="tools"><li><a class="popup-750x350" href="#f">Facebook</a></li>
      <li><a class="popup-750x350" href="#t">Twitter</a></li><li><a class="popup-750x350" href="#w">新浪微博</a></li></ul>`);
    const a = extractArticle(doc);
    const els = a.junk.map((j) => j.el);
    expect(els).toContain(doc.getElementById('tools'));
    expect(els.some((el) => el.tagName === 'A' || el.tagName === 'LI')).toBe(false);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});
