// @vitest-environment jsdom
// Shapes met on Chinese news pages outside the corpus (portal and aggregator templates), each
// reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { dropFirstBlock } from '../../../lib/extract/blocks';
import { isMetaLine } from '../../../lib/extract/meta-lines';
import { inDocumentOrder } from '../../../lib/extract/dom';
import { parseBylineLine } from '../../../lib/extract/byline';
import { isPersonName } from '../../../lib/extract/names';
import { withoutChannel } from '../../../lib/extract/source';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { isBoilerplateContainer } from '../../../lib/extract/boilerplate';
import { spaceBreaks } from '../../../lib/extract/root';
import { load, P, Q } from './shapes';

describe('bylines: a name slot that holds no person', () => {
  it('placeholders, desks, links and role words are not authors', () => {
    expect(parseBylineLine('作者：未知　　责任编辑：棒棒糖')).toEqual({
      editor: '棒棒糖',
      responsible: true,
    });
    expect(parseBylineLine('作者：佚名').authors).toBeUndefined();
    expect(parseBylineLine('作者最新文章').authors).toBeUndefined();
    expect(parseBylineLine('作者：网络整理').authors).toBeUndefined();
    expect(parseBylineLine('长江网10月4日讯（记者陈智 整合）').authors).toEqual(['陈智']);
    // (出自, where from: the source's label, the source a link after it.)
    expect(parseBylineLine('02日14:25 作者： 赵婕 出自 人文在线').authors).toEqual(['赵婕']);
    expect(parseBylineLine('责任编辑：系统管理员').editor).toBeUndefined();
    for (const name of ['未知', '资讯汇总', '最新文章', '通过', 'admin'])
      expect(isPersonName(name)).toBe(false);
    for (const name of ['陈智', '歐陽靖雯', 'biaoffeng']) expect(isPersonName(name)).toBe(true);
  });

  it('the reporter as the subject of a sentence is not a byline', () => {
    expect(
      parseBylineLine('记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。').authors,
    ).toBeUndefined();
    expect(parseBylineLine('新华社北京9月7日电（记者王明）').authors).toEqual(['王明']);
  });

  it('a column’s name in 《》 before 作者 (腾讯’s 《棱镜》作者 周纯)', () => {
    expect(parseBylineLine('《棱镜》作者 周纯').authors).toEqual(['周纯']);
    // (A book's author inside a sentence is not the byline.)
    expect(parseBylineLine('《三体》作者刘慈欣表示，这部小说').authors).toBeUndefined();
  });

  it('a closing credit that says who the writer is (作者韩涵系…研究员)', () => {
    expect(parseBylineLine('（作者韩涵系政邦智库研究员）').authors).toEqual(['韩涵']);
    expect(parseBylineLine('（作者系中国人民大学教授）').authors).toBeUndefined();
  });

  it('文 is a byline key only with a separator after it', () => {
    expect(parseBylineLine('文献资料').authors).toBeUndefined();
    expect(parseBylineLine('文/张三').authors).toEqual(['张三']);
    expect(parseBylineLine('文｜李四').authors).toEqual(['李四']);
  });

  it('the source of a picture or of data is not the article’s source', () => {
    expect(parseBylineLine('（资料来源：参考消息、海外网等）').source).toBeUndefined();
    expect(parseBylineLine('图片来源：视觉中国').source).toBeUndefined();
    expect(parseBylineLine('◎照片來源：PROMPERU').source).toBeUndefined();
    expect(parseBylineLine('相片來源：中央社').source).toBeUndefined();
    expect(isMetaLine('照片來源：中央社')).toBe(true);
    expect(parseBylineLine('来源：长江网').source).toBe('长江网');
    expect(isMetaLine('图片来源：未来科学大奖官网')).toBe(true); // a credit: out of the body text
    expect(isMetaLine('资料来源显示，去年全市新增就业岗位三万个。')).toBe(false);
  });

  it('a source value ends where the next label begins', () => {
    expect(parseBylineLine('2019-09-26 12:11 来源：证券时报网作者：李在山').source).toBe('证券时报网');
  });
});

