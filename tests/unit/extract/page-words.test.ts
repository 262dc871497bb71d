import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFacts } from '../../../lib/extract/text-facts';
import {
  ARCHIVE,
  CHAPTER,
  FORUM,
  FORUM_MORE,
  PLAYLIST,
  SEARCH,
  STUDY,
  TIME_LABEL,
  UGC,
  UGC_MORE,
  WORD_RE,
  countWords,
} from '../../../lib/extract/page-words';

/** Matches of the kind's regex over the whole text, as detection counted them before the marks. */
function scanAll(text: string, bit: number): number {
  const re = new RegExp(
    (WORD_RE.get(bit) as RegExp).source,
    'g' + (WORD_RE.get(bit) as RegExp).flags.replace('g', ''),
  );
  return text.match(re)?.length ?? 0;
}

const para = (text: string) => ({ text, words: textFacts(text).words });

describe('page words', () => {
  it('marks the paragraphs where each kind matches', () => {
    const cases: [string, number][] = [
      ['楼主 发表于 2020-01-01', FORUM],
      ['第 12 楼', FORUM],
      ['第3樓 回覆', FORUM],
      ['论坛首页 » 新帖', FORUM_MORE],
      ['#3 1 月前', FORUM_MORE],
      ['My BLOG archive', UGC],
      ['Powered by WordPress', UGC],
      ['这家伙很懒，什么也没留下', UGC_MORE],
      ['上一章 目录 下一章', CHAPTER],
      ['原文 译文 注释', STUDY],
      ['发布时间：2020-01-01', TIME_LABEL],
      ['日期 : 2020', TIME_LABEL],
      ['本集选集 Playlist', PLAYLIST],
      ['Powered by Discuz! Archiver', ARCHIVE],
      ['phpwind Archiver', ARCHIVE],
      ['找到约 1,000 条结果', SEARCH],
      ['Search Results for', SEARCH],
    ];
    for (const [text, bit] of cases) {
      const p = para(text);
      expect(p.words & bit, text).toBe(bit);
      expect(countWords([p], bit), text).toBeGreaterThan(0);
    }
  });

  it('leaves a news paragraph unmarked for the forum and blog words', () => {
    const p = para('第一季度，全省发布新政策，主要指标回升，最新数据显示版图扩大。');
    expect(p.words & (FORUM | FORUM_MORE | UGC | UGC_MORE)).toBe(0);
  });

  it('counts what a scan of the whole text counts, on any text (no match is left unmarked)', () => {
    // Texts built from the words' own pieces, so that matches, near misses and overlaps are common.
    const pieces = [
      ...'楼主 樓主 第 楼 樓 1 23 # 月前 分钟前 新帖 发 表 看帖 帖子 回复数 最后回复 博客 blog BLOG Powered by 这家伙很懒 這個人很懶 上一章 下一章 赏析 原文 发布 时间 日期 ： : 播放列表 playlist Discuz! Archiver 搜索结果 search results 的 。 \n'.split(
        ' ',
      ),
      ' ',
      '\u3000',
      // Glosses, which the character pass reads whole and steps over (one reads `se…`, `po…`).
      ...'網(wǎng) (seàr) (poù) ch results'.split(' '),
    ];
    const bits = [FORUM, FORUM_MORE, UGC, UGC_MORE, CHAPTER, STUDY, TIME_LABEL, PLAYLIST, ARCHIVE, SEARCH];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const p = para(text);
        for (const bit of bits) expect(countWords([p], bit)).toBe(scanAll(text, bit));
      }),
      { numRuns: 500 },
    );
  });
});
