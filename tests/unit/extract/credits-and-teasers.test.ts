// @vitest-environment jsdom
// Body shapes from session 35's pages no test had seen (网易, 环球网, 果壳, 麻省理工科技创业, 未央网,
// 新浪, 上報), each reduced to the line or the markup that matters (the metadata's are in
// bylines-and-dispatches.test.ts). Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { isMetaLine } from '../../../lib/extract/meta-lines';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { P, Q, storyPage } from './shapes';

const story = (headline: string, info: string, ...ps: string[]) =>
  extractArticle(storyPage(headline, info, ps.map((p) => `<p>${p}</p>`).join('')));

describe('a caption under its picture, in the same element', () => {
  it('leaves the story when it repeats the picture’s alt (<p><img alt="华人游行支援"><br>华人游行支援</p>)', () => {
    const a = extractArticle(
      storyPage(
        '美华人游行声援',
        '2016-02-21 11:05 来源：观察者网',
        `<p class="f_center"><img src="a.jpg" alt="华人游行支援"><br>华人游行支援</p><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    // A line that says something else than its picture stays.
    const b = extractArticle(
      storyPage(
        '美华人游行声援',
        '2016-02-21 11:05 来源：观察者网',
        `<p><img src="a.jpg" alt="华人游行支援"><br>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(b.model.text).toBe(`${P}\n${Q}`);
  });

  it('leaves the story when it opens as a file picture’s (资料图：高速公路收费站。金汉昕 摄)', () => {
    const a = story('交通运输部：取消省界收费站', '2019-03-28 13:55', P, '资料图：高速公路收费站。', Q);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it.each([
    '资料图',
    '示意图',
    '截图',
    '网络图片',
    '图片来自网络',
    '文中图片均由受访者提供',
    '本文图片：新华社',
    '题图｜视觉中国',
  ])('leaves the story when a line is only a note on its pictures (%s)', (note) => {
    const a = story('交通运输部：取消省界收费站', '2019-03-28 13:55', P, note, Q);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it('keeps a sentence of the story about a picture', () => {
    const a = story(
      '交通运输部：取消省界收费站',
      '2019-03-28 13:55',
      P,
      '图片来自网络上流传的视频，显示事故现场。',
      Q,
    );
    expect(a.model.text).toBe(`${P}\n图片来自网络上流传的视频，显示事故现场。\n${Q}`);
  });
});

describe('credits under a translated or contributed piece', () => {
  it('are info lines: the original it was translated from, the writer’s note (编译自：, 【作者简介】, ※作者為)', () => {
    for (const line of [
      '编译自：《卫报》，Google and the future of search: Amit Singhal and the Knowledge Graph',
      '【作者简介】贾森·庞廷是《麻省理工科技创业》美国版主编。',
      '译自英国《经济学人》',
      '※作者為《上報》總主筆',
    ])
      expect(isMetaLine(line), line).toBe(true);
    // A sentence that speaks of a translation is prose.
    expect(isMetaLine('这本书译自英文原著，由北京大学出版社于去年出版，在学界引起了广泛的讨论。')).toBe(
      false,
    );
  });

  it('a call for contributions and a pitch for the outlet’s accounts are junk', () => {
    expect(junkKindOfText('【上報徵稿】')).toBe('other');
    expect(
      junkKindOfText(
        '上報歡迎各界投書，來稿請寄至editor@upmedia.mg，並請附上真實姓名、聯絡方式與職業身分簡介。',
      ),
    ).toBe('other');
    expect(junkKindOfText('上報現在有其它社群囉，一起加入新聞不漏接！社群連結')).toBe('other');
    // The story's sentence about contributions stays.
    expect(junkKindOfText('他们欢迎来自各界的投稿，也希望更多年轻人参与到地方志的编写中来。')).toBeNull();
    // A call for tips, a prompt to read on or to accept the privacy terms, a chat group's pitch.
    for (const line of [
      '【线索征集令！】你吐槽，我倾听；您爆料，我报道！新浪财经爆料线索征集启动！爆料联系邮箱：finance_biz@sina.com',
      '請繼續往下閱讀...',
      '請同意我們的隱私權規範，才能啟用聽新聞的功能。',
      'PS：粉丝们，“军旅话题交流讨论群”已经开通啦，超级热闹，请加微信junlv8111，邀请入群，还有每周大红包福利哦。',
    ])
      expect(junkKindOfText(line), line).toBe('other');
    expect(junkKindOfText('他说，请继续阅读下面的条款。')).toBeNull();
    expect(junkKindOfText('警方呼吁知情者提供线索，联系电话110。')).toBeNull();
  });
});

describe('a platform’s lines above the story', () => {
  it('a post’s time with its counts before their words is an info line (0 条评论, 237次阅读)', () => {
    expect(isMetaLine('发表于2015-05-21 09:32| 次阅读| 来源CSDN| 0 条评论| 作者魏伟')).toBe(true);
    expect(isMetaLine('KungfuDogg 发布于2015-01-14 16:24:14 | 1404 次阅读')).toBe(true);
    // (A sentence that counts its readers is prose.)
    expect(isMetaLine('2015年5月21日，这篇文章已有3000人阅读，引发热议。')).toBe(false);
  });

  it('a relative time alone (1天前) and a reading-time estimate leave the story', () => {
    expect(isMetaLine('1天前')).toBe(true);
    expect(isMetaLine('刚刚')).toBe(true);
    expect(junkKindOfText('本文共3381字，预计阅读时间1分21秒')).toBe('other');
    expect(junkKindOfText('閱讀時間約 3 分鐘')).toBe('other');
    const a = story(
      'ICO企业被查',
      '金彧 宓迪 | 来源：新京报',
      '1天前',
      '本文共3381字，预计阅读时间1分21秒',
      P,
      Q,
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('other stories listed under a label inside the story', () => {
  it('go with their label, down to the body’s end (本期精彩回顾 and headlines)', () => {
    const a = story(
      '孙杨痛哭',
      '2017-07-27 07:35',
      P,
      Q,
      '本期精彩回顾',
      '呵呵，想和中国人PK数学，再回去学个100年吧！',
      '独家证实！福建女教师在北海道失联，日警方已开始搜寻',
      '外国知乎正在热烈讨论：中国害怕印度吗？',
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    // One short line after such a label is no list: it stays.
    const b = story(
      '孙杨痛哭',
      '2017-07-27 07:35',
      P,
      Q,
      '往期回顾',
      '孙杨又赢了！霍顿这回连仰视的机会都没有',
    );
    expect(b.model.text).toContain('孙杨又赢了');
  });
});

describe('a series’ label over the story', () => {
  it('leaves the body when the story’s dispatch follows it (【板前糾紛】 over 【本報訊】…)', () => {
    const a = story('患癌鄭威濤出庭', '2019-04-18', '【板前糾紛】', `【本報訊】${P}`, Q);
    expect(a.model.text).toBe(`【本報訊】${P}\n${Q}`);
    // A section's mark over prose that opens no dispatch is the story's own (【事件1】).
    const b = story('患癌鄭威濤出庭', '2019-04-18', '【事件1】', P, Q);
    expect(b.model.text).toBe(`【事件1】\n${P}\n${Q}`);
  });
});
