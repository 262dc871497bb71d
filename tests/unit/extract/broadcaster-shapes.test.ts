// @vitest-environment jsdom
// Shapes met on broadcasters' and wires' pages no test used before (VOA's platform), each reduced
// to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { P, Q, storyPage } from './shapes';

describe('a dateline set apart from its paragraph', () => {
  it('opens the paragraph after it (<span class="dateline">华盛顿 —</span><p>…)', () => {
    const a = extractArticle(
      storyPage(
        '跨性别纪念日：国务卿发表声明',
        '2017-11-21 09:30',
        `<div class="wsw"><span class="dateline">华盛顿 —&nbsp;</span>\n<p>${P}</p><p>${Q}</p></div>`,
      ),
    );
    expect(a.model.text).toBe(`华盛顿 — ${P}\n${Q}`);
  });
  it('a dash inside a line is no dateline', () => {
    const line = '比分 3 - 1';
    const inside = extractArticle(
      storyPage('标题一二三四', '2017-11-21', `<p>${P}</p><p>${line}</p><p>${Q}</p>`),
    );
    expect(inside.model.text.split('\n')).toEqual([P, line, Q]);
  });
});

describe('a player’s placeholder', () => {
  it('(没有媒体可用资源) is junk in either script; a sentence about media is not', () => {
    expect(junkKindOfText('没有媒体可用资源')).toBe('other');
    expect(junkKindOfText('沒有媒體可用資源')).toBe('other');
    expect(junkKindOfText('他说，当地没有媒体可以采访，只能依靠居民拍摄的视频了解情况。')).toBeNull();
  });
});