describe('Taiwanese bylines (twnews samples)', () => {
  it('a desk’s credit that names no one is a credit line, not the story’s first line', () => {
    expect(isMetaLine('社會中心／綜合報導')).toBe(true);
    expect(isMetaLine('綜合外電報導')).toBe(true);
    expect(isMetaLine('記者會上，他綜合報導了各方意見。')).toBe(false);
    // (A photographer's credit on a line of its own, as the other staff credits.)
    expect(isMetaLine('摄影：产品经理')).toBe(true);
    expect(isMetaLine('攝影／王小明')).toBe(true);
    expect(isMetaLine('摄影：李四，2024年拍摄于北京。')).toBe(false);
  });

  it('an outlet and the day before a reporter’s slash dateline', () => {
    expect(parseBylineLine('新頭殼newtalk2014.10.24 金名/高雄報導').authors).toEqual(['金名']);
    expect(parseBylineLine('新頭殼newtalk 2014.10.24 林朝億/台北報導').authors).toEqual(['林朝億']);
    expect(parseBylineLine('2014-10-24 14:30 張三/台北報導').authors).toEqual(['張三']);
    // (With no key word, a name after the day starts with a common surname.)
    expect(parseBylineLine('2014年10月24日 下午/高雄報導').authors).toBeUndefined();
  });

  it('a wire dateline glued to the last name', () => {
    expect(parseBylineLine('（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火')).toEqual({
      source: '中央社',
      authors: ['邱俊欽'],
    });
    expect(parseBylineLine('（中央社記者邱俊欽、吳睿騏桃園19日電）').authors).toEqual(['邱俊欽', '吳睿騏']);
    expect(parseBylineLine('（中央社記者王明台北1日電）').authors).toEqual(['王明']);
    expect(parseBylineLine('（中央社台北19日電）')).toEqual({ source: '中央社' });
  });

  it('the outlet written before 記者 is the source when no line names one', () => {
    expect(parseBylineLine('2019-03-18 23:59 聯合報 記者 陳嘉寧 ／桃園機場報導')).toEqual({
      authors: ['陳嘉寧'],
      reporterOutlet: '聯合報',
    });
    expect(parseBylineLine('新京报记者 张三 李四').reporterOutlet).toBe('新京报');
    expect(parseBylineLine('据新华社记者报道')).toEqual({});
    expect(parseBylineLine('本报记者 张三').reporterOutlet).toBeUndefined();
    const m = (info: string) =>
      extractArticle(
        load(`<html><head><title>一季度工业增加值增长6.2%_松花江网</title></head><body><h1>一季度工业增加值增长6.2%</h1>
        <div class="info">${info}</div><div class="article"><p>${P}</p><p>${Q}</p></div></body></html>`),
      ).metadata.source;
    expect(m('光明日报记者 王建宏 张文攀')).toBe('光明日报');
    expect(m('来源：松花江网 光明日报记者 王建宏')).toBe('松花江网');
  });

  it('a desk in the byline slot is no author', () => {
    expect(parseBylineLine('〔即時新聞／綜合報導〕2008年，台北市萬華區發生父親殺子').authors).toBeUndefined();
    expect(isPersonName('國際中心')).toBe(false);
    expect(isPersonName('陳嘉寧')).toBe(true);
  });

  const page = (article: string, head = '') =>
    extractArticle(
      load(`<html><head><title>和男友口角鎖門吞藥 女墜樓不治</title>${head}</head><body>
      <h1>和男友口角鎖門吞藥 女墜樓不治</h1>${article}</body></html>`),
    ).metadata.authors;
  const T =
    '今晨3時許，位在文心路的一棟住宅大樓突然傳出3聲巨響，當時正在進行捷運施工交通管制的保全人員聞訊，找尋巨響聲音來源，才驚見一名女子疑似從高樓掉落。';

  it('a byline closing the last sentence, with a widget after it', () => {
    const html = `<div class="article"><p>${P}</p><p>${T}（王煌忠／台中報導）<span style="display:block"></span><b>《蘋果》關心你</b></p>
      <p>張老師專線：1980</p><p>自殺防治諮詢安心專線：0800-788995（24小時）</p><p>生命線協談專線：1995</p></div>`;
    expect(page(html)).toEqual(['王煌忠']);
  });

  it("the template's author element before JSON-LD; a column name there is no person", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"陳昱光"}}</script>`;
    const meta = (who: string) =>
      `<div class="meta"><time datetime="2018-09-16 15:31">15:31</time><div class="author"><a href="/reporter/899">${who}</a></div></div>`;
    expect(page(`${meta('謝明俊')}<div class="article"><p>${P}</p><p>${T}</p></div>`, ld)).toEqual([
      '謝明俊',
    ]);
    expect(page(`${meta('股市行情')}<div class="article"><p>${P}</p><p>${T}</p></div>`, ld)).toEqual([
      '陳昱光',
    ]);
    const comment = `<div class="article"><p>${P}</p><p>${T}</p></div><div class="comments"><span class="author">王小明</span></div>`;
    expect(page(comment)).toEqual([]);
  });

  it("the template's author element with the time beside the name", () => {
    const author = `<div class="author"><a><img src="face.jpg"></a> <span class="name">谢若含</span><span class="date">2017-03-01 14:27:02</span></div>`;
    expect(page(`${author}<div class="article"><p>${P}</p><p>${T}</p></div>`)).toEqual(['谢若含']);
  });
});

describe('junk: a reprint notice in sentence form', () => {
  it('版權所有 with 禁止 … 違者必究 is a notice, not a sentence of the story', () => {
    expect(
      junkKindOfText(
        '本新聞文字、照片、影片專供蘋果《好蘋友》壹會員閱覽，版權所有，禁止任何媒體、社群網站、論壇，在紙本或網路部分引用、改寫、轉貼分享，違者必究。',
      ),
    ).toBe('copyright');
  });
});

describe('junk: a pitch for the site by its address', () => {
  it('更多…请关注 and an address is the site’s pitch; the same words without one are not', () => {
    expect(junkKindOfText('更多“疫情一刀切政策怎么投诉举报”的相关经验资讯请关注www.qushijing.com')).toBe(
      'other',
    );
    expect(junkKindOfText('更多精彩内容，请访问 https://news.example.com')).toBe('other');
    expect(junkKindOfText('更多详情请关注官方后续通报')).toBeNull();
  });

  it('a notice to write to the site’s address is the site’s', () => {
    expect(junkKindOfText('发送邮件至zhengwu@thepaper.cn申请加入澎湃政务号或媒体团')).toBe('other');
    expect(junkKindOfText('他说，已发送邮件至公司邮箱说明情况。')).toBeNull();
  });

  it('a breadcrumb written out, and a player’s placeholder, are junk; a place’s label is not', () => {
    expect(junkKindOfText('您所在的位置： 首页 > 快讯 > 公司 > 公司')).toBe('navigation');
    expect(junkKindOfText('现在位置： 首页 >> 东区新闻 >> 正文')).toBe('navigation');
    expect(junkKindOfText('位置：首页 > 新闻')).toBe('navigation');
    expect(junkKindOfText('位置：台北市信義區')).toBeNull();
    expect(junkKindOfText('您的浏览器暂时无法播放此视频.')).toBe('other');
  });
});

describe('sources: markup left in the text', () => {
  it('an attribute a broken template printed is no source', () => {
    expect(parseBylineLine('作者： size="20"  来源： size="20"  发布日期：').source).toBeUndefined();
    expect(parseBylineLine('来源：{source}').source).toBeUndefined();
    expect(parseBylineLine('来源：新京报').source).toBe('新京报');
  });
});

describe('bylines over two lines', () => {
  it('interns and correspondents are bylines too; adjacent byline lines add up', () => {
    expect(parseBylineLine('本报实习生 刘国栋 周炜').authors).toEqual(['刘国栋', '周炜']);
    expect(parseBylineLine('本报讯（记者张三 通讯员 李四）').authors).toEqual(['张三', '李四']);
    expect(parseBylineLine('本报讯（记者张三 通讯员李四 王五）').authors).toEqual(['张三', '李四', '王五']);
    const a = extractArticle(
      load(`<html><head><title>谁来为无序拆房埋单</title></head><body><h1>谁来为无序拆房埋单</h1>
      <p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤</p><p>2003-7-24 钱江晚报</p>
      <div class="article"><p>${P}</p><p>${Q}</p></div></body></html>`),
    );
    expect(new Set(a.metadata.authors)).toEqual(new Set(['刘国栋', '周炜', '王燕平', '方云凤']));
  });

  it('a byline in a sentence does not pull in the next line', () => {
    const a = extractArticle(
      load(`<html><head><title>谁来为无序拆房埋单</title></head><body><h1>谁来为无序拆房埋单</h1>
      <p>本报记者 王燕平</p><div class="article"><p>${P}</p><p>记者张三，今天到现场了解情况。</p><p>${Q}</p></div></body></html>`),
    );
    expect(a.metadata.authors).toEqual(['王燕平']);
  });
});

describe('metadata: the outlet is not an author', () => {
  const page = (head: string, info: string) =>
    extractArticle(
      load(`<html><head>${head}</head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="info">${info}</div><div class="article"><p>${P}</p><p>${Q}</p></div></body></html>`),
    ).metadata;

  it('a meta author that is the site, or the source, is dropped', () => {
    const site = '<title>一季度工业增加值增长6.2%_网易财经</title><meta name="author" content="网易">';
    expect(page(site, '2019-09-07 13:43:45 来源: 新京报').authors).toEqual([]);
    const same = '<title>一季度工业增加值增长6.2%</title><meta property="article:author" content="参考消息">';
    expect(page(same, '2019-11-25 18:57 来源：参考消息').authors).toEqual([]);
    const person = '<title>一季度工业增加值增长6.2%_网易财经</title><meta name="author" content="陆一夫">';
    expect(page(person, '2019-11-25 11:01 来源: 新京报').authors).toEqual(['陆一夫']);
  });

  it('a <title> without spaced separators: the site is what follows the headline', () => {
    expect(page('<title>一季度工业增加值增长6.2%-富达传媒</title>', '2019-09-11').source).toBe('富达传媒');
  });

  it('separators a template leaves around the source are trimmed', () => {
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="article"><p>${P}</p><p>${Q}</p></div>
      <div class="footer-bar"><a class="footer-bar-action source">&nbsp;上海热线要闻&nbsp;⋅</a></div></body></html>`),
    ).metadata;
    expect(m.source).toBe('上海热线要闻');
  });
});

