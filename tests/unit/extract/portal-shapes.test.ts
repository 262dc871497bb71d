// @vitest-environment jsdom
// Shapes met on old portal pages (网易, 搜狐, 雅虎中国, 2003–2005) and health and campus sites no
// test used before, each reduced to the markup or the line that matters. Each test failed before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { channelBesideTime, outletBesideTime, withoutChannel } from '../../../lib/extract/source';
import { load, P, Q, storyPage } from './shapes';
import { extractArticle } from '../../../lib/extract/article';

describe('the outlet beside the time', () => {
  it('is the paper after its portal, where the line joins them by a dash', () => {
    // 搜狐's reprint: before, no source (金羊网—新快报 was one word, and no outlet's).
    expect(outletBesideTime(['AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报'])).toBe('新快报');
    const page = storyPage(
      '对比试车—测试昌河北斗星',
      '<div>AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报</div>',
      `<p>${P}</p><p>${Q}</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('新快报');
    // A dash between words that are no outlets gives none.
    expect(outletBesideTime(['2003年11月12日16:36 对比—测试'])).toBe('');
  });
});

describe("the source after the site's name", () => {
  it("is the paper the site's label names after a dash (来源：人民网－人民日报)", () => {
    // Before, the label's whole text (北青网-北京青年报, 光明网-《光明日报》, 人民网－人民日报).
    expect(withoutChannel('北青网-北京青年报')).toBe('北京青年报');
    expect(withoutChannel('光明网-《光明日报》')).toBe('光明日报');
    expect(withoutChannel('人民网－人民日报')).toBe('人民日报');
    const page = storyPage(
      '标题一二三四',
      '<div>2023-05-01 09:30 来源：人民网－人民日报</div>',
      `<p>${P}</p><p>${Q}</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('人民日报');
    // A channel after the site stays cut; a site's name after a paper's, or no paper, stays whole.
    expect(withoutChannel('人民网-文化频道')).toBe('人民网');
    expect(withoutChannel('北京青年报-北青网')).toBe('北京青年报-北青网');
    expect(withoutChannel('人民网-人民')).toBe('人民网-人民');
  });
});

describe("the headline's parts over the story", () => {
  const story = (title: string, top: string) =>
    extractArticle(
      load(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><div class="info">2023-12-01 14:43 来源：新华社</div><div class="content">${top}<p>${P}${Q}</p><p>${Q}</p></div></body></html>`,
      ),
    ).model.text;

  it('drops the lines a print story sets under its headline repeated above them', () => {
    // 中国科普网's 新华社 story: before, its 副题 lines opened the body.
    const text = story(
      '习近平主持召开深入推进长三角一体化发展座谈会',
      '<p><strong>习近平主持召开深入推进长三角一体化发展座谈会强调</strong></p><p><strong>推动长三角一体化发展取得新的重大突破</strong></p><p><strong>李强蔡奇出席</strong></p>',
    );
    expect(text.startsWith(P)).toBe(true);
    // The story's own headings, a date or a sentence's start after the headline stay.
    for (const kept of ['一、总体情况', '【事件1】', '2003年5月', '为了贯彻落实北京市“'])
      expect(story('座谈会召开', `<p>座谈会召开</p><p>${kept}</p>`).startsWith(kept)).toBe(true);
  });

  it("drops a first line that is the headline's half, or a headline of the same facts", () => {
    // 网易's subhead repeats the headline's second half; 财经网's release keeps its own headline.
    expect(
      story('简单道理捅破"飞人"神话 耐克鞋的气垫"伤机"', '<p><b>耐克鞋的气垫“伤机”</b></p>').startsWith(P),
    ).toBe(true);
    expect(
      story(
        '2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%',
        '<p>2024年4月份居民消费价格同比上涨0.3%</p>',
      ).startsWith(P),
    ).toBe(true);
    // A first line of other words stays.
    expect(
      story('2024年4月全国CPI同比上涨0.3%', '<p>猪肉价格继续回落</p>').startsWith('猪肉价格继续回落'),
    ).toBe(true);
  });
});

describe('a summary the story repeats, and where a piece first ran', () => {
  const S = '新片讲述了一个普通女孩成长为拳击手的故事，主角在拳击中找到了人生方向与自信，也实现了个人成长。';
  const page = (top: string, story: string[]) =>
    extractArticle(
      storyPage(
        '贾玲瘦了100斤，怎么做到的？',
        '2024-04-23 12:27:25',
        `${top}<div class="article">${story.map((t) => `<p>${t}</p>`).join('')}</div>`,
      ),
    );

  it('drops a first paragraph that one of the next eight repeats whole, and a note that it ran first elsewhere', () => {
    // 39健康网: before, the div.tips summary and the note opened the body.
    const a = page('<div class="tips">' + S + '</div><p><b>本文首发于39深呼吸公众号（shenhuxi39）</b></p>', [
      P,
      S,
      Q,
    ]);
    expect(a.model.text.startsWith(P)).toBe(true);
    expect(a.model.text.split('\n').filter((t) => t === S)).toHaveLength(1);
    expect(a.junk.some((j) => j.text.startsWith('本文首发于'))).toBe(true);
  });

  it('keeps it when the copy is far below (a comment may quote the story)', () => {
    const far = [P, Q, P + Q, Q + P, P + P, Q + Q, P + Q + P, Q + P + Q, S];
    expect(page(`<p>${S}</p>`, far).model.text.startsWith(S)).toBe(true);
  });
});

describe("the site's channel beside the time", () => {
  it('is the source where only the site names one (2016年05月25日10:10 新浪财经 on 新浪网)', () => {
    // 新浪财经's page: before, the site's name 新浪网.
    const page = (info: string) =>
      extractArticle(
        storyPage(
          '人民币中间价创逾五年新低',
          info,
          `<p>${P}</p><p>${Q}</p>`,
          '<meta property="og:site_name" content="新浪网">',
        ),
      ).metadata.source;
    expect(page('<span>2016年05月25日10:10</span> <span>新浪财经</span>')).toBe('新浪财经');
    // Without the time, or with the site's share link or front page, the site's name stays.
    expect(page('<span>新浪财经</span>')).toBe('新浪网');
    expect(channelBesideTime('新浪网', ['2016年05月25日10:10 新浪微博'])).toBe('');
    expect(channelBesideTime('新浪网', ['2016年05月25日10:10 新浪首页'])).toBe('');
  });
});
