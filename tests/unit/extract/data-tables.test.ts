// @vitest-environment jsdom
// A data table in a story: a row of short cells is a line of the text (地区 | 生产总值 | 增长), and
// a chronicle's day in its row is the story's, so that its row gives an event. A layout table's
// prose, an old page's info row and a table of linked headlines stay as they were.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { extractArticle } from '../../../lib/extract/article';
import { CELL_SEPARATOR } from '../../../lib/extract/table-rows';
import { rangeFor } from '../../../lib/extract/text-model';
import { CELL } from '../../../lib/text/table-figures';
import { P, Q, storyPage } from './shapes';

const INFO = '2022-01-12 10:20 来源：新华网';
const row = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('a data table in the story', () => {
  it('reads a row of short cells as one line, cells joined by " | "', () => {
    const doc = storyPage(
      '前三季度各地区生产总值公布',
      INFO,
      `<p>${P}</p><table><tr><th>地区</th><th>生产总值（亿元）</th><th>同比增长</th></tr>${row('广东', '98012.83', '4.5%')}${row('江苏', '91165.51', '5.8%')}</table><p>${Q}</p>`,
    );
    const { model } = extractArticle(doc);
    expect(model.text).toBe(
      `${P}\n地区 | 生产总值（亿元） | 同比增长\n广东 | 98012.83 | 4.5%\n江苏 | 91165.51 | 5.8%\n${Q}`,
    );
    // (The bare numbers take their column's unit: lib/text/table-figures.ts.)
    expect(analyze(doc).figures.find((f) => f.text === '98012.83')).toMatchObject({
      value: 9801283000000,
      unit: '元',
    });
    // (A span across the row maps back to the cells' text, without the separators the page lacks.)
    const at = model.text.indexOf('广东');
    expect(rangeFor(model, at, at + '广东 | 98012.83 | 4.5%'.length, doc).toString()).toBe(
      '广东98012.834.5%',
    );
    // (Each cell stays a block of its own, mapped to its element.)
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end)).slice(1, 4)).toEqual([
      '地区',
      '生产总值（亿元）',
      '同比增长',
    ]);
  });

  it('writes the separator the table figures read', () => {
    expect(CELL_SEPARATOR).toBe(CELL);
  });

  it('keeps a chronicle’s days beside what happened on them, its last row too, and each row is an event', () => {
    const doc = storyPage(
      '全国总工会2021年大事记',
      INFO,
      `<p>${P}</p><p>${Q}</p><table>${row('2021年7月29日', '全国总工会在北京召开新就业形态劳动者权益保障工作推进会')}${row('2021年9月3日', '全国总工会发布关于推进新就业形态劳动者入会工作的若干意见')}${row('2021年11月12日', '全国总工会举行第十七届执委会第六次全体会议')}</table>`,
    );
    const a = analyze(doc);
    expect(a.text.split('\n').slice(2)).toEqual([
      '2021年7月29日 | 全国总工会在北京召开新就业形态劳动者权益保障工作推进会',
      '2021年9月3日 | 全国总工会发布关于推进新就业形态劳动者入会工作的若干意见',
      '2021年11月12日 | 全国总工会举行第十七届执委会第六次全体会议',
    ]);
    expect(a.events.map((e) => e.date)).toEqual(['2021-07-29', '2021-09-03', '2021-11-12']);
    expect(a.metadata.published).toBe('2022-01-12T10:20+08:00');
  });

  it('leaves a layout table’s prose, an info row and a table of linked headlines as they were', () => {
    // (Two paragraphs in one cell: a layout table's, not a record.)
    const layout = extractArticle(
      storyPage('布局表格', INFO, `<table><tr><td><p>${P}</p><p>${Q}</p></td><td>侧栏</td></tr></table>`),
    );
    expect(layout.model.text.startsWith(`${P}\n${Q}`)).toBe(true);
    // (An old page's info row: its time and source are the page's, read as such.)
    const old = extractArticle(
      storyPage(
        '旧式页面',
        '',
        `<table>${row('时间：2020-09-11 18:05', '来源：新华网', '作者：王小明')}</table><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(old.model.text).toBe(`${P}\n${Q}`);
    expect(old.metadata.published).toBe('2020-09-11T18:05+08:00');
    expect(old.metadata.source).toBe('新华网');
    // (A list of linked headlines with their days, under the story: no record of it.)
    const linked = extractArticle(
      storyPage(
        '相关新闻',
        INFO,
        `<p>${P}</p><p>${Q}</p><table>${row('<a href="/a">全国总工会召开新就业形态劳动者权益保障工作推进会</a>', '2021-07-29')}${row('<a href="/b">全国总工会发布关于推进新就业形态劳动者入会工作的意见</a>', '2021-09-03')}</table>`,
      ),
    );
    expect(linked.model.text).toBe(`${P}\n${Q}`);
  });
});