describe("published: the template's script variable", () => {
  const page = (info: string, script: string) =>
    extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title><script>${script}</script></head><body>
      <h1>一季度工业增加值增长6.2%</h1><div class="info">${info}</div>
      <div class="article"><p>${P}</p><p>${Q}</p></div></body></html>`),
    ).metadata.published;

  it('gives the seconds of the minute the page shows', () => {
    expect(page('2014-04-30 14:49 記者李欣芳', "var newsTime = '1398840577';")).toBe(
      '2014-04-30T14:49:37+08:00',
    );
    expect(page('2019-12-03 09:12 来源：新京报', 'window.DATA = {"ptime":"2019-12-03 09:12:40"}')).toBe(
      '2019-12-03T09:12:40+08:00',
    );
  });

  it('is the time when the page shows none; a bare `time` or another minute is not read', () => {
    expect(page('来源：新京报', 'var pubtime = "2019-12-03 09:12:40";')).toBe('2019-12-03T09:12:40+08:00');
    expect(page('来源：新京报', 'var time = "2019-12-03 09:12:40";')).toBe('');
    expect(page('来源：新京报', "var __$pubtime='2012-06-24 00:00:00';")).toBe('2012-06-24');
    expect(page('来源：新京报', '{"publishDate": "2019-09-07T05:51:23.000Z"}')).toBe('2019-09-07T05:51:23Z');
    expect(page('2019-12-03 09:12 来源：新京报', 'var publishTime = "2019-12-03 10:00:01";')).toBe(
      '2019-12-03T09:12+08:00',
    );
  });
});

describe('published: a labelled line away from the headline', () => {
  it('under the article footer, after the widgets', () => {
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="article"><p>${P}</p><p>${Q}</p></div>
      <ul><li>赞 0</li><li>查看评论</li><li>阅读 539</li><li>隐藏边栏</li><li>A+</li><li>打印</li></ul>
      <div class="cat">发布日期：2019-09-23 14:34:05&nbsp;&nbsp;所属分类：<a href="/">头条</a></div></body></html>`),
    ).metadata;
    expect(m.published).toBe('2019-09-23T14:34:05+08:00');
  });

  it('a two-digit year after 发布时间 in the info line', () => {
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="info">体育教科书 发布时间：18-03-08 23:16</div>
      <div class="article"><p>${P}</p><p>${Q}</p></div></body></html>`),
    ).metadata;
    expect(m.published).toBe('2018-03-08T23:16+08:00');
  });
});

describe('junk: a sentence of the story is not a notice', () => {
  it('a report that mentions 客户端 or 版权所有 keeps it; notices in sentence form are still junk', () => {
    const news =
      '铁路部门提醒广大旅客，请通过铁路12306官方网站和“铁路12306”客户端购票，避免非正常渠道购票带来的风险。';
    expect(junkKindOfText(news)).toBeNull();
    expect(
      junkKindOfText(
        '法院审理认为，被告未经许可复制涉案作品，侵犯了原告依法享有的版权所有者权利，应当承担赔偿责任。',
      ),
    ).toBeNull();
    expect(
      junkKindOfText(
        '在案例分享中我们看到腾讯QQ、阿里旺旺、微信等客户端均存在相关漏洞（已修复）。而相应的防御策略要从三方面努力。',
      ),
    ).toBeNull(); // clauses without a single comma
    expect(junkKindOfText('下载客户端')).toBe('mobile-banner');
    expect(
      junkKindOfText(
        '新酷产品第一时间免费试玩，还有众多优质达人分享独到生活经验，快来体验吧，下载客户端还能获得专享福利哦！',
      ),
    ).toBe('mobile-banner');
    expect(
      junkKindOfText(
        '免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。',
      ),
    ).toBe('copyright');
    expect(junkKindOfText('Copyright © 2019 北京某某在线 All Rights Reserved 版权所有 复制必究')).toBe(
      'copyright',
    );
  });

  it('the article’s paragraph that mentions an app stays in the body', () => {
    const news =
      '铁路部门提醒广大旅客，请通过铁路12306官方网站和“铁路12306”客户端购票，避免非正常渠道购票带来的风险。';
    const a = extractArticle(
      load(`<html><head><title>中铁总辟谣称消息不实</title></head><body><h1>中铁总辟谣称消息不实</h1>
      <div class="article"><p>${P}</p><p>${Q}</p><p>${news}</p></div></body></html>`),
    );
    expect(a.model.text).toContain(news);
  });
});

describe('root: a print area that holds the story', () => {
  it('is the story’s container, not boilerplate; a print button still is', () => {
    const story = `<p>${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p><p>${P}</p>`;
    const doc = load(`<html><head><title>秘魯五部曲</title></head><body>
      <article><div id="print"><h1>秘魯五部曲</h1><div class="info">時間： 2014/12/02 13:08</div>
      <div>字型大小：<button>小</button><button>中</button><button>大</button></div>
      <div class="content">${story}</div></div></article>
      <div class="print"><a>列印</a></div></body></html>`);
    expect(isBoilerplateContainer(doc.getElementById('print')!)).toBe(false);
    expect(isBoilerplateContainer(doc.querySelector('div.print')!)).toBe(true);
    const a = extractArticle(doc);
    expect(a.model.text).toBe([P, Q, P, Q, P].join('\n'));
    expect(a.isArticle).toBe(true);
  });
});

describe('root: an element named for sharing that holds the story', () => {
  it('is the story’s container, not a share bar; a real share bar still is one', () => {
    const doc = load(`<html><body>
      <div id="artical_real" class="js_img_share_area"><div id="main_content"><p>${P}</p><p>${Q}</p><p>${P}</p></div></div>
      <div class="share-bar"><a>微博</a><a>微信</a><a>QQ空间</a></div></body></html>`);
    expect(isBoilerplateContainer(doc.querySelector('.js_img_share_area')!)).toBe(false);
    expect(isBoilerplateContainer(doc.querySelector('.share-bar')!)).toBe(true);
    const a = extractArticle(
      load(`<html><head><title>长春市的新经济之路</title></head><body><h1>长春市的新经济之路</h1>
      <div class="info">2020-09-11 18:05 来源：商讯</div>
      <div id="artical_real" class="js_img_share_area"><div id="main_content"><p>${P}</p><p>${Q}</p></div></div></body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.isArticle).toBe(true);
  });
});

