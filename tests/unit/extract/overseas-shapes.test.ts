// @vitest-environment jsdom
// Shapes met on Hong Kong, Malaysian and overseas pages no test used before (明報 2012, 東方日報,
// 文学城, BBC, RFI), each reduced to the markup that matters. Each test failed before the rule it
// names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { titleSegments } from '../../../lib/extract/title';
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
