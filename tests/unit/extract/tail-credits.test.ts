// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import type { TextModel } from '../../../lib/extract/text-model';
import { P, Q, storyPage } from './shapes';

/** The model's text read back from the DOM through its segments (separators where none maps). */
function fromSegments(model: TextModel): string {
  const s = model.segments;
  let out = '';
  for (let i = 0; i < s.start.length; i++) {
    const at = s.start[i] as number;
    out = out.padEnd(at, '\n');
    const from = s.nodeStart[i] as number;
    const value = s.node[i]?.nodeValue ?? '';
    out += value.slice(from, from + (s.end[i] as number) - at);
  }
  return out;
}

const LAST = '根據刑法規定，意圖欺騙他人而就商品之品質為虛偽之標記者，處一年以下有期徒刑或三萬元以下罰金。';

describe('an editor’s credit closing the last sentence', () => {
  it('is cut off the body and read as the editor (…罰金。（編輯：李亨山）1120823)', () => {
    const a = extractArticle(
      storyPage(
        '攤商涉用豬肉混充羊肉',
        '2023/08/23 15:06',
        `<p>${P}</p><p>${Q}</p><p>${LAST}（編輯：李亨山）1120823</p>`,
      ),
    );
    expect(a.model.text.endsWith(LAST)).toBe(true);
    expect(a.model.text).not.toContain('編輯');
    expect(a.metadata.editor).toBe('李亨山');
    // The model still maps onto the page's text nodes.
    expect(fromSegments(a.model)).toBe(a.model.text);
  });

  it('in a node of its own, or with a 责任编辑 label in ASCII brackets', () => {
    const a = extractArticle(
      storyPage('标题一二三四五', '2023-08-23 15:06', `<p>${P}</p><p>${Q}<span>(责任编辑：张三)</span> </p>`),
    );
    expect(a.model.text.endsWith(Q)).toBe(true);
    expect(a.metadata.editor).toBe('张三');
    expect(fromSegments(a.model)).toBe(a.model.text);
  });

  it('brackets that credit no editor stay', () => {
    for (const tail of ['（完）', '（中央社）', '（編輯部整理）']) {
      const a = extractArticle(storyPage('標題一二三四五', '2023/08/23', `<p>${P}</p><p>${LAST}${tail}</p>`));
      expect(a.model.text.endsWith(LAST + tail)).toBe(true);
    }
  });
});

describe('a post’s footer of counters', () => {
  it('is a metadata line, not the story’s last paragraph', () => {
    const a = extractArticle(
      storyPage(
        '女孩辍学后生下女婴',
        '',
        `<p>${P}</p><p>${Q}</p><p>作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30</p>`,
      ),
    );
    expect(a.model.text.endsWith(Q)).toBe(true);
    expect(a.metadata.published).toBe('2005-07-31T12:30+08:00');
  });

  it('a line of prose that counts readers stays', () => {
    const line = '截至2023年8月，该文阅读(含转载)已超过一百万次，评论(精选)三千余条，引发广泛讨论';
    const a = extractArticle(
      storyPage('标题一二三四五', '2023-08-23', `<p>${P}</p><p>${line}</p><p>${Q}</p>`),
    );
    expect(a.model.text).toContain(line);
  });
});

describe('a station’s credit closing the story', () => {
  it('names the station and its reporters, the place cut off the last name', () => {
    expect(parseBylineLine('（民視新聞陳韻平、郭文海台北報導）')).toEqual({
      source: '民視',
      authors: ['陳韻平', '郭文海'],
    });
    expect(parseBylineLine('（華視新聞 記者王小明 台北報導）')).toEqual({
      source: '華視',
      authors: ['王小明'],
    });
    expect(parseBylineLine('（民視新聞王明台北報導）')).toEqual({ source: '民視', authors: ['王明'] });
  });

  it('is read from the end of the last paragraph, which keeps it as the dispatch line is kept', () => {
    const credit = '（民視新聞陳韻平、郭文海台北報導）';
    const a = extractArticle(
      storyPage('良心包子重視食安', '2014-12-01 18:13', `<p>${P}</p><p>${Q}${credit}</p>`),
    );
    expect(a.metadata.source).toBe('民視');
    expect(a.metadata.authors).toEqual(['陳韻平', '郭文海']);
    expect(a.model.text.endsWith(credit)).toBe(true);
  });

  it('not without names that read as people’s (a desk, a topic)', () => {
    expect(parseBylineLine('（民視新聞綜合報導）').authors).toBeUndefined();
    expect(parseBylineLine('（民視新聞國際中心報導）').authors).toBeUndefined();
  });
});