describe('detection: a news item that shows no time and no byline', () => {
  it('a headline confirmed by <title> over 300 hanzi of prose is an article', () => {
    // Aggregator pages show 发布时间：10-08 (no year) and the account name, not a reporter.
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="author-info"><span>某某财经观察</span> <span>发布时间：10-08</span></div>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p></div></body></html>`),
    );
    expect(a.signals.published).toBeUndefined();
    expect(a.isArticle).toBe(true);
  });

  it("an outlet's own piece (专稿) closing the story is a news cue", () => {
    // 39.net's food article: its time and site glued together (04:29:4439健康网), no label.
    const page = (end: string) =>
      extractArticle(
        load(`<html><head><title>煮一碗好吃的腊八粥_39健康网</title></head><body><h1>煮一碗好吃的腊八粥</h1>
        <div class="info">2021-01-20 04:29:4439健康网</div>
        <div class="art_content"><p>${P}</p><p>${Q}</p><p>${end}</p></div></body></html>`),
      );
    expect(page('39健康网(www.39.net)专稿，未经书面授权请勿转载。').signals.newsCue).toBe(1.5);
    expect(page('本文仅供参考，未经书面授权请勿转载。').signals.newsCue).toBeUndefined();
  });
});

describe('sources: the outlet, not its channel', () => {
  it('drops a channel or a Latin name written after the outlet', () => {
    expect(withoutChannel('人民网-文化频道')).toBe('人民网');
    expect(withoutChannel('新浪财经-自媒体综合')).toBe('新浪财经');
    expect(withoutChannel('澎湃新闻-The Paper')).toBe('澎湃新闻');
    // A name with a hyphen that is not a channel stays whole.
    expect(withoutChannel('中国-东盟博览会')).toBe('中国-东盟博览会');
    expect(withoutChannel('新京报')).toBe('新京报');
  });

  it('a 来源 line naming a channel gives the outlet', () => {
    const doc = load(
      `<title>标题一二三四_文化频道</title><h1>标题一二三四</h1><div class="info">2019-06-15 08:18 来源：人民网-文化频道</div><div class="content"><p>${P}</p><p>${Q}</p></div>`,
    );
    expect(extractArticle(doc).metadata.source).toBe('人民网');
  });
});

describe('sources and headlines on platform and column templates', () => {
  it('a middle dot before a channel is cut like a dash; a name with one inside stays whole', () => {
    expect(withoutChannel('澎湃新闻·澎湃号·政务')).toBe('澎湃新闻');
    expect(withoutChannel('三校社会学论坛·中国网社会论坛')).toBe('三校社会学论坛·中国网社会论坛');
  });

  it('a channel word after the outlet is no reporter (报社新闻 频道)', () => {
    expect(isPersonName('频道')).toBe(false);
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长-报社新闻-查报纸网</title></head><body>
      <table><tr><td><strong><a href="/bsxw/">报社新闻</a></strong> <strong>频道</strong></td></tr></table>
      <h1>一季度工业增加值增长</h1><div class="info">发布: 2021-1-29 13:18 | 来自: 互联网</div>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(a.metadata.authors).toEqual([]);
  });

  it('a platform page’s outlet is the account, and its script gives the time the page shows relatively', () => {
    // The WeChat template: og:site_name is the platform, the account is #js_name, and the page
    // shows 昨天 where its script sets the Unix time.
    const a = extractArticle(
      load(`<html><head><meta property="og:site_name" content="微信公众平台"><title>三星发布新一代旗舰手机</title>
      <script>var nickname = "某某科技"; var ct = "1581517074";</script></head><body>
      <h2 class="rich_media_title">三星发布新一代旗舰手机</h2>
      <div class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">爱否科技</a>
      <div style="display:none"><strong class="profile_nickname">隐藏的名字</strong></div></span>
      <em id="publish_time">昨天</em></div>
      <div class="rich_media_content"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(a.metadata.source).toBe('爱否科技');
    expect(a.metadata.published).toBe('2020-02-12T22:17:54+08:00');
  });

  it('a heading that shows the whole title keeps a column name before the headline', () => {
    const a = extractArticle(
      load(`<html><head><title>书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来</title></head><body>
      <div class="tit2">书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来</div>
      <div class="box-text"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(a.metadata.title).toBe('书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来');
    // A heading that shows the site's name too still gives the headline alone.
    const b = extractArticle(
      load(`<html><head><title>一季度工业增加值增长 - 新浪网</title></head><body>
      <h1>一季度工业增加值增长 - 新浪网</h1><h2>一季度工业增加值增长</h2>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(b.metadata.title).toBe('一季度工业增加值增长');
  });
});

describe('a platform’s yearless time, read against the moment the page was seen', () => {
  const html = `<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
    <div class="author-txt"><p class="author-name">加拿大必读</p><div class="article-source"><span class="date">发布时间：10-08</span><span class="time">12:00</span></div></div>
    <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p></div></body></html>`;

  it('gives the time with the moment, and none without it', () => {
    const seenAt = Date.parse('2019-12-29T22:31:00+08:00');
    expect(extractArticle(load(html), { seenAt }).metadata.published).toBe('2019-10-08T12:00+08:00');
    expect(extractArticle(load(html)).metadata.published).toBe('');
  });

  it('the account is the source when the site names itself nowhere (the <title> is the headline alone)', () => {
    expect(extractArticle(load(html)).metadata.source).toBe('加拿大必读');
  });
});

describe('bylines without a key word (held-out dataset pages)', () => {
  it('a name, a slash and a dispatch; a name in brackets after the time; 发自', () => {
    expect(parseBylineLine('劉屏／華盛頓4日電').authors).toEqual(['劉屏']);
    expect(parseBylineLine('楊舒媚／台北報導').authors).toEqual(['楊舒媚']);
    expect(parseBylineLine('2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]')).toEqual({
      source: '国际金融报',
      authors: ['黄宇'],
    });
    expect(parseBylineLine('本报记者罗科苏盈发自北京').authors).toEqual(['罗科苏盈']);
    // No surname, no name: a bracketed label after a time is not a byline.
    expect(parseBylineLine('2004年7月16日08:19 [ 打印本页 ]').authors).toBeUndefined();
    expect(parseBylineLine('关于我们／联系我们').authors).toBeUndefined();
  });

  it('执笔 is a byline key; & joins two long names but not a handle', () => {
    expect(parseBylineLine('执笔/叨叨姐、胡一刀&李小飞刀').authors).toEqual(['叨叨姐', '胡一刀', '李小飞刀']);
    expect(parseBylineLine('執筆：王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('作者： 放飞&心情').authors).toBeUndefined();
  });

  it('a wire dateline opening the story, a columnist after the outlet', () => {
    expect(
      parseBylineLine(
        '新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，巴黎公共交通再次受到严重影响，大部分地铁线路停运或仅在高峰时段运行',
      ).authors,
    ).toEqual(['唐霁']);
    expect(parseBylineLine('【文/观察者网专栏作者 王文】').authors).toEqual(['王文']);
    // 作者 after other words is prose (a reprint notice), not a byline.
    expect(
      parseBylineLine('内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。').authors,
    ).toBeUndefined();
  });

  it('the place before 报道 is not a second reporter', () => {
    expect(parseBylineLine('新京报记者 彭冲 山东冠县报道').authors).toEqual(['彭冲']);
    expect(parseBylineLine('本报记者 王燕平 方云凤').authors).toEqual(['王燕平', '方云凤']);
  });

  const page = (end: string, after = '') =>
    load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${end}</p>${after}</div></body></html>`);

  it('names alone in brackets after the last sentence, or on the line under it, are the reporters', () => {
    expect(extractArticle(page('（常书香 马丹阳 ）')).metadata.authors).toEqual(['常书香', '马丹阳']);
    expect(extractArticle(page('', '<div align="right">（袁源）</div>')).metadata.authors).toEqual(['袁源']);
    // A photo credit, a link label and a wire are not reporters.
    expect(extractArticle(page('（陈信翰摄）')).metadata.authors).toEqual([]);
    expect(extractArticle(page('（简体中文）')).metadata.authors).toEqual([]);
    expect(extractArticle(page('（完）')).metadata.authors).toEqual([]);
  });

  it("a second story's byline inside the body does not outrank the info line above the first", () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <ul class="info"><li>2014-04-05 01:28</li><li>劉屏／華盛頓4日電</li></ul>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p><p>${Q}</p><p>楊舒媚／台北報導</p><p>${P}</p></div></body></html>`),
    );
    expect(a.metadata.authors).toEqual(['劉屏']);
  });
});

describe('root: a story split over sibling boxes', () => {
  it('a <p> of <br>-separated paragraphs, a video box, then the rest: both parts are the body', () => {
    const box = (text: string) => `<div class="box_2"><p>${text}</p></div>`;
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="box_0">${box(`${P}${Q}<br><br>${Q}`)}<div class="box_1"><video></video><h2></h2></div>
      ${box(`${Q}<br><br>${P}<br><br>${Q}<br><br>${P}`)}</div>
      <div class="links"><a href="/1">一季度工业增加值增长，其他新闻标题</a></div></body></html>`),
    );
    expect(a.model.text.split('\n')).toHaveLength(6);
    expect(a.model.text.startsWith(P)).toBe(true);
  });

  it("a data table's numbers stay beside its labels (a cell holds 3.45% alone); a row's ordinal does not", () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长</title></head><body><h1>一季度工业增加值增长</h1>
      <div class="article"><p>${P}</p><table><tr><td>01.</td><td>1年期</td><td>3.45%</td></tr>
      <tr><td>02.</td><td>5年期以上</td><td>3.95%</td></tr></table><p>${Q}</p></div></body></html>`),
    );
    // (Each row a line, its cells joined: data-tables.test.ts.)
    expect(a.model.text.split('\n')).toEqual([P, '1年期 | 3.45%', '5年期以上 | 3.95%', Q]);
  });
});

describe('a column name before the headline, a site name glued after it', () => {
  it('the heading that shows the title up to the site name is the title', () => {
    const a = extractArticle(
      load(`<html><head><title>图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年 河南日报网-河南日报官方网站</title></head><body>
      <h1 class="content-title">图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年</h1>
      <div class="content-content"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(a.metadata.title).toBe('图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年');
  });

  it('a label set vertically, one character a line, is not body text', () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长</title></head><body><h1>一季度工业增加值增长</h1>
      <div class="article"><div>今</div><div>日</div><div>推</div><div>荐</div><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`),
    );
    expect(a.model.text.startsWith(P)).toBe(true);
  });
});

