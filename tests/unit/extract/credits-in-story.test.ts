// @vitest-environment jsdom
// Credits written inside the story's paragraphs (新浪's 2018 template, financial portals' pages of
// 2017), each reduced to the markup or the line that matters. Each test failed before the rule
// it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { isMetaLine } from '../../../lib/extract/meta-lines';
import { P, Q, storyPage } from './shapes';

describe('a source credited after a sentence of the story', () => {
  it('keeps the sentence in the body: the line is no info line', () => {
    expect(isMetaLine('2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）')).toBe(false);
    // A credit alone, or one that only closes with a full stop, still is.
    expect(isMetaLine('（来源：中国经济网）')).toBe(true);
    expect(isMetaLine('来源：新华社。')).toBe(true);
  });

  it("gives way to the outlet the page names beside its time, and a reporter's credit further up is the byline", () => {
    // Before: the source 中国经济网 (the profile's credit), no author, and the last line cut.
    const page = storyPage(
      '证监会原副主席受贿案宣判',
      '<span class="date">2018年09月28日 15:16</span> <a class="source" href="#">央视新闻</a>',
      `<p>${P}</p><p>${Q}（央视记者 奚丹霓）</p><p>个人简历</p><p>${P}</p><p>2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）</p>`,
    );
    const { metadata, model } = extractArticle(page);
    expect(metadata.source).toBe('央视新闻');
    expect(metadata.authors).toEqual(['奚丹霓']);
    expect(model.text.endsWith('接受组织调查。（来源：中国经济网）')).toBe(true);
  });

  it('is still the source where the page names no other', () => {
    const page = storyPage(
      '标题一二三四',
      '<span>2018年09月28日 15:16</span>',
      `<p>${P}</p><p>${Q}（来源：中国经济网）</p>`,
    );
    expect(extractArticle(page).metadata.source).toBe('中国经济网');
  });
});
