// @vitest-environment jsdom
// Shapes from session 39's pages no test had seen (聯合報, 自由時報, 中時新聞網, 上報, TVBS, 香港經濟日報,
// 文匯報 …), each reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { withoutChannel } from '../../../lib/extract/source';
import { labelledSource } from '../../../lib/extract/line-sources';
import { scriptTimes } from '../../../lib/extract/meta-tags';
import { isMetaLine } from '../../../lib/extract/meta-lines';
import { titledName } from '../../../lib/extract/unkeyed-credits';
import { load } from './shapes';
import { P, Q, storyPage } from './shapes';

describe('a writer credited under an editor’s title', () => {
  it('is the author and no editor (編輯 陳妍如 報導)', () => {
    expect(parseBylineLine('編輯 陳妍如 報導')).toEqual({ authors: ['陳妍如'] });
    // (The editor's own credit stays one.)
    expect(parseBylineLine('編輯：陳妍如').editor).toBe('陳妍如');
  });
});

describe('a desk in the credit’s brackets', () => {
  it('names no outlet (〔體育中心／綜合報導〕, 〔國際中心／綜合報導〕)', () => {
    for (const line of [
      '〔體育中心／綜合報導〕中信兄弟金手套游擊手昨天敲出再見轟',
      '〔國際中心／綜合報導〕',
    ]) {
      expect(parseBylineLine(line).source, line).toBeUndefined();
    }
    // (An outlet in the same place stays one.)
    expect(parseBylineLine('【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出').source).toBe('財訊快報');
  });
});