describe('sources: a bare outlet beside the time, a logo that spells out the title’s short name', () => {
  it('an outlet alone in the item next to the time is the source; a pen name in a sidebar is not', () => {
    const page = (info: string) =>
      load(`<html><head><title>美罕見用要負責任批反服貿 - 中時理財</title></head><body>
      <h1>美罕見用要負責任批反服貿</h1><ul class="inline-list">${info}</ul>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`);
    const a = extractArticle(page('<li>2014-04-05 01:28</li><li>中國時報</li><li>劉屏／華盛頓4日電</li>'));
    expect(a.metadata.source).toBe('中國時報');
    expect(a.metadata.authors).toEqual(['劉屏']);
    const b = extractArticle(page('<li>2014-04-05 01:28</li><li>中壢中古鋼琴中心</li>'));
    expect(b.metadata.source).toBe('中時理財');
  });

  it('the logo’s name when the title’s is its short form', () => {
    const page = (logo: string) =>
      load(`<html><head><title>又傳酒駕釀禍 少婦被撞陷昏迷 - 自由電子報 即時新聞</title></head><body>
      <a href="/"><img id="logo01" src="logo.gif" alt="${logo}"></a><h1>又傳酒駕釀禍 少婦被撞陷昏迷</h1>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p></div></body></html>`);
    expect(extractArticle(page('自由時報電子報')).metadata.source).toBe('自由時報');
    // Another paper's logo (an e-paper host) does not replace the site the title names.
    expect(extractArticle(page('河南日报')).metadata.source).toBe('自由電子報');
  });
});

describe('a <title> that only names the site', () => {
  it('the first headline-like heading that is no link is the headline', () => {
    const page = (heading: string) =>
      load(`<html><head><title>北医新闻网_(新闻)</title></head><body>
      <div class="nav"><a href="/">首页</a>&gt;&gt;<a href="/c">人物聚焦</a></div>
      <table><tr><td class="bt_title">${heading}</td></tr><tr><td><div class="bt_content">
      <p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p><div align="right">（袁源）</div></div></td></tr></table></body></html>`);
    const a = extractArticle(page('李简——新外科运动向我们走来'));
    expect(a.metadata.title).toBe('李简——新外科运动向我们走来');
    expect(a.metadata.authors).toEqual(['袁源']);
    expect(a.isArticle).toBe(true);
    // The bracketed channel label is not the outlet.
    expect(a.metadata.source).toBe('北医');
    // A breadcrumb or a sentence in a title-classed element is not the headline.
    expect(extractArticle(page('首页 - 新闻动态 - 学会要闻')).metadata.title).toBe('北医新闻网');
    expect(extractArticle(page('请在表格中填入您的邮件地址：')).metadata.title).toBe('北医新闻网');
  });
});

describe('a forum thread whose anchors the parser carries over the posts', () => {
  it('an <a> without href is no link: the first post is the body; numbered floors mark a forum', () => {
    const floor = (n: number, text: string) =>
      `<div class="div_floor"><a name=top${n}>楼层： 第 ${n} 楼 时间：2005-08-28 20:56:20</div>
      <div class="div_author">作者： <a href="/u?${n}">网友${n}<a></div><div class="post">${text}</div>`;
    const a = extractArticle(
      load(`<html><head><title>太行山上 - 中关村在线论坛</title></head><body>
      ${floor(1, `<p>${P}${Q}</p><p>${Q}${P}</p>`)}${floor(2, '谢谢！')}${floor(3, '呵呵，好啊')}</body></html>`),
    );
    expect(a.model.text).toContain(P);
    expect(a.isArticle).toBe(false);
    expect(a.signals.forum).toBeLessThan(0);
  });
});

describe('a person under the source label', () => {
  it('来源: 尹娟 names the writer; a desk word there is still the source', () => {
    const page = (line: string) =>
      load(`<html><head><title>四年前中500万现穷困潦倒 - 新浪网</title></head><body><h1>四年前中500万现穷困潦倒</h1>
      <div class="article"><p>${P}${Q}</p><p>${Q}${P}</p><p>${line}</p></div></body></html>`);
    const a = extractArticle(page('来源: 尹娟'));
    expect(a.metadata.authors).toEqual(['尹娟']);
    expect(a.metadata.source).toBe('新浪网');
    const b = extractArticle(page('来源：商讯'));
    expect(b.metadata.authors).toEqual([]);
    expect(b.metadata.source).toBe('商讯');
  });
});

describe('a channel and a site in <title>, the headline in an <h5>', () => {
  it('the heading right before the body is the headline; the site’s own heading is not', () => {
    const a = extractArticle(
      load(`<html><head><title>新闻动态--中国地理学会官网</title></head><body>
      <div class="title_la"><h3>首页 - 新闻动态</h3></div>
      <div class="news_left"><div class="xq_fonts"><h5>2019年中国人文地理学术年会在重庆成功举行！</h5>
      <div class="ly">发布时间：2019-05-18 来源：中国地理学会</div>
      <div class="detailCon"><p>${P}${Q}</p><p>${Q}${P}</p></div></div></div>
      <div class="foot"><h3>友情链接 / Friendship link</h3><h5>中国地理学会</h5></div></body></html>`),
    );
    expect(a.metadata.title).toBe('2019年中国人文地理学术年会在重庆成功举行！');
  });

  it('a dialog heading far from the body is not taken for the headline', () => {
    const a = extractArticle(
      load(`<html><head><title>蔡健雅_百度百科</title></head><body>
      <div class="poster"><dl><dd><div class="bind-card"><p>今天的鲜花送完了？</p><h3>绑定百度钱包领取鲜花</h3></div></dd></dl></div>
      <div class="main"><div class="para"><p>${P}${Q}</p><p>${Q}${P}</p></div></div></body></html>`),
    );
    expect(a.metadata.title).toBe('百度百科');
  });
});

describe('selector groups in document order', () => {
  it('inDocumentOrder sorts what jsdom lists selector by selector', () => {
    const doc = load('<body><div class="t1"><h3>B</h3></div><h2>C</h2><span class="tit">D</span></body>');
    const listed = Array.from(doc.querySelectorAll('h2, h3, [class*="t"]')).map((e) => e.tagName);
    const sorted = inDocumentOrder(doc.querySelectorAll('h2, h3, [class*="t"]')).map((e) => e.tagName);
    expect(sorted).toEqual(['DIV', 'H3', 'H2', 'SPAN']);
    expect([...listed].sort()).toEqual([...sorted].sort());
  });
});

describe('a live news item shows only its time', () => {
  const page = (header: string) =>
    load(`<html><head><title>又傳酒駕釀禍 少婦被撞陷昏迷 - 自由電子報</title></head><body>
      <div class="nav"><span><a href="/">自由電子報</a> &gt; <a href="./">即時新聞總覽</a></span>
      <span style="float:right">${header}</span></div>
      <table><tr><td class="pr_cont"><h1>又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】</h1>
      <p>${P}${Q}</p><p>${Q}${P}</p></td></tr></table></body></html>`);

  it('on the day the page’s header shows as today', () => {
    expect(extractArticle(page('2013年6月29日‧星期六')).metadata.published).toBe('2013-06-29T17:52+08:00');
    expect(extractArticle(page('歡迎光臨')).metadata.published).toBe('');
  });

  it('else on the day it was seen, or the day before when that time has not yet come', () => {
    const seenAt = Date.parse('2024-03-05T20:00:00+08:00');
    expect(extractArticle(page(''), { seenAt }).metadata.published).toBe('2024-03-05T17:52+08:00');
    const early = Date.parse('2024-03-05T08:00:00+08:00');
    expect(extractArticle(page(''), { seenAt: early }).metadata.published).toBe('2024-03-04T17:52+08:00');
  });
});

describe('a page wrapper whose class names a menu by a modifier word', () => {
  it('`blq-int-nav blq-container` around the story is the page, not a menu', () => {
    const a = extractArticle(
      load(`<html><head><title>港特首就住宅违建事件道歉 - BBC中文网</title></head><body>
      <div class="blq-int-nav blq-container"><div class="blq-main"><h1>港特首就住宅违建事件道歉</h1>
      <div class="story-body"><p>${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p><p>${P}</p></div></div></div></body></html>`),
    );
    expect(a.metadata.title).toBe('港特首就住宅违建事件道歉');
    expect(a.model.text).toContain(P);
  });

  it('a menu with a few sentences in it is still a menu', () => {
    const doc = load(`<body><div class="top-nav"><a href="/">首页。</a><a href="/a">新闻。</a></div></body>`);
    expect(isBoilerplateContainer(doc.querySelector('.top-nav')!)).toBe(true);
  });
});

