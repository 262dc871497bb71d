// @vitest-environment jsdom
// Shapes met on Taiwanese and mainland pages that no test used before (saved pages of public
// crawler and extractor repositories), each reduced to the markup that matters. Each test
// failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { readMetaTags } from '../../../lib/extract/meta-tags';
import { siteName } from '../../../lib/extract/source';
import { load, P, Q, storyPage, withInfoLine } from './shapes';

describe('sources: a line that names no outlet', () => {
  it('takes the logo’s name for the title’s only where it adds hanzi (not SET三立新聞網)', () => {
    const page = (title: string, logo: string) => {
      const doc = new DOMParser().parseFromString(
        `<html><head><title>${title}</title></head><body><a href="/"><img class="logo" alt="${logo}"></a><h1>頂新魏家債留台灣</h1></body></html>`,
        'text/html',
      );
      return siteName(doc, readMetaTags(doc), '頂新魏家債留台灣');
    };
    expect(page('頂新魏家債留台灣│三立新聞網  SETN.COM', 'SET三立新聞網')).toBe('三立');
    expect(page('頂新魏家債留台灣 - 自由電子報', '自由時報電子報')).toBe('自由時報');
  });

  it('a headline under the source label is the story drawn on, not the outlet', () => {
    // (文章來源 linking the original story by its headline, after the story; the page's own
    // source element names the outlet.)
    expect(parseBylineLine('文章來源：韓國AI IC設計公司轉向台積電').source).toBeUndefined();
    expect(parseBylineLine('来源：人民日报 作者：张三')).toEqual({ source: '人民日报', authors: ['张三'] });
    expect(parseBylineLine('来源：新华网 2021-01-01').source).toBe('新华网');
    expect(parseBylineLine('来源：澎湃新闻 The Paper').source).toBe('澎湃新闻');
    const page = load(
      `<html><head><title>三星轉單台積電</title></head><body><h1>三星轉單台積電</h1><div class="meta"><time datetime="2024-10-03 12:33">2024/10/03 12:33</time><div class="source">中時新聞網</div><div class="author"><a href="/r/1">邱怡萱</a></div></div><div class="article-body"><p>${P}</p><p>${Q}</p><div class="article-source">文章來源：<a href="https://example.com/news/1">韓國AI IC設計公司轉向台積電</a></div></div></body></html>`,
    );
    expect(extractArticle(page).metadata.source).toBe('中時新聞網');
  });

  it('an author element that names the headline’s column beside the writer gives the writer', () => {
    const page = load(
      `<html><head><title>新聞透視》黑道變網紅 斷金流才是反制之道</title></head><body><h1>新聞透視》黑道變網紅 斷金流才是反制之道</h1><div class="meta-info"><time datetime="2023-08-28 04:10">2023/08/28 04:10</time><div class="source">中國時報</div><div class="author"><a href="/reporter/131">胡欣男</a> 、新聞透視</div></div><div class="article-body"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(page).metadata.authors).toEqual(['胡欣男']);
  });

  it('a person’s name beside the time that the rights line names is the writer, not the source', () => {
    const page = load(
      `<html><head><title>世上没有不落的太阳，不朽之荣光</title></head><body><h1>世上没有不落的太阳，不朽之荣光</h1><div class="note-header"><a href="/people/zhangjiawei/" class="note-author">张佳玮</a> <span class="pub-date">2018-02-26 18:01:06</span></div><div class="note"><p>${P}</p><p>${Q}</p></div><div class="copyright-claim"><p>© 本文版权归 <a href="/people/zhangjiawei/">张佳玮</a> 所有，任何形式转载请联系作者。</p></div></body></html>`,
    );
    const m = extractArticle(page).metadata;
    expect(m.source).toBe('');
    expect(m.authors).toEqual(['张佳玮']);
  });

  it('an author card’s counters are no name, minified or not (文章总阅读: not 文 and 章总阅读)', () => {
    for (const gap of ['', '\n']) {
      const page = load(
        `<html><head><title>李克强同志遗体在京火化</title></head><body><h1>李克强同志遗体在京火化</h1><div class="time">2023-11-02 20:13</div><div class="content"><p>${P}</p><p>${Q}</p></div><div class="author-card"><div class="author-card-message"><span>文章</span>${gap}<span><em></em></span>${gap}<span>总阅读</span></div></div></body></html>`,
      );
      expect(extractArticle(page).metadata.authors, JSON.stringify(gap)).toEqual([]);
    }
    // (文 with a mark or a space after it is still a key: 文／王小明.)
    const keyed = load(
      `<html><head><title>李克强同志遗体在京火化</title></head><body><h1>李克强同志遗体在京火化</h1><div class="author">文／王小明</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(keyed).metadata.authors).toEqual(['王小明']);
  });

  it('an outlet’s name spaced apart after its first character is one name', () => {
    expect(parseBylineLine('2024/08/12 02:47 壹 蘋新聞網 / 呂承哲 綜合報導')).toEqual({
      reporterOutlet: '壹蘋新聞網',
      authors: ['呂承哲'],
    });
    expect(withInfoLine('2024/08/12 02:47 壹 蘋新聞網 / 呂承哲 綜合報導').source).toBe('壹蘋新聞網');
  });
});

