import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/text/recognize';
import { findTableFigures } from '../../../lib/text/table-figures';

const figuresOf = (text: string) =>
  recognize(text, { published: '2023-10-25T10:20:00+08:00', garbled: [] }).figures.map((f) => [
    f.text,
    f.value,
    f.unit,
    text.slice(f.start, f.end),
  ]);

describe('a data table’s bare numbers', () => {
  it('take the unit their column’s header names in brackets', () => {
    const text =
      '部分地区数据如下：\n地区 | 生产总值（亿元） | 同比增长(%)\n广东 | 98012.83 | 4.5\n江苏 | 1,165.51 | -0.8';
    expect(figuresOf(text)).toEqual([
      ['98012.83', 9801283000000, '元', '98012.83'],
      ['4.5', 4.5, '%', '4.5'],
      ['1,165.51', 116551000000, '元', '1,165.51'],
      ['-0.8', -0.8, '%', '-0.8'],
    ]);
  });

  it('take the unit the line over the table names, where the header names none', () => {
    const text = '单位：万人\n城市 | 常住人口 | 城镇人口\n北京 | 2184.3 | 1915.7';
    expect(figuresOf(text).map((f) => [f[0], f[1], f[2]])).toEqual([
      ['2184.3', 21843000, '人'],
      ['1915.7', 19157000, '人'],
    ]);
  });

  it('take the unit their row’s label names, where the columns are years; a row’s unit before the table’s', () => {
    const text = '单位：亿元\n指标 | 2021年 | 2022年\n生产总值 | 1143670 | 1210207\n增长率（%） | 8.4 | 3.0';
    expect(figuresOf(text).map((f) => [f[0], f[1], f[2]])).toEqual([
      ['1143670', 114367000000000, '元'],
      ['1210207', 121020700000000, '元'],
      ['8.4', 8.4, '%'],
      ['3.0', 3, '%'],
    ]);
  });

  it('leave a cell with its own unit to the figure reader, and numbers under no unit alone', () => {
    const text = '项目 | 金额（万元） | 备注\n设备 | 120万元 | 2023\n人工 | 35 | 12';
    expect(figuresOf(text).map((f) => f[0])).toEqual(['120万元', '35']);
    // (No header unit, no unit over the table: a bare number is no figure.)
    expect(figuresOf('名次 | 得分\n1 | 98\n2 | 95')).toEqual([]);
    // (Lines of other shapes are no table: a row needs the header's number of cells.)
    expect(figuresOf('地区 | 生产总值（亿元）\n广东 | 98012.83 | 4.5')).toEqual([]);
  });

  it('marks a cell touching a garbled span suspect, and is offsets into the whole text', () => {
    const text = '甲\n地区 | 产量（吨）\n东区 | 120\n西区 | 85';
    const at = text.indexOf('85');
    const found = findTableFigures(text, [], [{ start: at, end: at + 1 }]);
    expect(found.map((f) => [text.slice(f.start, f.end), f.value, f.suspect])).toEqual([
      ['120', 120, false],
      ['85', 85, true],
    ]);
  });
});