describe('an embedded post that waits for consent', () => {
  const embed = `<div data-e2e="instagram-embed"><div><a href="#end-of-instagram-content"><span>跳过 Instagram 帖子</span></a><div><div data-testid="consentBanner" id="consentBanner-DRqTEXIj0Z7"><strong>允许Instagram内容</strong><p>此文包含Instagram提供的内容。由于这些内容会使用曲奇或小甜饼等科技，我们在加载任何内容前会寻求您的认可。 希望阅读上述内容，请点击“接受并继续”。</p><button type="button">Accept and continue</button></div><small>告知: BBC 不对外来网站内容负责</small></div><p id="end-of-instagram-content">结尾 Instagram 帖子</p></div></div>`;

  it('leaves the body with its frame (跳过 … 帖子, the consent banner, the disclaimer, 结尾 … 帖子)', () => {
    const text = extractArticle(
      storyPage(
        '香港大埔宏福苑大火幸存者',
        '2025年11月30日',
        `<p>${P}</p>${embed}<p>${Q}</p><p>${P}${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q, P + Q]);
  });
});

describe('a photo agency’s name closing a caption', () => {
  it('makes it a caption (共享充电宝。视觉中国 资料)', () => {
    for (const caption of [
      '共享充电宝。视觉中国 资料',
      '北京街头的共享单车。东方IC',
      '市民在排队。视觉中国',
    ]) {
      const text = extractArticle(
        storyPage(
          '共享充电宝涨价',
          '2019-09-26 12:11 来源：澎湃新闻',
          `<div class="news_txt"><div style="text-align:center;"><img src="/a.jpg"></div><span style="color: gray">${caption}</span><br>${P}<br>${Q}<br>${P}${Q}</div>`,
        ),
      ).model.text;
      expect(text.split('\n')[0], caption).toBe(P);
    }
  });

  it('is no sentence that names the agency (…收购视觉中国的股份。)', () => {
    const line = '公司昨日发布公告称，将收购视觉中国的部分股份，交易尚需监管部门批准。';
    const text = extractArticle(storyPage('公告', '2019-09-26', `<p>${line}</p><p>${P}</p><p>${Q}</p>`)).model
      .text;
    expect(text.split('\n')[0]).toBe(line);
  });
});

describe('a source the page’s script sets for its template', () => {
  const page = (script: string) =>
    extractArticle(
      load(
        `<html><head><title>别笑！18人的“新八国联军”今天成立了</title><script>${script}</script></head><body><h1>别笑！18人的“新八国联军”今天成立了</h1><div class="info">2020-06-05 20:35 来源：<span class="source"></span></div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata.source;

  it('is the source where the page shows none (window.global = { source: …, // 来源 })', () => {
    expect(
      page(
        "window.global = { id: '3yWyyCuSR4w', category: '国际新闻', source: '环球时报新媒体', // 来源\n aPage: true };",
      ),
    ).toBe('环球时报新媒体');
    // (A WeChat account's words go: 补壹刀微信公号 is 补壹刀.)
    expect(page("window.global = { source: '补壹刀微信公号', mpStatus: 0 };")).toBe('补壹刀');
  });

  it('is no address or code (source: "web", source: "https://…")', () => {
    expect(page("var cfg = { source: 'web', src: 'https://example.com/a.js' };")).toBe('');
  });
});

describe('a channel after the outlet’s name', () => {
  it('goes (上報 / 流行)', () => {
    expect(withoutChannel('上報 / 流行')).toBe('上報');
    expect(withoutChannel('上報 / 評論')).toBe('上報');
  });
});

describe('a short story in a frame of many links', () => {
  const lead =
    '在大嶼山玩滑翔傘失蹤6天的男子今日中午在大東山被尋回，並證實已經死亡。飛行服務隊發放現場最新圖片。';
  const page = (description: string) => {
    const nav = Array.from(
      { length: 120 },
      (_, k) => `<li><a href="/c/${k}">頻道欄目第${k}項新聞</a></li>`,
    ).join('');
    return extractArticle(
      load(
        `<html><head><title>【滑翔失蹤】飛行服務隊發放現場圖片 - 香港經濟日報 - TOPick</title><meta name="description" content="${description}"></head><body><ul class="menu-list">${nav}</ul><h1>【滑翔失蹤】飛行服務隊發放現場圖片</h1><div class="date">2018-07-27 14:36</div><div class="article-detail-content-container"><p>${lead}</p><p>${P}</p><p>${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p></div></body></html>`,
      ),
    );
  };

  it('is an article when the page describes itself by the story’s opening', () => {
    expect(page(lead.slice(0, 60)).isArticle).toBe(true);
  });

  it('gains nothing by a description of the site', () => {
    // (An article still, since session 41: a story of sentences only, 300 hanzi or more, under its
    // dated headline loses at most 1.5 to its frame's link lists.)
    const site = page(
      '香港經濟日報TOPick提供最新香港新聞、娛樂、生活資訊，緊貼潮流，為讀者帶來最快最全面的報道。',
    );
    expect(site.signals.described).toBeUndefined();
    expect(site.confidence).toBeLessThan(page(lead.slice(0, 60)).confidence);
  });
});

describe('a section page of teasers, each its own <article>', () => {
  const teaser = (k: number, cls: string) =>
    `<div class="content-art-box"><article class="${cls}"><h2><a href="/2018/07/30/IN18073000${k}.htm">第${k}則即時新聞的標題 港生獲獎牌</a></h2><p class="date">[ 30日 1${k}:42 ]</p><p class="txt">${k % 2 ? P + Q : Q + P}</p><div class="detail"><a href="/2018/07/30/IN18073000${k}.htm">[詳細]</a></div></article></div>`;
  const page = (items: string) =>
    extractArticle(
      load(
        `<html><head><title>即時香港-快訊-文匯網</title></head><body><h1 class="position">快訊&gt;&gt;<span>即時香港</span></h1><section class="content">${items}</section><footer>香港大公文匯全媒體中心版權所有</footer></body></html>`,
      ),
    );

  it('is no article (<article class="content-art"> six times, each under its headline’s link)', () => {
    expect(page([1, 2, 3, 4, 5, 6].map((k) => teaser(k, 'content-art')).join('')).isArticle).toBe(false);
  });

  it('is no article when they are items of a list, whatever their classes (a stream of <li>s)', () => {
    const item = (k: number) =>
      `<li class="x${k}a"><div class="x${k}b"><h3 class="x${k}c"><a href="/2018/07/30/IN18073000${k}.htm">第${k}則即時新聞的標題 港生獲獎牌</a></h3><p class="x${k}d">${k === 1 ? P + Q + P + Q + P + Q : Q}</p></div></li>`;
    expect(page(`<ul>${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul>`).isArticle).toBe(false);
  });

  it('leaves a story with related cards an article', () => {
    const story = extractArticle(
      load(
        `<html><head><title>港生獲5獎牌 - 文匯網</title></head><body><article class="story"><h1>港生獲5獎牌</h1><div class="date">2018-07-30 15:42 來源：文匯網</div><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></article>${[1, 2, 3].map((k) => teaser(k, 'card')).join('')}</body></html>`,
      ),
    );
    expect(story.isArticle).toBe(true);
    expect(story.model.text.split('\n')[0]).toBe(P);
  });
});

describe('a source label over Latin words', () => {
  it('names no outlet when they are the original story’s headline (文章來源：The Netherlands gifted Ukraine …)', () => {
    expect(
      labelledSource(
        '文章來源：The Netherlands gifted Ukraine a fleet of F-16 fighter jets 9 years after the crash',
      ),
    ).toBeUndefined();
  });

  it('names the outlet in all its words, or in hanzi after them', () => {
    expect(labelledSource('來源：Wall Street Journal')).toBe('Wall Street Journal');
    expect(labelledSource('來源：The News Lens 關鍵評論網')).toBe('關鍵評論網');
    expect(labelledSource('来源：Bloomberg 彭博社 编辑：张三')).toBe('彭博社');
    expect(labelledSource('來源：Reuters')).toBe('Reuters');
    // (A word that is no outlet's name after it stays out: 來源：TVBS 新聞.)
    expect(labelledSource('來源：TVBS 新聞')).toBe('TVBS');
  });
});

describe('a video channel’s subscribe box in the story', () => {
  it('leaves the body (訂閱影音：中時新聞網)', () => {
    const box = `<div class="subscribe-channel clear-fix"><div class="size-container"><div class="title-text">訂閱影音：</div><ul class="channel-group"><li><span class="channel-name">中時新聞網</span><div class="g-ytsubscribe"></div></li></ul></div></div>`;
    const text = extractArticle(
      storyPage(
        '42架F-16戰機給烏克蘭',
        '2023-08-28 09:37 中時新聞網 楊幼蘭',
        `<figure><img src="/a.jpg">${box}</figure><p>${P}</p><p>${Q}</p><p>${P}${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')[0]).toBe(P);
  });
});

describe('a publish time a counter script keeps in a table', () => {
  it('is read (ejValue[\'publishDateTime\']="2018-06-29 15:23:00")', () => {
    const doc = load(
      `<html><head><script>var ejValue={};\n\tejValue['currentGMT']="2018-06-29T07:55:23+00:00";\n\tejValue['publishDateTime']="2018-06-29 15:23:00";</script></head><body></body></html>`,
    );
    expect(scriptTimes(doc)).toEqual(['2018-06-29 15:23:00']);
  });

  it('is the published time of a page that shows only 今日 15:23', () => {
    const page = extractArticle(
      storyPage(
        '銀保監向6險企發監管函 劍指違規投資',
        '今日 15:23',
        `<p>${P}</p><p>${Q}</p>`,
        `<script>var ejValue={};ejValue['publishDateTime']="2018-06-29 15:23:00";</script>`,
      ),
    );
    expect(page.metadata.published).toBe('2018-06-29T15:23:00+08:00');
  });
});

describe('a line that credits who helped report the story', () => {
  it('is a credit, not the story (…巴黎补充报道, 实习生…对本文亦有贡献)', () => {
    expect(isMetaLine('帕特里克•麦吉(Patrick McGee)法兰克福、戴维•基奥恩(David Keohane)巴黎补充报道')).toBe(
      true,
    );
    expect(isMetaLine('（实习生王金茹对此文亦有贡献）')).toBe(true);
    // (A sentence that ends in the words is the story's: …記者補充報導。 after a sentence.)
    expect(isMetaLine('警方表示將擴大調查。現場記者隨後補充報導')).toBe(false);
  });

  it('leaves the body, and its names are no authors', () => {
    const page = extractArticle(
      storyPage(
        '欧盟否决西门子-阿尔斯通铁路业务合并案',
        '2019年2月7日 英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道',
        `<p>${P}</p><p>${Q}</p><p>${P}${Q}</p><p>帕特里克•麦吉(Patrick McGee)法兰克福、戴维•基奥恩(David Keohane)巴黎补充报道</p>`,
      ),
    );
    expect(page.model.text.split('\n').at(-1)).toBe(P + Q);
    expect(page.metadata.authors).not.toContain('戴维•基奥恩');
  });
});

describe('a name on its own line beside the reporter’s title', () => {
  it('is the author (尼克·馬什（Nick Marsh）, BBC亞洲商業事務記者; 関谷智, 国際部記者)', () => {
    expect(
      titledName(['BBC亞洲商業事務記者', '尼克·馬什（Nick Marsh）', '中國經濟是一顆「定時炸彈」嗎？']),
    ).toEqual(['尼克·馬什']);
    expect(titledName(['関谷智', '国際部記者'])).toEqual(['関谷智']);
  });

  it('is the author as a screen reader hears the labels (Author, 李雨梦 / Role, BBC中文记者)', () => {
    expect(titledName(['Author, 李雨梦', 'Role, BBC中文记者', '2025年11月30日'])).toEqual(['李雨梦']);
    expect(titledName(['Role, BBC中文记者', 'Author, 李雨梦'])).toEqual(['李雨梦']);
  });

  it('is no editor’s title, nor a heading of four hanzi with no surname', () => {
    expect(titledName(['卓冠齊', '編輯'])).toEqual([]);
    expect(titledName(['相關主題', '本報記者'])).toEqual([]);
    expect(titledName(['王小明', '2023年8月31日'])).toEqual([]);
  });

  it('credits the page’s writer', () => {
    const page = extractArticle(
      storyPage(
        '中國經濟是一顆「定時炸彈」嗎？',
        '<div class="byline"><span>尼克·馬什（Nick Marsh）</span><br><span>BBC亞洲商業事務記者</span></div><time>2023年8月31日</time>',
        `<p>${P}</p><p>${Q}</p><p>${P}${Q}</p>`,
      ),
    );
    expect(page.metadata.authors).toEqual(['尼克·馬什']);
  });
});

describe('a list whose teasers each close with their time', () => {
  const item = (k: number) =>
    `<div class="busBox3"><div><h3><a href="/a/2025101${k}/WS68f0d4f2.html">第${k}则专稿的标题实现双赢目标</a></h3><p>${(k % 2 ? P : Q).slice(0, 20 + k * 2)}<b>2025-10-16 19:${10 + k}</b></p></div></div>`;

  it('is no article (…接连传来捷报2025-10-16 19:19, twenty times)', () => {
    const page = extractArticle(
      load(
        `<html><head><title>中国日报专稿</title></head><body><h1>中国日报专稿</h1><div class="left-liebiao">${Array.from({ length: 20 }, (_, k) => item(k + 1)).join('')}</div></body></html>`,
      ),
    );
    expect(page.isArticle).toBe(false);
  });

  it('leaves a story whose one paragraph closes with a time an article', () => {
    const page = extractArticle(
      storyPage(
        '珠江流域水工程调度实现双赢',
        '2025-10-16 19:19 来源：中国日报网',
        `<p>${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p><p>${P}2025-10-16 19:19</p>`,
      ),
    );
    expect(page.isArticle).toBe(true);
  });
});

describe('a labelled time in the head weeks before the meta tag’s', () => {
  const page = (info: string) =>
    extractArticle(
      storyPage(
        '关于申报2025年项目的通知',
        info,
        `<p>${P}</p><p>${Q}</p><p>${P}${Q}</p>`,
        '<meta name="PubDate" content="2025-03-27 09:36:38"/>',
      ),
    ).metadata.published;

  it('is the publication (日期：2025-02-26 11:54 under a PubDate of 2025-03-27)', () => {
    expect(page('日期：2025-02-26 11:54 来源：')).toBe('2025-02-26T11:54+08:00');
  });

  it('is not, unlabelled: the meta tag’s time stands', () => {
    expect(page('2025-02-26 11:54')).toBe('2025-03-27T09:36:38+08:00');
  });
});

describe('a government site’s sponsor in its footer', () => {
  it('is the source where the page credits none (主办单位：甘肃省发展和改革委员会)', () => {
    const page = extractArticle(
      load(
        `<html><head><title>关于申报2025年项目的通知</title></head><body><h1>关于申报2025年项目的通知</h1><div class="info">日期：2025-02-26 11:54 来源：</div><div class="content"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div><div class="footer"><p>关于本站 | 网站地图</p><p>主办单位：甘肃省发展和改革委员会</p><p>运营维护：甘肃省发展和改革委员会电子政务中心</p><p>备案编号：陇ICP备05003927号-4</p></div></body></html>`,
      ),
    );
    expect(page.metadata.source).toBe('甘肃省发展和改革委员会');
  });
});

describe('a slash dateline with the page’s times after it', () => {
  it('names its writer (陳宥蓁／綜合報導 發布時間： 2023-08-22 18:28 更新時間：…)', () => {
    expect(
      parseBylineLine('陳宥蓁／綜合報導 發布時間： 2023-08-22 18:28 更新時間： 2023-08-22 18:29').authors,
    ).toEqual(['陳宥蓁']);
    expect(parseBylineLine('王小明／台北報導 發布時間：2023-08-22 18:28').authors).toEqual(['王小明']);
  });
});

describe('a headline with its column, under a <title> of the site’s name alone', () => {
  const page = (h1: string) =>
    extractArticle(
      load(
        `<html><head><title>腾讯网</title></head><body><div class="nav"><a href="/">首页</a></div><div class="qq_article"><div class="hd"><h1>${h1}</h1><div class="info">2019-09-23 07:48 棱镜</div></div><div class="Cnt-Main-Article-QQ"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div></div></body></html>`,
      ),
    ).metadata.title;

  it('is the headline (棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等)', () => {
    expect(page('棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等')).toBe(
      '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等',
    );
  });

  it('is no breadcrumb (首页 > 财经 > 金融市场)', () => {
    expect(page('首页 > 财经频道 > 金融市场')).not.toBe('首页 > 财经频道 > 金融市场');
  });
});

describe('a title element that holds the info line under its headline', () => {
  it('gives the headline alone where there is no <title> (来源：新华社 作者： after it)', () => {
    const page = extractArticle(
      load(
        `<html><head><title></title></head><body><div class="detil-new-title"><div>习近平主持召开深入推进长三角一体化发展座谈会</div><ul><li>来源：新华社</li><li>作者：</li><li>2023-12-01 14:43</li></ul></div><div class="detil-new-cont" id="content"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div></body></html>`,
      ),
    );
    expect(page.metadata.title).toBe('习近平主持召开深入推进长三角一体化发展座谈会');
  });
});

describe('a writer’s credit glued to the lead, the name first', () => {
  it('is the author, and leaves the lead (…靠己維生。李佳玲╱報導•攝影)', () => {
    expect(parseBylineLine('李佳玲╱報導•攝影').authors).toEqual(['李佳玲']);
    const lead =
      '「口香糖，一條20元，對不起，我無法說話。」41歲的龍哥父母雙亡，他已能使用電動輪椅販賣口香糖，靠己維生。';
    const page = extractArticle(
      storyPage('腦麻男 掛紙板賣糖', '2015-05-18', `<p>${lead}李佳玲╱報導•攝影</p><p>${P}</p><p>${Q}</p>`),
    );
    expect(page.metadata.authors).toEqual(['李佳玲']);
    expect(page.model.text.split('\n')[0]).toBe(lead);
  });
});
