// @vitest-environment jsdom
// A story as an old page's editor left it: runs of paragraphs in <font> wrappers, text before the
// first <p>, lines split by <br> in a table cell, WeChat's <section>s, prose in a <pre>.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { load, P, Q } from './shapes';

const R =
  '记者了解到，全市还将推出新一轮助企纾困措施，重点支持中小微企业和个体工商户渡过难关，稳定就业岗位。';
const text = (story: string): string =>
  extractArticle(
    load(
      `<html><head><title>一季度工业增加值增长_新华网</title></head><body><h1>一季度工业增加值增长</h1><div class="info">2020-09-11 18:05 来源：新华网</div>${story}<div class="footer">版权所有 新华网</div></body></html>`,
    ),
  ).model.text;

describe('a story in an old editor’s markup', () => {
  it('runs of paragraphs in classless <font> wrappers are one story', () => {
    expect(
      text(
        `<div id="text"><font size="3"><p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${R}</p></font><font><p>${R}</p></font></div>`,
      ),
    ).toBe(`${P}${Q}\n${Q}${P}\n${P}${R}\n${R}`);
  });

  it('prose in a <pre>: a line of the text for each of its lines, as the reader sees them', () => {
    expect(text(`<div class="content"><pre>\n    ${P}\n    ${Q}\n\n    ${R}\n</pre></div>`)).toBe(
      `${P}\n${Q}\n${R}`,
    );
  });

  it('text before the first <p> in a table cell, lines split by <br>, WeChat’s sections', () => {
    expect(
      text(
        `<table><tr><td><table><tr><td class="news">${P}<p>${Q}</p><p>${R}</p></td></tr></table></td></tr></table>`,
      ),
    ).toBe(`${P}\n${Q}\n${R}`);
    expect(text(`<td class="content">\u3000\u3000${P}<br>\u3000\u3000${Q}<br>\u3000\u3000${R}</td>`)).toBe(
      `${P}\n${Q}\n${R}`,
    );
    expect(
      text(
        `<div id="js_content"><section><span>${P}</span></section><section><span>${Q}</span></section><section><p><span>${R}</span></p></section></div>`,
      ),
    ).toBe(`${P}\n${Q}\n${R}`);
  });
});

describe('an office’s notice', () => {
  it('is dated by its labelled day, not by the time to the minute of what it announces', () => {
    const a = extractArticle(
      load(
        `<html><head><title>关于举办校选拔赛决赛的通知-教务处</title></head><body><h1>关于举办校选拔赛决赛的通知</h1><p class="arti_metas"><span>发布者：颜曰越</span><span>发布时间：2026-03-26</span><span>浏览次数：10</span></p><div class="wp_articlecontent"><p>各学院：</p><p>${P}</p><p>决赛时间：2026年3月28日8:30-13:00。</p><p>${Q}</p><p>${R}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.published).toBe('2026-03-26');
  });

  it('keeps its signature and day, which end no sentence, and drops a menu after them', () => {
    const notice = (closing: string): string[] =>
      extractArticle(
        load(
          `<html><head><title>关于举办校选拔赛决赛的通知-教务处</title></head><body><h1>关于举办校选拔赛决赛的通知</h1><p class="arti_metas">发布时间：2026-03-26</p><div class="wp_articlecontent"><p>各学院：</p><p>${P}</p><p>${Q}</p><p>${R}</p>${closing}</div></body></html>`,
        ),
      )
        .model.text.split('\n')
        .slice(4);
    expect(notice('<p>教务处、经济学院</p><p>2026年3月26日</p>')).toEqual([
      '教务处、经济学院',
      '2026年3月26日',
    ]);
    expect(notice('<p>特此通知。</p><p>教务处</p><p>经济学院</p><p>二〇二六年三月二十六日</p>')).toEqual([
      '特此通知。',
      '教务处',
      '经济学院',
      '二〇二六年三月二十六日',
    ]);
    expect(notice('<p>特此通知。</p><p>2026年3月26日</p>')).toEqual(['特此通知。', '2026年3月26日']);
    // (Not a day under a label, a link or four lines: a template's, not a signature.)
    expect(notice('<p>更新时间：2026年3月26日</p>')).toEqual([]);
    expect(notice('<p>首页</p><p>通知公告</p><p>学籍管理</p><p>考试管理</p><p>2026年3月26日</p>')).toEqual(
      [],
    );
    expect(notice('<p>教务处</p><p>2026年3月26日</p><p>打印本页</p>')).toEqual(['教务处', '2026年3月26日']);
  });
});
