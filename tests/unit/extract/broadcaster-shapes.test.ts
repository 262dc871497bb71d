// @vitest-environment jsdom
// Shapes met on broadcasters' and wires' pages no test used before (VOA's platform), each reduced
// to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { copyrightHolder } from '../../../lib/extract/rights-lines';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { load, P, Q, storyPage } from './shapes';

describe('a dateline set apart from its paragraph', () => {
  it('opens the paragraph after it (<span class="dateline">华盛顿 —</span><p>…)', () => {
    const a = extractArticle(
      storyPage(
        '跨性别纪念日：国务卿发表声明',
        '2017-11-21 09:30',
        `<div class="wsw"><span class="dateline">华盛顿 —&nbsp;</span>\n<p>${P}</p><p>${Q}</p></div>`,
      ),
    );
    expect(a.model.text).toBe(`华盛顿 — ${P}\n${Q}`);
  });
  it('a dash inside a line is no dateline', () => {
    const line = '比分 3 - 1';
    const inside = extractArticle(
      storyPage('标题一二三四', '2017-11-21', `<p>${P}</p><p>${line}</p><p>${Q}</p>`),
    );
    expect(inside.model.text.split('\n')).toEqual([P, line, Q]);
  });
});

describe('a player’s placeholder', () => {
  it('(没有媒体可用资源) is junk in either script; a sentence about media is not', () => {
    expect(junkKindOfText('没有媒体可用资源')).toBe('other');
    expect(junkKindOfText('沒有媒體可用資源')).toBe('other');
    expect(junkKindOfText('他说，当地没有媒体可以采访，只能依靠居民拍摄的视频了解情况。')).toBeNull();
  });
});