describe('a short story above a stream of longer teasers (Yahoo)', () => {
  const teaser = (i: number) =>
    `<li><div class="simple-item-content"><h3><a href="/n${i}">第${i}則新聞標題在這裡</a></h3>
    <p>${i % 2 ? P : Q}${i % 2 ? Q : P}</p></div></li>`;
  const doc = () =>
    load(`<html><head><title>義大利公開賽 茲韋列夫封王</title></head><body><main>
    <article class="caas-container"><h1>義大利公開賽 茲韋列夫封王</h1><div class="caas-body">
    <p>（法新社羅馬19日電） 德國網球好手<a class="link" href="/tag/z">茲韋列夫</a>今天以6比4、7比5擊敗智利選手賈瑞，在義大利公開賽拿下他2年前在法國公開賽受傷以來最重要的冠軍。</p>
    <p>世界排名第5的茲韋列夫，今天是繼2017年後再度在義大利網賽封王。</p></div></article>
    <div class="module-morestories"><ul>${[1, 2, 3, 4, 5].map(teaser).join('')}</ul></div></main></body></html>`);

  it('a `morestories` module is a list of related links', () => {
    const a = extractArticle(doc());
    expect(a.model.text).toContain('世界排名第5的茲韋列夫');
    expect(a.model.text).not.toContain(P);
  });

  it('a link inside a sentence stays in it, whatever its class says', () => {
    const a = extractArticle(doc());
    expect(a.model.text).toContain('德國網球好手茲韋列夫今天以6比4、7比5擊敗智利選手賈瑞');
    expect(a.junk.map((j) => j.text)).not.toContain('茲韋列夫');
    // Links between separators only are still a menu.
    const nav = load(
      `<body><div><a class="nav_bar" href="/">首页</a> | <a class="nav_bar" href="/n">新闻</a></div></body>`,
    );
    expect(isBoilerplateContainer(nav.querySelector('a')!)).toBe(true);
  });
});

