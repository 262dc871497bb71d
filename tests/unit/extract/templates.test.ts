// @vitest-environment jsdom
// Common page templates not in the corpus, written by hand: the rules must hold beyond it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';

describe('templates beyond the corpus', () => {
  it('takes the heading that shows a segment of <title> exactly over one that only starts with keywords after it', () => {
    const a = extractArticle(
      load(`<html><head><title>苹果发布新iPhone 11：64GB售5499元|苹果|新品|新iPhone_电信_新浪科技_新浪网</title></head><body>
      <h1>苹果发布新iPhone 11：64GB售5499元</h1>
      <div class="article"><p>${P}</p><p>${P}</p></div>
      <div class="cards"><h3><a href="/x">苹果新品发布会倒计时，苏宁手机揭秘新iPhone配置！</a></h3></div></body></html>`),
    );
    expect(a.metadata.title).toBe('苹果发布新iPhone 11：64GB售5499元');
  });

  it('reads a label-less source element and a 责编 line', () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2% - 新闻中心</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>
      <div class="main"><h1>一季度工业增加值增长6.2%</h1>
      <div class="date-source"><span class="date">2023年04月20日 08:21</span> <a class="source" href="#">新京报</a></div>
      <div class="article"><p>${P}</p><p>${P}</p><p>（责编：张三）</p></div></div></body></html>`),
    );
    expect(a.metadata.source).toBe('新京报');
    expect(a.metadata.published).toBe('2023-04-20T08:21+08:00');
    expect(a.metadata.editor).toBe('张三');
    expect(a.metadata.authors).toEqual([]);
    expect(a.model.text).not.toContain('责编');
    expect(a.isArticle).toBe(true);
  });

  it('reads JSON-LD and keeps its offset', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '颱風外圍環流影響 北部今明防豪雨',
      datePublished: '2023-07-27T10:05:00+08:00',
      author: [{ '@type': 'Person', name: '王小明' }],
      publisher: { '@type': 'Organization', name: '寶島日報' },
    });
    const a = extractArticle(
      load(`<html><head><title>颱風外圍環流影響 北部今明防豪雨 | 寶島日報</title>
      <script type="application/ld+json">${ld}</script></head><body>
      <h1>颱風外圍環流影響 北部今明防豪雨</h1><section class="article-content__editor">
      <p>〔記者王小明／台北報導〕氣象署表示，颱風外圍環流影響，北部及東北部今明兩天有局部大雨發生的機率，民眾外出請注意安全。</p>
      <p>氣象署指出，颱風中心目前位於鵝鑾鼻東南方海面，預計明天起逐漸遠離，各地天氣將逐步好轉。</p></section></body></html>`),
    );
    expect(a.metadata.title).toBe('颱風外圍環流影響 北部今明防豪雨');
    expect(a.metadata.published).toBe('2023-07-27T10:05:00+08:00');
    expect(a.metadata.authors).toEqual(['王小明']);
    expect(a.metadata.source).toBe('寶島日報');
    expect(a.metadata.language).toBe('zh-Hant');
  });

  it('reads a Hong Kong dateline with 下午 and a 專訊 bracket', () => {
    const a = extractArticle(
      load(`<html><head><title>港府公布施政報告 - 香港新聞</title></head><body>
      <h1>港府公布施政報告</h1><div class="time">2023年10月25日 星期三 下午6:45</div>
      <div id="content"><p>【明報專訊】行政長官今日發表任內第二份施政報告，提出多項房屋、醫療及經濟措施，各界反應不一。</p>
      <p>報告提出加快興建公營房屋，並推出多項吸引人才的新措施，以鞏固香港作為國際金融中心的地位。</p></div></body></html>`),
    );
    expect(a.metadata.published).toBe('2023-10-25T18:45+08:00');
    expect(a.model.text.startsWith('【明報專訊】')).toBe(true);
    expect(a.isArticle).toBe(true);
  });
});

describe('an old table layout', () => {
  it('confirms the headline set in bold in a cell, with no heading tag or title class', () => {
    const a = extractArticle(
      load(`<html><head><title>对比试车—测试昌河北斗星、爱迪尔(图)</title></head><body><table>
      <tr><td class="c14"><strong>对比试车—测试昌河北斗星、爱迪尔(图)</strong></td></tr>
      <tr><td class="topwhite">2003年11月12日16:36</td></tr>
      <tr><td><p>${P}</p><p>${P}</p></td></tr></table></body></html>`),
    );
    expect(a.metadata.title).toBe('对比试车—测试昌河北斗星、爱迪尔(图)');
    expect(a.signals.headline).toBe(1);
    expect(a.model.text).toBe(`${P}\n${P}`);
  });
});

describe('a headline in an element of its own that no class names', () => {
  const page = (headline: string) =>
    extractArticle(
      load(`<html><head><title>超時工作不改 "法朋"太血汗!_新聞</title></head><body>
      <div class="k512462"><div class="k451dbe">${headline}</div>
      <div class="kab5fba">2014-11-11 12:07</div><div><p>${P}</p><p>${P}</p></div></div></body></html>`),
    );

  it('confirms the headline <title> shows, word for word', () => {
    const a = page('超時工作不改 "法朋"太血汗!');
    expect(a.metadata.title).toBe('超時工作不改 "法朋"太血汗!');
    expect(a.signals.headline).toBe(1);
    expect(a.model.text).toBe(`${P}\n${P}`);
  });

  it('not as a link, nor in an element that holds more', () => {
    expect(page('<a href="/a/1">超時工作不改 "法朋"太血汗!</a>').signals.headline).toBeUndefined();
    expect(page('超時工作不改 "法朋"太血汗!<p>圖／翻攝自臉書</p>').signals.headline).toBeUndefined();
  });

  it('shown without the name <title> adds after a space (a channel or a site no separator sets apart)', () => {
    const a = extractArticle(
      load(`<html><head><title>大良街道党工委一行到众创金融街开展调研工作 东区办事处_中山网</title></head><body>
      <div class="k1">大良街道党工委一行到众创金融街开展调研工作</div>
      <div class="k2">2019-02-27</div><div><p>${P}</p><p>${P}</p></div></body></html>`),
    );
    expect(a.metadata.title).toBe('大良街道党工委一行到众创金融街开展调研工作');
    expect(a.signals.headline).toBe(1);
    // (Not when what follows reads as the headline's own words.)
    const b = extractArticle(
      load(`<html><head><title>大良街道党工委一行到众创金融街 开展调研工作，听取意见_中山网</title></head><body>
      <div class="k1">大良街道党工委一行到众创金融街</div>
      <div class="k2">2019-02-27</div><div><p>${P}</p><p>${P}</p></div></body></html>`),
    );
    expect(b.metadata.title).toBe('大良街道党工委一行到众创金融街 开展调研工作，听取意见');
  });

  it('shown without the page’s number or kind <title> adds (标题(1) of a story in pages, 标题(组图))', () => {
    for (const mark of ['(1)', '（2）', '(组图)']) {
      const a = extractArticle(
        load(`<html><head><title>谢娜成微博女王 姚晨沉不住气狂刷微博攒人气${mark}_娱乐频道_光明网</title></head><body>
        <div class="k1">谢娜成微博女王 姚晨沉不住气狂刷微博攒人气</div>
        <div class="k2">2012-11-26 15:39:39</div><div><p>${P}</p></div></body></html>`),
      );
      expect(a.metadata.title, mark).toBe('谢娜成微博女王 姚晨沉不住气狂刷微博攒人气');
      expect(a.signals.headline, mark).toBe(1);
    }
  });

  it('shown without the channel <title> opens with (新闻-标题, 国际频道 | 标题)', () => {
    for (const before of ['新闻-', '国际频道 | ', '要闻_']) {
      const a = extractArticle(
        load(`<html><head><title>${before}国务院常务会议部署稳经济一揽子政策措施</title></head><body>
        <div class="k1">国务院常务会议部署稳经济一揽子政策措施</div>
        <div class="k2">2022-05-25 10:32</div><div><p>${P}</p><p>${P}</p></div></body></html>`),
      );
      expect(a.metadata.title, before).toBe('国务院常务会议部署稳经济一揽子政策措施');
      expect(a.signals.headline, before).toBe(1);
    }
    // (Not when what comes before reads as the headline's own words.)
    const b = extractArticle(
      load(`<html><head><title>国务院常务会议召开，部署稳经济一揽子政策措施</title></head><body>
      <div class="k1">部署稳经济一揽子政策措施</div>
      <div class="k2">2022-05-25 10:32</div><div><p>${P}</p><p>${P}</p></div></body></html>`),
    );
    expect(b.metadata.title).toBe('国务院常务会议召开，部署稳经济一揽子政策措施');
  });

  it("nor a <title> that only names the site, shown in its logo's line", () => {
    const a = extractArticle(
      load(`<html><head><title>中華電視公司新聞網</title></head><body><div class="k1">中華電視公司新聞網</div>
      <div class="kab5fba">2014-11-11 12:07</div><div><p>${P}</p><p>${P}</p></div></body></html>`),
    );
    expect(a.signals.headline).toBeUndefined();
  });
});

describe('the headline repeated under a badge', () => {
  it('is not the story’s first line (原创 before the headline, as a platform shows it)', () => {
    const a = extractArticle(
      load(`<html><head><title>最不愁吃肉的国家：顿顿有肉吃_头条</title></head><body>
      <div class="article"><h1>最不愁吃肉的国家：顿顿有肉吃</h1>
      <p>原创最不愁吃肉的国家：顿顿有肉吃</p><p>${P}</p><p>${P}</p></div></body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n${P}`);
    // (A line that only starts so is the story's.)
    const b = extractArticle(
      load(`<html><head><title>顿顿有肉吃_头条</title></head><body>
      <div class="article"><h1>顿顿有肉吃</h1><p>独家顿顿有肉吃的背后，是当地牧民的辛勤劳动。</p><p>${P}</p></div></body></html>`),
    );
    expect(b.model.text.split('\n')[0]).toBe('独家顿顿有肉吃的背后，是当地牧民的辛勤劳动。');
  });
});

describe('a keyword link alone in an inline wrapper, inside a sentence', () => {
  it('stays in the sentence (sina’s stock-quote span): the paragraph is not cut in two', () => {
    const a = extractArticle(
      load(`<html><head><title>苹果发布会_新浪科技</title></head><body><div class="article">
      <h1>苹果发布会</h1><p>${P}</p>
      <p>收藏以下链接，锁定@新浪科技 @苹果汇 <span id="usstock_WB"><a href="/q/WB" class="keyword f_st">微博</a></span><span id="quote_WB"></span>，我们用最新资讯填饱你。</p>
      </div></body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n收藏以下链接，锁定@新浪科技 @苹果汇 微博，我们用最新资讯填饱你。`);
    expect(a.junk.map((j) => j.text)).not.toContain('微博');
  });
});

describe('a translated page: the English headline in its tags, the Chinese one shown', () => {
  it('the headline the page shows is the title (the English line is no brand to pass over)', () => {
    const a = extractArticle(
      load(`<html><head><meta property="og:title" content="Another Sriracha Shortage May Be on the Horizon. What Happened?"></head><body>
      <div><h1 data-testid="headline">另一个是拉差短缺可能即将到来。发生了什么事？</h1></div>
      <section name="articleBody"><p>${P}</p><p>${P}</p></section></body></html>`),
    );
    expect(a.metadata.title).toBe('另一个是拉差短缺可能即将到来。发生了什么事？');
  });
});
