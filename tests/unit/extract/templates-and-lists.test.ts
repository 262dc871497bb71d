// @vitest-environment jsdom
// Shapes from session 37's pages no test had seen (頭條日報, 星島日報, 晴報, 香港經濟日報's TOPick),
// each reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { hasNewsCue } from '../../../lib/extract/metadata';
import { load, P, Q, storyPage, withInfoLine } from './shapes';

describe('the time a story was made, under the time of its last edit', () => {
  const page = (...after: string[]) =>
    extractArticle(
      storyPage(
        '將軍澳冷氣機房爆炸釀2傷',
        '2017-09-09 16:07',
        `<p>${P}</p><p>${Q}</p>${after.map((l) => `<div>${l}</div>`).join('')}`,
      ),
    ).metadata.published;

  it('is published when the time by the headline is the one labelled 更新時間 (建立時間：14:03 更新時間：16:07)', () => {
    expect(page('建立時間：14:03', '更新時間：16:07')).toBe('2017-09-09T14:03+08:00');
  });

  it('is not, where the edit labelled is another time, or the made time is not earlier', () => {
    expect(page('建立時間：14:03', '更新時間：18:46')).toBe('2017-09-09T16:07+08:00');
    expect(page('建立時間：17:03', '更新時間：16:07')).toBe('2017-09-09T16:07+08:00');
    expect(page('建立時間：14:03')).toBe('2017-09-09T16:07+08:00');
  });
});

describe('a news photographer’s credit', () => {
  const cue = (line: string) => hasNewsCue({ head: [line], tail: [], end: [] });

  it('is a news cue: a person’s name alone before 攝 closing a caption (現場留下血跡。楊偉亨攝)', () => {
    expect(cue('現場留下血跡。楊偉亨攝')).toBe(true);
    expect(cue('警犬到場協助。楊偉亨攝。')).toBe(true);
    expect(cue('黃文威攝')).toBe(true);
  });

  it('is not the writer’s own picture or a word before 攝 (本人攝, 筆者攝, 自攝, 於香港攝)', () => {
    for (const line of ['山頂的日落。本人攝', '筆者攝', '老街一角，自攝', '維港夜色。於香港攝', '攝影展'])
      expect(cue(line), line).toBe(false);
  });

  it('lets a short brief in a portal’s frame of links read as an article', () => {
    const nav = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/c/${i}">欄目名稱第${i}號頻道</a></li>`,
    ).join('');
    const doc = load(
      `<html><head><title>葵涌邨驚現疑似胎盤 警加大搜索範圍 -- 星島日報</title><meta property="og:type" content="website"></head><body><ul>${nav}</ul><h1>葵涌邨驚現疑似胎盤 警加大搜索範圍</h1><div>2017-09-10 18:46 香港</div><div class="content"><p>現場留下血跡。楊偉亨攝</p><p>${P}</p><p>${Q}</p><p>${Q}${P}</p></div><ul>${nav}</ul></body></html>`,
    );
    const a = extractArticle(doc);
    expect(a.signals.newsCue).toBe(1.5);
    expect(a.isArticle).toBe(true);
  });
});

describe('a page of headlines', () => {
  const headlines = [
    '社會快訊 - 警談判組阻自殺 成功率9成',
    '社會快訊 - 低齡自殺個案增 最細僅10歲',
    '突發新聞 - 警方拘24歲男子 搜出價值1600萬可卡因',
    '科技快訊 - 電訊商爆減價戰 3香港無限上網減價1成',
    '沙田馬場發生罕見意外 九駒1死8傷',
    '社會快訊 - 新居屋今日售出84個單位',
    '瑪嘉烈開錯腦事故 或因下刀標記位不易被醫護看見',
    '科技快訊 - 桌面版Google Drive應用程式正式關閉',
    '社會快訊 - 人口老化長者增 撫養比率惡化',
  ];

  it('is no article: eight lines or more and not one sentence among them', () => {
    const a = extractArticle(
      storyPage('TOPick', '2017-09-09 13:58 記者王小明', headlines.map((h) => `<p>${h}</p>`).join('')),
    );
    expect(a.signals.headlines).toBe(-2);
    // A story with one sentence among as many short lines is not counted so.
    const b = extractArticle(
      storyPage('TOPick', '2017-09-09 13:58', [...headlines, P].map((h) => `<p>${h}</p>`).join('')),
    );
    expect(b.signals.headlines).toBeUndefined();
  });
});