describe('body: a lead the template puts in the header', () => {
  it('a lead before the block the root opens, when the root is first in it (明報: #upper, then #lower)', () => {
    const lead =
      '【明報專訊】深水埗福榮街周六發生天降鈔票事件，網名「幣少爺」的黃鉦傑事前站在超級跑車旁高呼，他昨午再度現身福榮街派錢，警員其後截停車輛將他拘捕。';
    const a = extractArticle(
      load(
        `<html><head><title>幣少爺被捕</title></head><body><article><h1>幣少爺被捕</h1><div id="upper"><p>${lead}</p></div><script></script><div id="lower"><div class="articlelogin"><p>${P}</p><p>${Q}</p><p>${P}</p></div></div></article></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${lead}\n${P}\n${Q}\n${P}`);
  });
  it('a lead above the time, the authors and a photo with its caption opens the body', () => {
    const lead =
      '法新社消息称，台湾政府计划在未来八年内增加400亿美元的国防开支，主要用于开发一个多层次的防空系统。';
    const a = extractArticle(
      load(
        `<html><head><title>台湾增加国防开支</title></head><body><article><h1>台湾增加国防开支</h1><p class="chapo">${lead}</p><div class="dates">发表时间： 30/11/2025 - 10:13</div><div class="main-media"><figure><img src="a.jpg"><figcaption>台湾总统赖清德承诺加速部署防空系统，2025年10月10日。</figcaption></figure></div><div class="authors">作者：</div><div class="body"><p>${P}</p><p>${Q}</p><p>${P}</p></div></article></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${lead}\n${P}\n${Q}\n${P}`);
  });
  const page = (lead: string) =>
    load(
      `<html><head><title>奧丁丁獲策略性投資</title></head><body><article><header><h1>奧丁丁獲策略性投資</h1><div>2024/08/12 02:47 <a href="/">壹蘋新聞網</a></div>${lead}<figure><img src="a.jpg"><figcaption>奧丁丁集團提供</figcaption></figure></header><div class="post-content"><p>${P}</p><p>${Q}</p></div></article></body></html>`,
    );
  it('a quote block closing the header, opened by the dispatch’s credit, opens the body', () => {
    const a = extractArticle(
      page(
        `<blockquote><div>【記者呂承哲／台北報導】全球領先的金融科技公司宣佈，其數位錢包已整合恆星鏈，並支援穩定幣交易。</div></blockquote>`,
      ),
    );
    expect(a.model.text.startsWith('【記者呂承哲／台北報導】全球領先')).toBe(true);
    expect(a.model.text).toContain(P);
  });
  it('a plain block of prose there does not', () => {
    const a = extractArticle(
      page(`<div class="tags">本站提醒，投資有風險，入市需謹慎，請讀者自行判斷相關資訊真偽與風險。</div>`),
    );
    expect(a.model.text.startsWith(P)).toBe(true);
  });
});

describe('bylines and credits', () => {
  it('an outlet’s credit in brackets with a name after its slash names the source and the author', () => {
    expect(parseBylineLine('【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出')).toEqual({
      source: '財訊快報',
      authors: ['陳孟朔'],
    });
    // (A place after the slash is no author; a reporter's desk keeps its reading.)
    expect(parseBylineLine('【中央社／台北】').authors).toBeUndefined();
    // (A desk is no outlet: 即時新聞 is a section's name.)
    expect(parseBylineLine('〔即時新聞／綜合報導〕').source).toBeUndefined();
    expect(parseBylineLine('【聯合晚報╱記者邱瓊平/台北報導】')).toEqual({
      source: '聯合晚報',
      authors: ['邱瓊平'],
    });
  });

  it('an outlet’s dated dispatch alone on its line names the source (a place’s does not)', () => {
    expect(parseBylineLine('TNW中文站 10月14日报道').source).toBe('TNW中文站');
    expect(parseBylineLine('中新网10月14日电').source).toBe('中新网');
    expect(parseBylineLine('北京10月14日电').source).toBeUndefined();
  });

  it('the author tag’s name without the desk’s word after its slash (陳宥蓁／綜合報導)', () => {
    const a = extractArticle(
      storyPage(
        '美韓軍演首納太空軍',
        '2023-08-22 18:28',
        `<p>${P}</p><p>${Q}</p>`,
        '<meta name="author" content="陳宥蓁／綜合報導">',
      ),
    );
    expect(a.metadata.authors).toEqual(['陳宥蓁']);
  });

  it('︱ between the key and the name is a bar, as 丨 is', () => {
    expect(parseBylineLine('作者︱春春').authors).toEqual(['春春']);
  });

  it('a reprint’s credit names the outlet that lent the piece', () => {
    expect(parseBylineLine('（本文由「工商時報」授權轉載）').source).toBe('工商時報');
    expect(parseBylineLine('本文为百略网授权网易财经发布').source).toBe('百略网');
    expect(parseBylineLine('本文经作者授权发布').source).toBeUndefined();
  });

  it('the reprint’s credit and the first headline (原标题：…) are no part of the body', () => {
    const a = extractArticle(
      storyPage(
        '低軌衛星10月底罩全台',
        '2024-10-18 17:34',
        `<p>${P}</p><p>${Q}</p><p>原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人</p><p>（本文由「工商時報」授權轉載）</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.metadata.source).toBe('工商時報');
  });

  it('a page whose story opens with an outlet’s bracketed credit reads as news', () => {
    // (<title> names only the site, og:type says website: the credit is the cue.)
    const body = `【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出，供應鏈跡象顯示新機已經開始備貨，預計將在明年三月發布。${P}`;
    const a = extractArticle(
      load(
        `<html><head><title>財訊快報</title><meta property="og:type" content="website"></head><body><div class="nav"><a href="/">首頁</a> <a href="/a">財經</a> <a href="/b">股市</a></div><h2>大摩報告指稱，蘋果新機已開始備貨</h2><div class="time">2024/10/17 09:09</div><div class="news"><p>${body}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.signals.newsCue).toBeGreaterThan(0);
    expect(a.metadata.authors).toEqual(['陳孟朔']);
  });
});

describe('body: photo captions', () => {
  const body = (...ps: string[]) =>
    extractArticle(storyPage('聯想推3款AI筆電', '2024-09-07 13:36', ps.map((p) => `<p>${p}</p>`).join('')))
      .model.text;
  it('a line marked as a caption or closed by the photo’s credit is no part of the story', () => {
    for (const caption of [
      '▲Lenovo於IFA展期間在柏林舉辦創新世界大會。（圖／業者提供）',
      '上半年賣最好的安卓旗艦是三星Galaxy S24 Ultra。圖/傑昇提供',
      '图为马素湘在澳大利亚悉尼游玩时的近影。',
      '图注：奥尔德林的圣餐杯回到了地球上',
      '林義雄發表公開信。（記者方賓照攝）',
      '圖像來源，Getty Images',
      '圖像加註文字，華為無預警發售此款手機',
      '“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网',
      // (Long, but closed by the picture's credit in brackets.)
      '宏達電HTC昨推出全球品牌行銷計畫「Change」，訴求HTC千變萬化的創新精神，並請來以電影「鋼鐵人」聞名的國際巨星小勞勃道尼（左二）代言。圖為小勞勃道尼主演的廣告影片一景，影片中的「潮怪洗車」即由HTC三個字母為首組成。（圖︰宏達電提供）',
    ])
      expect(body(caption, P, Q)).toBe(`${P}\n${Q}`);
  });
  it('a line in an element its class names a caption (p.caption) is none either', () => {
    const a = extractArticle(
      storyPage(
        '梁振英立法會道歉',
        '2012-12-10 10:41',
        `<div class="image"><img alt="梁振英"><p class="caption">梁振英同时遭到泛民主派和亲北京阵营议员质问。</p></div><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
  it('a line repeating the picture’s alt or title before it, or a <figcaption>, is none either', () => {
    const cap = '英國《金融時報》評選庫克為年度代表人物，iPhone 6正式宣告「庫克時代」的來臨。﹝路透﹞';
    const long = `${P}（時藝多媒體提供，Copyright of Yayoi Kusama, Courtesy of Ota Fine Arts, Tokyo / Singapore, Victoria Miro, London, David Zwirner, New York）`;
    const page = (pictures: string) =>
      extractArticle(storyPage('庫克時代', '2014-12-13 10:41', `<p>${P}</p><p>${Q}</p>${pictures}`)).model
        .text;
    expect(page(`<ul><li><a href="/p/1"><img src="a.jpg" alt="${cap}"></a><p>${cap}</p></li></ul>`)).toBe(
      `${P}\n${Q}`,
    );
    expect(page(`<div><img src="a.jpg" title=" ${cap}"></div><p>${cap}</p>`)).toBe(`${P}\n${Q}`);
    expect(page(`<figure><img src="a.jpg"><figcaption>${long}</figcaption></figure>`)).toBe(`${P}\n${Q}`);
    // (A picture whose text is another's, or a paragraph after a block without a picture, stays.)
    expect(page(`<div><img src="a.jpg" alt="庫克"></div><p>${cap}</p>`)).toBe(`${P}\n${Q}\n${cap}`);
    expect(page(`<div>${Q}</div><p>${cap}</p>`)).toBe(`${P}\n${Q}\n${Q}\n${cap}`);
  });
  it('a sentence that only mentions a picture stays', () => {
    const line = '他把图为证据的照片交给了警方，警方随即立案调查，并在当晚找到了嫌疑人的住处。';
    expect(body(P, line, Q)).toBe(`${P}\n${line}\n${Q}`);
  });
});

describe('body: a summary above the story', () => {
  it('goes when a later paragraph repeats it word for word', () => {
    const intro =
      '今日俄罗斯评价称，此次抗议游行是塞尔维亚十年来规模最大的一次，塞尔维亚人始终对大规模抗议持谨慎态度。';
    const a = extractArticle(
      storyPage(
        '塞尔维亚宵禁引发抗议',
        '2020-07-08 16:37 来源：纵相新闻',
        `<div class="introduction">${intro}</div><p>${P}</p><p>${intro}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${intro}\n${Q}`);
  });
});

describe('junk and detection on more unseen pages', () => {
  it('a paywall’s notice in place of the rest of the story is junk', () => {
    expect(junkKindOfText('您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。')).toBe(
      'other',
    );
    expect(junkKindOfText('开通VIP会员阅读全文')).toBe('other');
    // (A pitch for the outlet's app or page closing the story is junk too.)
    expect(junkKindOfText('不用抽 不用搶 現在用APP看新聞 保證天天中獎')).toBe('mobile-banner');
    expect(junkKindOfText('收看更多文章，請訂閱轉角國際facebook專頁：')).toBe('mobile-banner');
    expect(junkKindOfText('他订阅了这家公司的服务，每月支付十元。')).toBeNull();
    expect(junkKindOfText('他去年加入了公司的工会，成为正式会员。')).toBeNull();
  });

  it('a front page of blurbs cut short, each under its book’s meta line, is no article', () => {
    const items = Array.from(
      { length: 14 },
      (_, i) =>
        `<li><h4>推荐</h4><h3>伯纳黛特，你要去哪${i}</h3><p>作者${i} / 2018-11 / 出版社${i}</p><p>评分 8.${i}</p><p>我是比伊，今年十五岁。我们家在西雅图，几乎具备模范家庭应该有的所有条件，爸爸是科技天才，妈妈是建筑师${i}，将家事外包给远方的助理，...</p></li>`,
    ).join('');
    const a = extractArticle(
      load(
        `<html><head><title>豆瓣读书</title></head><body><div class="new-books"><ul>${items}</ul></div></body></html>`,
      ),
    );
    expect(a.signals.digest).toBeLessThan(0);
    expect(a.isArticle).toBe(false);
  });
});

describe('published: the time the head shows over a meta tag’s other time of the day', () => {
  const at = (info: string, head: string) =>
    extractArticle(storyPage('中美贸易持久战', info, `<p>${P}</p><p>${Q}</p>`, head)).metadata.published;
  it('a meta tag that holds the last edit the page shows (最后更新)', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","pubDate":"2019-09-07T09:27:48","datePublished":"2019-09-07T09:27:48"}</script>';
    expect(at('<span>2019-09-07 09:25:09</span> <div>最后更新: 2019-09-07 09:27:48</div>', ld)).toBe(
      '2019-09-07T09:25:09+08:00',
    );
  });
  it('the web copy’s time in a meta tag (09:10:42) against the page’s 09:05', () => {
    const meta = '<meta property="article:published_time" content="2019-10-23T09:10:42+08:00">';
    expect(at('<span class="date">2019年10月23日 09:05</span>', meta)).toMatch(/^2019-10-23T09:05/);
  });
  it('not a lone 最新更新 line: the meta tag’s publication time stays', () => {
    const meta = '<meta itemprop="datePublished" content="2016/03/19 08:15">';
    expect(at('最新更新：<span>2016/03/19 10:48</span>', meta)).toBe('2016-03-19T08:15+08:00');
  });
});

describe('a district office’s story in a table layout', () => {
  const page = (first: string, info = '来源于： 东区办事处') =>
    load(
      `<html><head><title>潘卓辉一行到众创金融街开展调研工作 东区办事处_中山网</title></head><body><table><tr><td><h3>潘卓辉一行到众创金融街开展调研工作</h3></td></tr><tr><td>${info}</td></tr><tr><td><p>${first}</p><p>${Q}</p></td></tr><tr><td>发布日期： 2019-03-06 责任编辑： 龙慧</td></tr></table></body></html>`,
    );
  it('来源于： names the source; the day opening the first sentence is the event’s, not the article’s', () => {
    const m = extractArticle(
      page(
        `2019年2月27日下午，佛山顺德区大良街道党工委委员潘卓辉等一行八人到众创金融街进行实地考察调研。${P}`,
      ),
    ).metadata;
    expect(m.source).toBe('东区办事处');
    expect(m.published).toBe('2019-03-06');
    expect(m.editor).toBe('龙慧');
  });
  it('a day in an info line above the story stays', () => {
    const m = extractArticle(page(`${P}${Q}`, '2019年02月28日 来源于： 东区办事处')).metadata;
    expect(m.published).toBe('2019-02-28');
  });
});

describe('the editor’s line past the story’s page-turn link, tags and notices', () => {
  it('is read up to eight lines under the story', () => {
    const after = [
      '余下全文',
      '1',
      '2',
      '22',
      '标签 中美贸易 中美竞争',
      '本文仅代表作者个人观点。',
      '请支持独立网站，转发请注明本文链接：https://www.example.cn/a.shtml',
      '责任编辑: 小婷',
    ];
    const a = extractArticle(
      load(
        `<html><head><title>中美贸易持久战</title></head><body><h1>中美贸易持久战</h1><div class="info">2019-09-07 09:25:09 来源：观察者网</div><div class="content"><p>${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p></div><ul class="other">${after.map((t) => `<li>${t}</li>`).join('')}</ul></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}\n${P}\n${Q}`);
    expect(a.metadata.editor).toBe('小婷');
  });
});
