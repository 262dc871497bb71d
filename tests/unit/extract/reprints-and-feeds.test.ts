// @vitest-environment jsdom
// Shapes met on mainland tech and finance pages no test used before (36氪, 量子位, 搜狐号, 凤凰网
// 财经), each reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfClass } from '../../../lib/extract/patterns';
import { load, P, Q, storyPage } from './shapes';

describe('class words', () => {
  it('a spacing utility’s bottom (margin-bottom-20) names no footer; a footer’s still does', () => {
    expect(junkKindOfClass('common-width margin-bottom-20')).toBeNull();
    expect(junkKindOfClass('border-bottom')).toBeNull();
    expect(junkKindOfClass('page-bottom')).toBe('copyright');
    expect(junkKindOfClass('bottom')).toBe('copyright');
  });
  it('so the story inside such an element is the body', () => {
    const a = extractArticle(
      load(
        `<html><head><title>DeepSeek带飞寒武纪</title></head><body><div class="article"><h1>DeepSeek带飞寒武纪</h1><div class="info">凤凰网科技 · 2025年04月22日 19:50</div><div class="summary">寒武纪股价的飙升，究竟是泡沫还是红利？</div></div><div class="common-width margin-bottom-20"><div class="content"><p>${P}</p><p>${Q}</p><p>${P}</p></div></div></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}\n${P}`);
  });
});

describe('reprint credits and bylines', () => {
  it('a WeChat account’s reprint credit names the source, the author after a comma and the editor', () => {
    expect(
      parseBylineLine('本文来自微信公众号“凤凰网科技”，作者：姜凡，编辑：董雨晴，36氪经授权发布。'),
    ).toEqual({
      source: '凤凰网科技',
      authors: ['姜凡'],
      editor: '董雨晴',
    });
    expect(parseBylineLine('本文来自微信公众号“量子位”（ID：QbitAI），作者：梦晨，36氪经授权发布。')).toEqual(
      {
        source: '量子位',
        authors: ['梦晨'],
      },
    );
    // (记者： after a comma opens an interview's question, not a byline.)
    expect(parseBylineLine('他说，记者：你好')).toEqual({});
  });
  it('names spaced apart before 发自 and a place are the writers; prose that 发自 is not', () => {
    expect(parseBylineLine('梦晨 发自 凹非寺')).toEqual({ authors: ['梦晨'] });
    expect(parseBylineLine('明敏 克雷西 发自 凹非寺')).toEqual({ authors: ['明敏', '克雷西'] });
    expect(parseBylineLine('他们发自内心')).toEqual({});
    expect(parseBylineLine('这封信发自北京')).toEqual({});
  });
  it('the byline and the account’s line leave the body; the line above them is the subtitle', () => {
    const a = extractArticle(
      storyPage(
        'o3幻觉暴增',
        '2025-04-21 13:35:43 来源：量子位',
        `<p>OpenAI只是说“需要更多研究来了解原因”</p><blockquote><p>梦晨 发自 凹非寺<br>量子位 | 公众号 QbitAI</p></blockquote><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.metadata.authors).toEqual(['梦晨']);
    expect(a.metadata.subtitle).toBe('OpenAI只是说“需要更多研究来了解原因”');
  });
});

describe('body: what closes the story', () => {
  const body = (...ps: string[]) =>
    extractArticle(storyPage('幻觉暴增', '2025-04-21 13:35', ps.map((p) => `<p>${p}</p>`).join(''))).model
      .text;
  it('a list of references (their label, bare addresses, a title above an address) goes', () => {
    expect(
      body(
        P,
        Q,
        'OpenAI o3 and o4-mini System Card',
        'https://cdn.openai.com/pdf/2221c875-02dc-4789-',
        '参考链接：',
        '[1]https://transluce.org/investigating-o3-truthfulness',
        '[2]https://x.com/nishffx/status/1913901642551865848',
      ),
    ).toBe(`${P}\n${Q}`);
  });
  it('a sentence above an address stays', () => {
    const said = '他说：“这是我们的官网，欢迎访问。”';
    expect(body(P, said, 'https://example.com/')).toBe(`${P}\n${said}`);
  });
  it('a video’s title above its player (p.video-title) is no part of the story', () => {
    const a = extractArticle(
      storyPage(
        '于欢的罪与悔',
        '2020-11-26 08:04',
        `<div id="player"></div><p class="video-title">“辱母案”于欢出狱的一天：重返母亲已倒闭的工厂</p><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('detection: a feed of flashes', () => {
  it('five flashes, each a headline in brackets and its own dispatch, are a digest, not an article', () => {
    const flash = (h: string) => `<p>【${h}】《科创板日报》23日讯，${P}</p>`;
    const page = load(
      `<html><head><title>凤凰网财经</title></head><body><div class="head">全球快报</div><div class="list">${[
        'SK海力士完成产品客户验证',
        '跨境支付未来发展有四大路径',
        '基因编辑疗法促胆固醇下降',
        '苹果官网撤下AI功能字样',
        '奥尔特曼将辞去董事会主席',
      ]
        .map(flash)
        .join('')}</div></body></html>`,
    );
    expect(extractArticle(page).isArticle).toBe(false);
    // (One flash is a story.)
    const one = load(
      `<html><head><title>苹果官网撤下AI功能字样</title></head><body><h1>苹果官网撤下AI功能字样</h1><div class="info">2025-04-23 08:06</div><div class="content">${flash('苹果官网撤下AI功能字样')}<p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(one).isArticle).toBe(true);
  });
});

describe('detection: what the page says it is', () => {
  const page = (ogType: string) =>
    load(
      `<html><head><title>2023夏至藝術節-舞鈴劇場《奇幻旅程》</title><meta property="og:type" content="${ogType}"></head><body><h1>2023夏至藝術節-舞鈴劇場《奇幻旅程》</h1><div class="info">2023-04-04 12:00</div><div class="content"><p>${P}</p><p>${Q}</p><p>${P}</p></div></body></html>`,
    );
  it('an event’s or a product’s og:type is no article, however much prose it holds', () => {
    expect(extractArticle(page('events.event')).isArticle).toBe(false);
    expect(extractArticle(page('product')).isArticle).toBe(false);
    expect(extractArticle(page('article')).isArticle).toBe(true);
    expect(extractArticle(page('website')).isArticle).toBe(true);
  });
});