describe('an outlet’s notices under the story', () => {
  it('a call for submissions is junk, even in sentences; a story about submissions is not', () => {
    expect(
      junkKindOfText(
        '自由開講》是一個提供民眾對話的電子論壇，都歡迎你熱烈投稿。請勿一稿多投，文長700字內為優，來稿請附真實姓名、職業、聯絡電話。',
      ),
    ).toBe('copyright');
    expect(
      junkKindOfText('本報有錄取及刪修權，不付稿酬；錄用與否將不另行通知。投稿信箱：LTNTALK@gmail.com'),
    ).toBe('copyright');
    expect(
      junkKindOfText(
        '該刊主編表示，今年收到的投稿數量比去年增加了三成，其中以青年作者居多，題材也更加多元。',
      ),
    ).toBeNull();
  });
  it('a pitch for membership or a subscription, and a pointer to the print edition, are junk', () => {
    expect(
      junkKindOfText(
        '【加入關鍵評論網會員】每天精彩好文直送你的信箱，每週獨享編輯精選。立刻點擊免費加入會員！',
      ),
    ).toBe('mobile-banner');
    expect(junkKindOfText('订阅《联合早报》数码配套个人版，解锁订户（VIP）专享内容、畅享所有福利！')).toBe(
      'mobile-banner',
    );
    expect(junkKindOfText('完整报道，请翻阅2017年7月18日的《新明日报》。')).toBe('other');
    expect(junkKindOfText('請輸入正確的電子信箱格式')).toBe('mobile-banner');
    expect(junkKindOfText('感謝您的訂閱！')).toBe('mobile-banner');
    expect(junkKindOfText('订阅用户在过去一年里增长了两成，公司表示将继续投入内容制作。')).toBeNull();
  });
  it('a link to more closing a paragraph (►►►點我看更多…) is split off it as junk', () => {
    const a = extractArticle(
      storyPage(
        '人妖選美皇后出家',
        '2013-11-29 12:00',
        `<p>${P}<a href="/album/1.htm"><strong>►►►點我看更多人妖皇后美圖</strong></a></p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk.map((j) => j.text)).toContain('►►►點我看更多人妖皇后美圖');
  });
});

describe('an op-ed’s writer under a mark', () => {
  it('(◎潘定澤, □刘雨蕾 (西安交通大学)) is the author, not the story’s first line', () => {
    expect(parseBylineLine('◎潘定澤').authors).toEqual(['潘定澤']);
    expect(parseBylineLine('□刘雨蕾 (西安交通大学)').authors).toEqual(['刘雨蕾']);
    // (A heading under a mark names no one.)
    expect(parseBylineLine('◎相關新聞').authors).toBeUndefined();
    expect(parseBylineLine('◎編輯室').authors).toBeUndefined();
    const a = extractArticle(
      storyPage('懼裂與凝視', '2024-11-12 05:30', `<p>◎潘定澤</p><p>${P}</p><p>${Q}</p>`),
    );
    expect(a.metadata.authors).toEqual(['潘定澤']);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('reporters named without a key word', () => {
  it('in a dispatch’s brackets (人民网北京11月24日电 （闫妍、陈子源）), each with a common surname', () => {
    expect(
      parseBylineLine('人民网北京11月24日电 （闫妍、陈子源）今天，国家卫生健康委召开新闻发布会').authors,
    ).toEqual(['闫妍', '陈子源']);
    expect(parseBylineLine('新华社北京3月1日电（国务院新闻办）').authors).toBeUndefined();
    expect(parseBylineLine('新华社北京3月1日电（完）').authors).toBeUndefined();
  });
  it('in a recommendation widget’s tag, or after the site’s name and a bar in JSON-LD', () => {
    // (The same story, its author told only in <head>.)
    const authorsWith = (head: string) =>
      extractArticle(storyPage('同婚三週年', '2021.11.19 16:55', `<p>${P}</p><p>${Q}</p>`, head)).metadata
        .authors;
    expect(authorsWith('<meta property="dable:author" content="張語涵">')).toEqual(['張語涵']);
    expect(
      authorsWith(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Newtalk新聞 |張語涵 台北市報導"}}</script>',
      ),
    ).toEqual(['張語涵']);
  });
});

describe('a WeChat digest', () => {
  const item = (n: number) =>
    `● 第${n}条消息：4月5日上午，当地举行清明公祭典礼，万余名海内外中华儿女齐聚广场，共同祭奠人文始祖，精准脱贫、扩绿治污等被写入祭文，现场秩序井然。`;
  it('sets its news items in <h1>s: a sentence-long one is a paragraph, not a heading', () => {
    const page = load(
      `<html><head><title>4月6日周五【新闻速览一分钟】</title></head><body><h2 id="activity-name">4月6日周五【新闻速览一分钟】</h2><em id="post-date">2018-04-06</em><div id="js_content"><p>早上好~</p>${[1, 2, 3, 4, 5].map((n) => `<h1 accuse="qTitle">${item(n)}</h1>`).join('')}<p>向上滑动阅览</p></div></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.isArticle).toBe(true);
    expect(a.model.text.split('\n')).toEqual(['早上好~', ...[1, 2, 3, 4, 5].map(item)]);
    expect(a.model.blocks.every((b) => !b.heading)).toBe(true);
  });
  it('its contact line and a scroll box’s hint are junk', () => {
    expect(junkKindOfText('投稿|cjrb027@qq.com 合作|whcjrb027(微信)')).toBe('copyright');
    expect(junkKindOfText('向上滑动阅览')).toBe('other');
  });
});

describe('a site named in Latin letters only', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));
  it('is named by its copyright line in hanzi (© 2023 自由亚洲电台), not by a photo’s credit', () => {
    expect(copyrightHolder(lines('首页', '© 2023 自由亚洲电台'))).toBe('自由亚洲电台');
    expect(copyrightHolder(lines('© 香港天文台1日早上10時半衛星截圖'))).toBeUndefined();
    expect(copyrightHolder(lines('Copyright © 2010-2024 本站所有'))).toBeUndefined();
    const page = storyPage(
      '中国跨性别女性的困境',
      '2023-04-26 14:49',
      `<p>${P}</p><p>${Q}</p></div><div class="rfa_copyright">© 2023 自由亚洲电台</div><div>`,
      '<meta property="og:site_name" content="Radio Free Asia">',
    );
    expect(extractArticle(page).metadata.source).toBe('自由亚洲电台');
  });
});
