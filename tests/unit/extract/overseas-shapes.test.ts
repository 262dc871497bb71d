// @vitest-environment jsdom
// Shapes met on Hong Kong, Malaysian and overseas pages no test used before (明報 2012, 東方日報,
// 文学城, BBC, RFI), each reduced to the markup that matters. Each test failed before the rule it
// names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfClass, junkKindOfText } from '../../../lib/extract/patterns';
import { titleSegments } from '../../../lib/extract/title-segments';
import { load, P, Q, storyPage } from './shapes';

describe('junk lines', () => {
  it('a template’s untranslated keys and an empty read counter are junk; prose and a domain in it are not', () => {
    expect(junkKindOfText('selfpromo.newsletter.titleselfpromo.newsletter.text')).toBe('other');
    expect(junkKindOfText('(被阅读 次)')).toBe('share-bar');
    expect(junkKindOfText('（被閱讀 1024 次）')).toBe('share-bar');
    expect(junkKindOfText('他說，詳情可上官網example.com.tw查詢。')).toBeNull();
  });
});

describe('readers’ comments inside the story’s element', () => {
  const comment = (who: string, time: string, text: string) =>
    `<div class="reply"><strong>${who}</strong> 发表评论于 <time>${time}</time></div><div class="summary">${text}</div>`;
  it('go from the first comment’s header on, whether its element was pruned or not', () => {
    const a = extractArticle(
      storyPage(
        '中国人获美签证暴减45%',
        '2019-11-24 09:17:27',
        `<p>${P}</p><p>${Q}</p>${comment('Snowflower11', '2019-11-24 18:51:16', 'MIT校长还是那个委内瑞拉的移民吧，他肯定会说移民好处。')}${comment('黄桷树', '2019-11-24 18:44:52', '下面国色客气了，应该是富人都往北朝鲜跑才合适吧？')}`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.metadata.published).toBe('2019-11-24T09:17:27+08:00');
  });
  it('one such line is a quote, not a list of comments', () => {
    const line = '网友小明 发表评论于 2019-11-24 18:51:16，引来上千回复。';
    expect(
      extractArticle(storyPage('标题', '2019-11-24 09:17', `<p>${P}</p><p>${line}</p><p>${Q}</p>`)).model
        .text,
    ).toBe(`${P}\n${line}\n${Q}`);
  });
});

describe('credits that name no one', () => {
  it('a share bar’s platform (分享平台 WhatsApp) names no source and no author', () => {
    const a = extractArticle(
      load(
        `<html><head><title>世贸批准中国制裁美国 - BBC News 中文</title><meta property="og:site_name" content="BBC News 中文"></head><body><h1>世贸批准中国制裁美国</h1><ul><li><a href="#">分享平台 WhatsApp</a></li><li><a href="#">分享平台 微博</a></li></ul><div class="date">2019年 11月 2日</div><div class="story"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.source).toBe('BBC News 中文');
    expect(a.metadata.authors).toEqual([]);
  });
  it('places and a day before 讯 in brackets are a dateline, not reporters', () => {
    expect(parseBylineLine('（华盛顿、北京22日讯）美国《华尔街日报》报导').authors).toBeUndefined();
    expect(parseBylineLine('（吉隆坡22日讯）首相今日宣布').authors).toBeUndefined();
    expect(parseBylineLine('（中央社記者王小明台北22日電）').authors).toEqual(['王小明']);
  });
  it('a dateline naming no outlet is the paper’s own dispatch, and the reporter after it is read', () => {
    expect(parseBylineLine('（新山20日讯）报道：林明华')).toEqual({ ownPaper: true, authors: ['林明华'] });
    const a = extractArticle(
      load(
        `<html><head><title>首相宣布新措施 | 星洲日报</title><meta property="og:site_name" content="星洲日报"></head><body><h1>首相宣布新措施</h1><div class="time">2024年5月20日 09:47</div><div class="story"><p>（吉隆坡20日讯）报道：林明华</p><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata).toMatchObject({ source: '星洲日报', authors: ['林明华'] });
  });
});

describe('headline, subtitle and lead', () => {
  it('a day’s code closing <title> is a segment of its own', () => {
    expect(titleSegments('明報新聞網-要聞-要聞--港男頂證同志富商非禮-20120517')).toEqual([
      '明報新聞網-要聞-要聞',
      '港男頂證同志富商非禮',
      '20120517',
    ]);
  });
  const page = (lead: string) =>
    load(
      `<html><head><title>明報新聞網-要聞-要聞--港男頂證同志富商非禮-20120517</title></head><body><div class="content_col"><h1>港男頂證同志富商非禮<br><br>被誘拍裸照  慫恿當男妓</h1><br>${lead}<br><div id="inewscontent"></div><div class="content_medium" id="newscontent02"><p>${P}</p><p>${Q}</p><p>${P}</p><p>${Q}</p></div></div></body></html>`,
    );
  it('the line after a break in the headline is the subtitle, and the root’s own kind before it the lead', () => {
    const a = extractArticle(page(`<div class="content_medium" id="newscontent01">【明報專訊】${Q}</div>`));
    expect(a.metadata.title).toBe('港男頂證同志富商非禮');
    expect(a.metadata.subtitle).toBe('被誘拍裸照 慫恿當男妓');
    expect(a.model.text).toBe(`【明報專訊】${Q}\n${P}\n${Q}\n${P}\n${Q}`);
  });
  it('a block of another kind opened by a dispatch’s credit is the lead too; one without is not', () => {
    expect(extractArticle(page(`<div class="lead-in">【明報專訊】${Q}</div>`)).model.text).toBe(
      `【明報專訊】${Q}\n${P}\n${Q}\n${P}\n${Q}`,
    );
    expect(extractArticle(page(`<div class="promo">${Q}</div>`)).model.text).toBe(`${P}\n${Q}\n${P}\n${Q}`);
  });
});

describe('more shapes of the same set', () => {
  it('Tailwind’s padding (pl-3) names no comments: the lead in it stays', () => {
    expect(junkKindOfClass('border-primary mb-6 block border-l-4 pl-3 md:mb-8')).toBeNull();
    expect(junkKindOfClass('pl')).toBe('comments');
  });
  it('a paragraph inside a <figcaption> is a caption', () => {
    const a = extractArticle(
      storyPage(
        '亚罗士打屋子被查封',
        '2023-11-10 12:00',
        `<figure><img src="a.jpg" alt=""><figcaption><div id="ad"></div><p>执法人员挂上关闭令的布条。</figcaption></figure><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
  it('authors a meta tag names in Latin letters, between commas, are read', () => {
    const a = extractArticle(
      storyPage(
        '贸易协议意味着什么',
        '2019-10-14 10:43',
        `<p>${P}</p><p>${Q}</p>`,
        '<meta name="byline" content="KEITH BRADSHER,ANA SWANSON">',
      ),
    );
    expect(a.metadata.authors).toEqual(['KEITH BRADSHER', 'ANA SWANSON']);
  });
  it('a newsletter’s pitch in brackets and a paywall’s lines are junk', () => {
    for (const line of [
      '[欢迎点击此处、或发送邮件至cn.letters@nytimes.com订阅《 纽约时报》中文简报。]',
      '此文章为早报 订户 专享内容，什么是订户专享内容？',
      '已是早报订户，请您登录后继续阅读全文。',
      '请您选择以下方式，阅读全文：',
      '，以继续阅读全文！',
      '新用户体验价，每月只需 $0.99*。',
    ])
      expect(junkKindOfText(line), line).not.toBeNull();
  });
  it('a reporter of another outlet in brackets after a dispatch is the author', () => {
    expect(parseBylineLine('【大纪元2011年06月03日讯】（新纪元周刊记者李佳采访报导）日本管理学专家')).toEqual(
      {
        source: '大纪元',
        authors: ['李佳'],
      },
    );
    expect(parseBylineLine('（記者王小明綜合報導）').authors).toEqual(['王小明']);
  });
  it('a list of summaries each cut short by WordPress’s […] is a digest', () => {
    const item = (i: number) =>
      `<div class="post"><h2><a href="/a/${i}">标题${i}号新闻</a></h2><p>${P.slice(0, 40)} […]</p><div class="meta">2020-01-0${i} 作者：古立</div></div>`;
    const page = load(
      `<html><head><title>【贸易战】标签文章列表</title></head><body><h1>【贸易战】标签文章列表</h1><div class="list">${[1, 2, 3, 4, 5, 6, 7].map(item).join('')}</div></body></html>`,
    );
    expect(extractArticle(page).isArticle).toBe(false);
  });
});

describe('a logo heading that shows the site’s name', () => {
  it('is not the headline when <title> names the site in several segments after it', () => {
    const a = extractArticle(
      load(
        `<html><head><title>面对种族歧视，务必认清问题 - Academia | SG</title></head><body><header><h1 class="site-title">Academia | SG</h1><p class="site-description">Promoting Scholarship Of/By/For Singapore</p></header><article><h2 class="entry-title">面对种族歧视，务必认清问题</h2><div class="entry-meta">2021-06-15</div><div class="entry-content"><p>${P}</p><p>${Q}</p></div></article></body></html>`,
      ),
    );
    expect(a.metadata.title).toBe('面对种族歧视，务必认清问题');
  });
});

describe('a sidebar of other stories printed in full', () => {
  it('under its 最新新聞 heading is not the story, and its category link 影視 no outlet', () => {
    const other = (i: number) =>
      `<div class="item"><a class="td-post-category" href="/category/film/">影視</a><h3>別的新聞第${i}則標題</h3><p>${P}${Q}</p><p>${Q}${P}</p></div>`;
    const a = extractArticle(
      load(
        `<html><head><title>木棉花新番燃啟2025 - 立報傳媒</title><meta property="og:site_name" content="立報傳媒"></head><body><div class="td-main-content"><h1>木棉花新番燃啟2025</h1><div class="meta"><a href="/category/film/">影視</a> 潘韜宇 2025-01-02</div><div class="td-post-content"><p>${P}</p><p>${Q}</p></div></div><div class="td-main-sidebar"><article><div class="td-block-title-wrap"><h4>最新新聞</h4></div><div class="td_block_inner">${[1, 2, 3].map(other).join('')}</div></article></div></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.metadata.source).toBe('立報傳媒');
  });
});

describe('a <title> of site names, one of them in Latin words', () => {
  it('names no headline: the bold line over the story is it', () => {
    const page = load(
      `<html><head><title>明報新聞網海外版 - 明報加東版(多倫多) - Ming Pao Canada Toronto Chinese Newspaper - 中國</title></head><body>
      <table><tr><td><a href="/">昔日明報</a></td></tr></table>
      <table><tr><td><b><font color="#006666">&nbsp;睇片自學做變性手術 杭州男幫少年切睾丸判囚3年6月</font></b></td></tr>
      <tr><td><p>【明報專訊】${P}</p><p>${Q}</p></td></tr></table></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.metadata.title).toBe('睇片自學做變性手術 杭州男幫少年切睾丸判囚3年6月');
    expect(a.model.text).toBe(`【明報專訊】${P}\n${Q}`);
  });
  it('a headline in Latin words among them is still the headline', () => {
    expect(titleSegments('Trade talks resume in Geneva - 明報加東版')).toHaveLength(2);
    const page = load(
      `<html><head><title>Trade talks resume in Geneva after 2 years - 明報加東版</title></head><body><div><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(page).metadata.title).toBe('Trade talks resume in Geneva after 2 years');
  });
});

describe('a WordPress story’s last paragraph', () => {
  it('under the editor’s size preset (p.has-medium-font-size) is the story’s, not a font-size control', () => {
    expect(junkKindOfClass('has-medium-font-size')).toBeNull();
    expect(junkKindOfClass('article-font-size')).toBe('font-size');
    const page = load(
      `<html><head><title>跨性別者隱藏生殖器 醫生警告</title></head><body><article><h1>跨性別者隱藏生殖器 醫生警告</h1><div class="entry-content"><p>${P}</p><p>${Q}</p><p class="has-medium-font-size">${P}</p></div></article></body></html>`,
    );
    expect(extractArticle(page).model.text).toBe(`${P}\n${Q}\n${P}`);
  });
  it('and an appeal for donations after it is junk', () => {
    expect(junkKindOfText('贊助《風新聞》 守護家庭價值 我們需要你們的支持')).toBe('other');
    expect(junkKindOfText('大新銀行戶口：040-634-3280684-1（「風聞社有限公司」）')).toBe('other');
    expect(junkKindOfText('銀行戶口數目去年增加了兩成，主要來自年輕客戶。')).toBeNull();
  });
});

describe('JSON-LD’s author with markup in the name', () => {
  it('is the link’s text (<a href="/author/5906">草禾</a>)', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      author: { '@type': 'Person', name: '<a href="/author/5906" hreflang="en">草禾</a>' },
    });
    const page = storyPage(
      '評頭論足：全職照顧家庭者',
      '2022年03月16日 20:00',
      `<p>${P}</p><p>${Q}</p>`,
      `<script type="application/ld+json">${ld}</script>`,
    );
    expect(extractArticle(page).metadata.authors).toEqual(['草禾']);
  });
});