describe('a columnist’s name in a row of cards beside the story', () => {
  it('is no author, under a short heading of its own card (《徒步中國》)', () => {
    const card = (title: string, name: string) =>
      `<div class="listing-widget"><div class="listing-title"><h4>${title}</h4></div><a href="/col/${name}"><div class="authorName"><span>${name}</span></div></a></div><div class="line"></div>`;
    const doc = load(
      `<html><head><title>港人首置上車盤 或市價一半 - 晴報</title></head><body><h1>港人首置上車盤 或市價一半</h1><div>2017-09-08</div><div class="content"><p>${P}</p><p>${Q}</p></div><aside>${card('《徒步中國》', '魏綺珊')}${card('《城市》', '胡孟青')}</aside></body></html>`,
    );
    expect(extractArticle(doc).metadata.authors).toEqual([]);
  });
});

describe('a headline block of two headings that <title> joins', () => {
  it('gives the headline its main heading and the subtitle the other', () => {
    const doc = load(
      `<html><head><title>港人首置上車盤 或市價一半 轉售擬設限 只可賣予政府 - 晴報 - 港聞 - 要聞</title></head><body><div class="article-title-widget"><h3 class="upper-headline"></h3><h3 class="main-headline">港人首置上車盤 或市價一半</h3><h3 class="lower-headline">轉售擬設限 只可賣予政府</h3></div><div>2017-09-08</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    const { title, subtitle } = extractArticle(doc).metadata;
    expect(title).toBe('港人首置上車盤 或市價一半');
    expect(subtitle).toBe('轉售擬設限 只可賣予政府');
  });

  it('keeps the whole where no heading is the main one by its rank or its class', () => {
    const doc = load(
      `<html><head><title>港人首置上車盤 或市價一半 轉售擬設限 只可賣予政府 - 晴報</title></head><body><div class="article-title"><h3>港人首置上車盤 或市價一半</h3><h3>轉售擬設限 只可賣予政府</h3></div><div>2017-09-08</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(doc).metadata.title).toBe('港人首置上車盤 或市價一半 轉售擬設限 只可賣予政府');
  });
});

describe('a UTC time in the meta tags of a page of a UTC+8 place', () => {
  const page = (lang: string) =>
    load(
      `<html lang="${lang}"><head><title>林海：一二三四五六</title><meta property="article:published_time" content="2021-06-21T18:00:00Z"></head><body><h1>林海：一二三四五六</h1><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );

  it('is given in the wall time its readers see, the same moment (蘋果日報: 18:00Z → 02:00+08:00)', () => {
    expect(extractArticle(page('zh-hk')).metadata.published).toBe('2021-06-22T02:00:00+08:00');
  });

  it('stays UTC on a page of no such place', () => {
    expect(extractArticle(page('zh-Hant')).metadata.published).toBe('2021-06-21T18:00:00Z');
  });
});

describe('the site’s name as the line beside the time shortens it', () => {
  it('is the source (2018年09月16日 15:31 中時 on 中時電子報)', () => {
    expect(withInfoLine('<span>2018年09月16日 15:31</span> <span>中時</span>', ' - 中時電子報').source).toBe(
      '中時',
    );
  });

  it('is not a word that only starts as the site’s name does, nor a line with no time', () => {
    expect(withInfoLine('<span>2018年09月16日 15:31</span> <span>中國</span>', ' - 中時電子報').source).toBe(
      '中時電子報',
    );
    expect(withInfoLine('<span>中時</span>', ' - 中時電子報').source).toBe('中時電子報');
  });
});
