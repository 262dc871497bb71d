// @vitest-environment jsdom
// Shapes from session 34's pages no test had seen (台湾、香港 and overseas outlets' opinion pages,
// mainland op-eds), each reduced to the line or the markup that matters. Each test failed before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { dispatchOpening } from '../../../lib/extract/line-sources';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { P, Q, storyPage } from './shapes';

const body = (...ps: string[]) =>
  extractArticle(storyPage('港股午市收跌', '2024-05-20 12:30', ps.map((p) => `<p>${p}</p>`).join(''))).model
    .text;

describe('an opinion piece’s disclaimer under the story', () => {
  it('is junk whatever the outlet calls itself (本媒體, 本台, 本號, 本社) and with no 個人', () => {
    for (const line of [
      '本文為作者觀點，不代表本媒體立場。',
      '本文为作者观点，不代表本台立场。',
      '本文系作者个人观点，不代表本号立场。',
      '（本文為作者觀點，不代表本社立場）',
    ])
      expect(junkKindOfText(line), line).toBe('copyright');
    expect(body(P, Q, '本文為作者觀點，不代表本媒體立場。')).toBe(`${P}\n${Q}`);
    // A sentence of the story that speaks of a writer's views stays.
    expect(junkKindOfText('他说，本文为作者观点这件事不重要，我们应当关注事实本身。')).toBeNull();
  });
});

describe('writers under a mark', () => {
  it('■ marks them as ◎ and □ do, and the line may hold two or more names', () => {
    // Before: no author, and the line opened the story.
    const a = extractArticle(
      storyPage('练兵备战一线观察', '2023-06-12 08:30', `<p>■王永文 李 斌</p><p>${P}</p><p>${Q}</p>`),
    );
    expect(a.metadata.authors).toEqual(['王永文', '李斌']);
    expect(a.model.text).toBe(`${P}\n${Q}`);
    // A heading under the mark names no one.
    const h = extractArticle(
      storyPage('练兵备战一线观察', '2023-06-12 08:30', `<p>■国际观察</p><p>${P}</p><p>${Q}</p>`),
    );
    expect(h.metadata.authors).toEqual([]);
  });
});

describe('the outlet that compiled or translated the story', () => {
  it('is the source without the word for its work (天维网编译, 中央社編譯)', () => {
    expect(parseBylineLine('来源：天维网编译')).toEqual({ source: '天维网' });
    expect(parseBylineLine('來源：中央社編譯')).toEqual({ source: '中央社' });
    expect(parseBylineLine('来源：环球网整理')).toEqual({ source: '环球网' });
    // Compiled from no outlet named: no source.
    expect(parseBylineLine('来源：综合编译')).toEqual({});
  });
});

describe('a caption that names where its picture stands', () => {
  it('leaves the story (左上图：…, 下圖：…, 图2：…)', () => {
    // Before: 大公報's caption opened the story.
    for (const caption of [
      '左上图：市民在公园晨练。右上图：游客参观展览。',
      '下圖：市民在公園晨練。',
      '图2：市民在公园晨练',
    ])
      expect(body(caption, P, Q), caption).toBe(`${P}\n${Q}`);
  });
});

describe('a reprint’s credit that quotes its account and runs on', () => {
  it('leaves the story and credits the account and its writer', () => {
    // Before: 36氪's closing credit stayed as the story's last line.
    const credit = '本文来自微信公众号 “字母榜”（ID：wujicaijing），作者：彦飞，36氪经授权发布。';
    const a = extractArticle(
      storyPage('豆包斗元宝，开始拼社交', '2025-04-22 17:09', `<p>${P}</p><p>${Q}</p><p>${credit}</p>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect([a.metadata.source, a.metadata.authors]).toEqual(['字母榜', ['彦飞']]);
    // A sentence that runs on after it is the story's.
    expect(body(P, '本文来自新华社。他说，这件事很重要，我们会继续关注')).toBe(
      `${P}\n本文来自新华社。他说，这件事很重要，我们会继续关注`,
    );
  });
});

describe('a reporter credited with no brackets after the story’s last sentence', () => {
  it('is the byline (…参加会议。记者 李秋晨), not a reporter a sentence mentions', () => {
    // Before: no author (a district government's news page).
    const page = (last: string) =>
      extractArticle(
        storyPage(
          '我区组织参加数字重庆建设推进会',
          '2023-11-03 09:50',
          `<p>${P}</p><p>${Q}</p><p>${last}</p>`,
        ),
      ).metadata.authors;
    expect(page('区领导汤晓强、卓大林等参加会议。记者 李秋晨')).toEqual(['李秋晨']);
    expect(page('区领导汤晓强、卓大林等参加会议。记者了解到')).toEqual([]);
  });
});

describe('a portal’s channel opening the story with its dispatch', () => {
  it('is the source (腾讯音乐讯, 新浪娱乐讯), as an outlet’s own dispatch is', () => {
    // Before: the portal's name from the title, 腾讯网.
    const a = extractArticle(
      storyPage(
        '曹方新碟发布会创意无限',
        '2009年11月09日11:30',
        `<p>腾讯音乐讯 ${P}</p><p>${Q}</p>`,
        '<meta name="description" content="腾讯网">',
      ),
    );
    expect(a.metadata.source).toBe('腾讯音乐');
    expect(dispatchOpening('新浪娱乐讯 北京时间5月20日消息')).toBe('新浪娱乐');
    // A place and a beat is no channel.
    expect(dispatchOpening('北京娱乐讯 北京')).toBeUndefined();
  });
});

describe('a short line set under a picture', () => {
  const page = (caption: string, style = 'align="center"', prose = '') =>
    extractArticle(
      storyPage(
        '曹方新碟发布会创意无限',
        '2009-11-09 11:30',
        `<p align="center"><img src="a.jpg" alt="x"></p><p ${style}>${caption}</p><p${prose}>${P}</p><p${prose}>${Q}</p>`,
      ),
    ).model.text;
  it('is its caption when it holds a picture of its own or is centered over prose that is not', () => {
    // Before: 腾讯娱乐's caption opened the story.
    expect(page('<a href="#">曹方</a><img src="cd.gif">新专辑宣传照')).toBe(`${P}\n${Q}`);
    expect(page('曹方新专辑宣传照')).toBe(`${P}\n${Q}`);
  });
  it('is the story’s on a photo blog that centers every line', () => {
    expect(
      page('營區水電方便 水槽也很有特色', 'style="text-align: center;"', ' style="text-align: center;"'),
    ).toBe(`營區水電方便 水槽也很有特色\n${P}\n${Q}`);
  });
});

describe('an outlet “online” under the author’s label', () => {
  it('is the source, and the reporter the story credits is the author (作者 国际在线 … （央视记者 许骁）)', () => {
    // Before: the author 国际在线, the source 新浪网.
    const a = extractArticle(
      storyPage(
        '美国务院将进行全面重组',
        '2025年04月23日 05:38 <a href="#">新浪网</a> <span class="author">作者 <a href="#">国际在线</a></span>',
        `<p>${P}</p><p>${Q}（央视记者 许骁）</p>`,
      ),
    );
    expect([a.metadata.source, a.metadata.authors]).toEqual(['国际在线', ['许骁']]);
  });
});