describe('the article hidden until the page’s script shows it (WeChat)', () => {
  it('visibility: hidden on the content container is read; elsewhere it still hides', () => {
    const a = extractArticle(
      load(`<html><head><title>绥德：33名退役军人被表彰</title></head><body><div class="rich_media js_article">
      <h1 class="rich_media_title">绥德：33名退役军人被表彰</h1>
      <div class="rich_media_content js_content" style="visibility: hidden;"><section><p>${P}</p><p>${Q}</p></section></div>
      <div class="tips" style="visibility: hidden"><p>${Q}${Q}</p></div></div></body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('sources on magic-html’s pages', () => {
  it('本文来源于 names the source; 来源于 inside a sentence does not', () => {
    expect(parseBylineLine('本文来源于 国家统计局 2024-05-11 09:36:26').source).toBe('国家统计局');
    expect(parseBylineLine('文章来源于：新华网').source).toBe('新华网');
    expect(parseBylineLine('其收入主要来源于出口').source).toBeUndefined();
  });

  it('a bracketed site name and a channel after the site in <title>', () => {
    const page = (title: string) =>
      extractArticle(
        load(`<html><head><title>${title}</title></head><body><h1>贾玲瘦了100斤</h1>
        <div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`),
      ).metadata.source;
    expect(page('贾玲瘦了100斤_【快资讯】')).toBe('快资讯');
    expect(page('贾玲瘦了100斤_39健康网_资讯')).toBe('39健康网');
  });
});

describe('a list of other stories named with an article word too', () => {
  it('related and recommend words win over post, cont, content and article', () => {
    const doc = load(`<body><div class="post_recommend"></div><div class="tab-cont-related"></div>
      <div class="related_article"></div><div class="detail-content__recommend--wrapper"></div>
      <div class="post_content"></div><div class="article-content"></div></body>`);
    const junk = Array.from(doc.body.children).map((el) => isBoilerplateContainer(el));
    expect(junk).toEqual([true, true, true, true, false, false]);
  });

  it('a short story above a whole recommended story (360kuai)', () => {
    const a = extractArticle(
      load(`<html><head><title>美官员回应伊朗直升机事故</title></head><body>
      <div class="detail-content"><div class="detail-content__content--normal"><h1 class="article__title">美官员回应伊朗直升机事故</h1>
      <div class="article__content"><p>${P}</p></div></div>
      <div class="detail-content__recommend--wrapper"><h2>31岁在春晚一炮而红</h2>
      <div class="detail-content__content--recommend__content"><p>${Q}</p><p>${Q}</p><p>${Q}</p></div></div></div></body></html>`),
    );
    expect(a.model.text).toBe(P);
  });
});

describe('a weak list word on the story’s own container (douban)', () => {
  it('`<div id="link-report">` holding the note is the story; a teaser stream named morestories is not', () => {
    const note = `<div id="link-report"><div class="note">${[P, Q, P, Q, P].map((t) => `<p>${t}</p>`).join('')}</div></div>`;
    const doc = load(
      `<body>${note}<div class="module-morestories">${[P, Q, P, Q, P].map((t) => `<p>${t}</p>`).join('')}</div></body>`,
    );
    expect(isBoilerplateContainer(doc.getElementById('link-report')!)).toBe(false);
    expect(isBoilerplateContainer(doc.querySelector('.module-morestories')!)).toBe(true);
    const short = load(`<body><div id="link-report"><p>${P}</p></div></body>`);
    expect(isBoilerplateContainer(short.getElementById('link-report')!)).toBe(true);
  });
});

describe('a date inside a sentence of the story is no published date', () => {
  const page = (last: string) =>
    extractArticle(
      load(
        `<html><head><title>用户服务协议_新京报</title></head><body><h1>用户服务协议</h1><div class="content"><p>${P}</p><p>${Q}</p><p>${P}</p>${last}</div></body></html>`,
      ),
    );
  it('本协议自2023年1月1日起施行 dates nothing; a date closing the page alone does', () => {
    expect(page('<p>本协议自2023年1月1日起施行。</p>').metadata.published).toBe('');
    expect(page('<p>截至2023年12月31日，累计完成投资。</p>').metadata.published).toBe('');
    expect(page('<p>市政府办公室</p><p>2023年1月1日</p>').metadata.published).toBe('2023-01-01');
    expect(page('<p>（2023年1月1日）</p>').metadata.published).toBe('2023-01-01');
    expect(page('<p>编辑于 2023-03-01 15:45</p>').metadata.published).toBe('2023-03-01T15:45+08:00');
  });
});

describe('a label before the headline in its heading', () => {
  const title = (h1: string, tag = '5月LPR按兵不动_新京报') =>
    extractArticle(
      load(
        `<html><head><title>${tag}</title></head><body>${h1}<div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata.title;
  it('独家, 【独家】, 深度｜ before the <title>’s headline are dropped; kept when <title> has them too', () => {
    expect(title('<h1><em>独家</em> 5月LPR按兵不动</h1>')).toBe('5月LPR按兵不动');
    expect(title('<h1>【独家】5月LPR按兵不动</h1>')).toBe('5月LPR按兵不动');
    expect(title('<h1>深度｜5月LPR按兵不动</h1>')).toBe('5月LPR按兵不动');
    expect(title('<h1>【独家】5月LPR按兵不动</h1>', '【独家】5月LPR按兵不动_新京报')).toBe(
      '【独家】5月LPR按兵不动',
    );
  });
});

describe('readers’ comments and other stories with no class to name them', () => {
  const comment = (i: number) =>
    `<div><span>网友${i}</span> <span>2024-05-20 1${i % 10}:0${i % 10}</span><p>我觉得这个政策很好${i}，希望能够继续降低利率，减轻购房者的负担，支持实体经济发展，大家怎么看？</p></div>`;
  const teaser = (i: number) =>
    `<div><h4><a href="/a/${i}">央行发布第${i}号公告</a></h4><p>我觉得这个政策很好${i}，这是今年以来的又一次操作，业内人士认为后续政策仍有空间。</p><span>2024-05-1${i % 10}</span></div>`;
  // Comments with no who and when: only the heading over them says what they are.
  const plain = (i: number) =>
    `<div><p>我觉得这个政策很好${i}，希望能够继续降低利率，减轻购房者的负担，支持实体经济发展，大家怎么看？</p></div>`;
  // A blog engine's replies side by side in one element, every other one in two paragraphs: each
  // header repeats the story's title (so it reads as prose), then when and who.
  const reply = (i: number) =>
    `<h4><a href="#c${i}">#</a> re: 标题一二三四 <span>2024-05-20 1${i % 10}:0${i % 10}</span> <a>网友${i}</a></h4><p>我觉得这个政策很好${i}，希望能够继续降低利率，减轻购房者的负担，支持实体经济发展，大家怎么看？</p>${i % 2 ? '<p>我觉得这个政策很好，大家怎么看？</p>' : ''}`;
  const page = (heading: string, item = comment) => {
    const items = Array.from({ length: 20 }, (_, i) => item(i)).join('');
    return extractArticle(
      load(
        `<html><head><title>标题一二三四_新京报</title></head><body><h1>标题一二三四</h1><div class="info">2024-05-20 09:47 来源：新京报</div><div><p>${P}</p><p>${Q}</p><p>${P}</p></div><div><h3>${heading}</h3>${items}</div></body></html>`,
      ),
    );
  };
  it.each([
    ['网友评论', comment],
    ['热门跟帖', comment],
    ['评论（20）', comment],
    ['网友评论', plain],
    ['文章评论', plain],
    ['发表评论', plain],
    ['评论列表', plain],
    ['相关阅读', teaser],
    ['猜你喜欢', teaser],
    ['相关内容', plain],
    ['相关链接', plain],
    ['', reply],
    // (No heading: teasers, as many headlines as summaries, and posts, each with who and when,
    // lose to the story's prose.)
    ['', teaser],
    ['', comment],
  ])('under %s, twenty of them do not outweigh the story', (heading, item) => {
    const a = page(heading, item);
    expect(a.model.text).toContain(P);
    expect(a.model.text).not.toContain('我觉得这个政策很好');
    expect(a.metadata.published).toBe('2024-05-20T09:47+08:00');
  });
});

describe('other stories under a heading that names them, however long their summaries', () => {
  // A portal's feed after a short story: each item an outlet and an age, a headline and a long
  // summary (Yahoo's 其他人也在看), the heading nested in wrappers that hold it alone.
  const SUMMARY = `${P.replace('据介绍', '另据报道')}${Q.replace('业内人士', '分析人士')}${P.replace('据介绍', '此前')}`;
  const feed = (heading: string) =>
    `<div><div><h2><div>${heading}</div></h2></div><ul>${Array.from(
      { length: 3 },
      (_, i) =>
        `<li><div><div>新华社·${i + 2} 天前</div><h4><a href="/a/${i}">另一则新闻标题第${i}条</a></h4><div><p>${SUMMARY}${SUMMARY}</p></div></div></li>`,
    ).join('')}</ul></div>`;
  const page = (before: string, after: string) =>
    extractArticle(
      load(
        `<html><head><title>标题一二三四_新京报</title></head><body><h1>标题一二三四</h1><div class="info">2024-05-20 09:47 来源：新京报</div><div>${before}<div><p>${P}</p><p>${Q}</p></div>${after}</div></body></html>`,
      ),
    );
  it.each([
    '其他人也在看',
    '大家都在看',
    '为您推荐',
    '精彩推荐',
    '編輯推薦',
    '你可能也會喜歡',
    '你可能還想看',
    '看了又看',
  ])('under %s, a feed item’s summary is not the story', (heading) => {
    const a = page('', feed(heading));
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
  it('a ranking list whose heading shares its block (點閱排行 over the list) heads that block alone', () => {
    const list = Array.from(
      { length: 6 },
      (_, i) => `<li><a href="/b/${i}">热门新闻标题第${i}条</a></li>`,
    ).join('');
    const a = page(`<div>點閱排行<ul>${list}</ul></div><div>相关阅读<ul>${list}</ul></div>`, '');
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('the next story a page appends under its own headline', () => {
  const next = (h1: string) =>
    `<div><h1><span>${h1}</span></h1><div><div>${Array.from(
      { length: 6 },
      (_, i) => `<p>${P.replace('据介绍', `第${i}段`)}${Q}</p>`,
    ).join('')}</div></div></div>`;
  const page = (h1: string) =>
    extractArticle(
      load(
        `<html><head><title>美官员否认伊朗直升机事故存在谋杀行为_快资讯</title></head><body><div><div><h1>美官员否认伊朗直升机事故存在谋杀行为</h1><div><p>${P}</p><p>${Q}</p></div></div>${next(h1)}</div></body></html>`,
      ),
    );
  it('another <h1> after the headline heads another story, however long', () => {
    expect(page('31岁在春晚一炮而红，观众都以为他隐退了').model.text).toBe(`${P}\n${Q}`);
  });
  it('the headline repeated in an <h1> heads no other story', () => {
    expect(page('美官员否认伊朗直升机事故存在谋杀行为').model.text).toContain('第5段');
  });
});

describe('a live page: its updates, each under its time, stay the story', () => {
  it('twelve updates under a three-paragraph lead are the root, not the lead', () => {
    const updates = Array.from(
      { length: 12 },
      (_, i) =>
        `<div><span>5月20日 1${i % 10}:0${i % 10}</span><p>现场直播第${i}条：希望能够继续降低利率，减轻购房者的负担，市场反应积极。</p></div>`,
    ).join('');
    const a = extractArticle(
      load(
        `<html><head><title>直播：标题一二三四_新京报</title></head><body><h1>直播：标题一二三四</h1><div class="info">2024-05-20 09:47 来源：新京报</div><div><p>${P}</p><p>${Q}</p><p>${P}</p></div><div>${updates}</div></body></html>`,
      ),
    );
    expect(a.model.text).toContain('现场直播第11条');
  });
});

describe('a <title> alone: its headline, not the brand or the date after it', () => {
  const title = (tag: string) =>
    extractArticle(
      load(
        `<html><head><title>${tag}</title></head><body><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata.title;
  it.each([
    ['5月LPR按兵不动 | 端傳媒 Initium Media', '5月LPR按兵不动'],
    ['5月LPR按兵不动 – DW – 2024年5月20日', '5月LPR按兵不动'],
    ['Apple Vision Pro 评测 | 新京报', 'Apple Vision Pro 评测'],
    // A box-drawing bar (U+2502) for the separator.
    ['味全負債258億 債恐由全民來還？│三立新聞網 SETN.COM', '味全負債258億 債恐由全民來還？'],
  ])('%s → %s', (tag, want) => {
    expect(title(tag)).toBe(want);
  });
});

describe('a home or section page whose body is a digest of other stories', () => {
  const page = (items: string[]) =>
    extractArticle(
      load(`<html><head><title>新聞雲</title></head><body><h1>新聞雲</h1>
      <div class="info">2014-12-13 15:11 來源：中央社</div>
      <div class="list">${items.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`),
    );
  const S = [P, Q, P.slice(10), Q.slice(10), P.slice(20), Q.slice(20)];

  it('summaries cut short, summaries stamped with their time, stories each under its own dispatch', () => {
    for (const items of [
      S.map((t) => `${t.slice(0, 40)}...`),
      S.map((t, i) => `${t} (1${i}:1${i})`),
      S.map((t, i) => `【記者王小${'明華強偉傑文'[i]}╱台北報導】${t}`),
    ]) {
      const a = page(items);
      expect(a.signals.digest).toBe(-4.5);
      expect(a.isArticle).toBe(false);
    }
  });

  it('a story with a few lines cut short or quoted with their time is still a story', () => {
    const a = page([`【記者王小明╱台北報導】${P}`, Q, `${P.slice(0, 40)}……`, P, `${Q} (10:30)`, Q]);
    expect(a.signals.digest).toBeUndefined();
    expect(a.isArticle).toBe(true);
    // (Nor is prose that trails off with ……, however often.)
    expect(page(S.map((t) => `${t.slice(0, 40)}……`)).signals.digest).toBeUndefined();
  });
});

describe('a <title> that names only the site, the headline in a plain line', () => {
  it('the line right before the story, or the story’s first line, is the headline', () => {
    const before = extractArticle(
      load(`<html><head><title>公共電視台 新聞網</title><meta property="og:title" content="-公視新聞網"></head><body>
      <table><tr><td><b><a href="/">公視新聞網</a> / <a href="/k">醫療</a></b></td></tr>
      <tr><td>中風年輕化 劉泰英14歲孫子腦溢血</td></tr><tr><td>點閱：208次</td></tr>
      <tr><td><p>${P}</p><p>${Q}</p></td></tr></table></body></html>`),
    );
    expect(before.metadata.title).toBe('中風年輕化 劉泰英14歲孫子腦溢血');
    expect(before.model.text).toBe(`${P}\n${Q}`);
    const first = extractArticle(
      load(`<html><head><title>中國廣播公司全球資訊網</title></head><body><div class="nsa3">
      <div class="tt26">強烈大陸冷氣團明發威 愈晚愈冷</div><div>${P}</div><div>${Q}</div></div></body></html>`),
    );
    expect(first.metadata.title).toBe('強烈大陸冷氣團明發威 愈晚愈冷');
    expect(first.model.text).toBe(`${P}\n${Q}`);
  });

  it('the line before an info line whose labels hold commas (来源：离休办，退休办) is the headline', () => {
    const a = extractArticle(
      load(`<html><head><title>广东药科大学</title></head><body><div class="dhx">首页 > 新闻中心 > 广药要闻</div>
      <div><div>学校举行2018年离退休老同志迎春茶话会</div>
      <div>发布时间：2018-02-07 来源：离休办，退休办，党政办 点击量：830</div>
      <div>${P}</div><div>${Q}</div></div></body></html>`),
    );
    expect(a.metadata.title).toBe('学校举行2018年离退休老同志迎春茶话会');
  });

  it('taking the headline out of the body keeps the info lines’ places in it', () => {
    const body = extractArticle(load(`<html><body><p>${P}</p><p>${Q}</p></body></html>`)).blocks;
    const result = { blocks: [...body], metaLines: ['a', 'b'], metaAfter: [0, 2], subtitle: '', all: [] };
    dropFirstBlock(result);
    expect(result.blocks).toEqual(body.slice(1));
    // (A line before the headline stays first; one after two blocks is now after one.)
    expect(result.metaAfter).toEqual([0, 1]);
  });

  it('a section’s number, a dated line, a <title> name or a caption is no headline', () => {
    for (const line of [
      '一、培养目标与要求',
      '2014/12/11 18:58 綜合報導',
      '北京大学医学部新闻网',
      '图为会议现场的代表们',
    ]) {
      const a = extractArticle(
        load(`<html><head><title>北京大学医学部新闻网</title></head><body>
        <div>${line}</div><div><p>${P}</p><p>${Q}</p></div></body></html>`),
      );
      expect(a.metadata.title).toBe('北京大学医学部新闻网');
      expect(a.model.text).toContain(P);
    }
  });
});

describe('prose whose clauses end in spaces, not commas (blogs, older Taiwanese pages)', () => {
  it('outweighs short comments that have commas', () => {
    const lines = [
      '一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣',
      '玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到國小',
      '美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地',
      '第二次造訪發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運',
    ];
    const story = Array.from({ length: 4 }, () => lines.map((l) => `<p>${l}</p>`).join('')).join('');
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="c"><p>網友${i}晚安：</p><p>好美，謝謝分享！</p><p>下次一定要去，真的很棒。</p></div>`,
    ).join('');
    const a = extractArticle(
      load(
        `<html><body><h1>美樹營地賞楓</h1><div class="post">${story}</div><div>${comments}</div></body></html>`,
      ),
    );
    expect(a.model.text.split('\n').slice(0, 4)).toEqual(lines);
    expect(a.model.text).not.toContain('謝謝分享');
  });

  it('a space after a short word is no clause break (新竹 尖石 楓紅)', () => {
    expect(spaceBreaks('一波波接續性低溫寒流報到 已將新竹尖石鄉後山')).toBe(1);
    expect(spaceBreaks('新竹 尖石 楓紅 露營 賞楓 美樹營地')).toBe(0);
    expect(spaceBreaks('接續性低溫寒流報到 2014年')).toBe(0);
  });
});

describe('the story inside an element named for related stories (風傳媒’s mixRelatedNewsBlk)', () => {
  const sentences = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div>${i % 2 ? P : Q}</div>`).join('');
  const page = (inside: string, outside = '') =>
    extractArticle(
      load(`<html><head><title>風傳媒\u3000一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！</title></head><body>
        <p class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/n">國際</a></p>
        <h3 class="innerBigNewsTitle">油價跌跌不休 重挫歐美股市</h3><div class="date">2014年12月13日 09:27</div>
        <div class="share"><a>分享</a></div>${outside}
        <div class="mixRelatedNewsBlk"><div class="newsDescBlk">${inside}</div></div>
        <div class="relatedNews"><h4>你可能也會喜歡</h4><a href="/1">美股收盤</a><a href="/2">油價新低</a></div>
        </body></html>`),
    );

  it('is the story when the page has none outside it; its heading the headline', () => {
    const a = page(sentences(6));
    expect(a.model.text.split('\n')).toHaveLength(6);
    expect(a.isArticle).toBe(true);
    // (<title> holds the site's name and slogan, which the page does not show.)
    expect(a.metadata.title).toBe('油價跌跌不休 重挫歐美股市');
    expect(a.junk.map((j) => j.text).join('\n')).not.toContain('據介紹');
    expect(a.junk.some((j) => j.kind === 'related-links' && j.text.startsWith('你可能也會喜歡'))).toBe(true);
    for (const label of ['你可能也會喜歡', '你可能会喜欢', '你可能會感興趣的新聞'])
      expect(junkKindOfText(label)).toBe('related-links');
  });

  it('stays a list when the story is outside it, or when it links its stories', () => {
    const outside = page(sentences(6), `<div class="content"><p>${P}</p><p>${Q}</p></div>`);
    expect(outside.model.text).toBe(`${P}\n${Q}`);
    const linked = page(Array.from({ length: 6 }, (_, i) => `<div><a href="/${i}">${P}</a></div>`).join(''));
    expect(linked.model.text).not.toContain(P);
  });
});

describe('body: a comment counter’s menu after the story', () => {
  it('is left out however long, with the section labels above it; a sentence after the story stays', () => {
    const page = (tail: string) =>
      extractArticle(
        load(`<html><head><title>证监会暂停IPO发行_网易财经</title></head><body><h1>证监会暂停IPO发行</h1>
          <div class="post_text"><p>${P}</p><p>${Q}</p>${tail}</div></body></html>`),
      ).model.text;
    const menu = '<p><b>证券要闻</b></p><p>0 人参与</p><p>网友跟贴 0人跟贴 | 0人参与 | 手机发跟贴 | 注册</p>';
    expect(page(menu)).toBe(`${P}\n${Q}`);
    // (A last line with long items between its bars is the story's.)
    const story = '<p>记者从证监会获悉 | 此次暂停发行的新股涉及十家公司和多家保荐机构</p>';
    expect(page(story)).toContain('此次暂停发行的新股');
  });
});
