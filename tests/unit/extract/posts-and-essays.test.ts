// @vitest-environment jsdom
// Blogs, forum posts and essays (the Chinese web-content dataset's pages outside ../shared/corpus):
// how they credit who wrote them and when. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { postedBy } from '../../../lib/extract/unkeyed-credits';
import { load, P, Q } from './shapes';

describe('a post line: the poster, 发表于, the time', () => {
  it('names the author when nothing else does', () => {
    const a = extractArticle(
      load(`<html><head><title>博客--洞庭一叶</title></head><body><table><tr><td>
        <b><a href="/c/1">[湖湘文化]</a><a href="/p/2">陈天华《警世钟》</a></b><br>
        <a href="/u/ggjjzhzz">ggjjzhzz</a> 发表于 2005-9-15 11:46:00</td></tr>
        <tr><td><p>${P}</p><p>${Q}</p><p>${P}</p></td></tr></table></body></html>`),
    );
    expect(a.metadata.authors).toEqual(['ggjjzhzz']);
    expect(a.metadata.published).toBe('2005-09-15T11:46:00+08:00');
  });

  it('takes a name, not an outlet or a sentence', () => {
    expect(postedBy(['由 张三 發表於：2024/05/20'])).toEqual(['张三']);
    expect(postedBy(['张三发表于2024年5月20日 09:47'])).toEqual(['张三']);
    expect(postedBy(['新华网 发表于 2024-05-20'])).toEqual([]);
    expect(postedBy(['他的论文2024年发表于《自然》'])).toEqual([]);
  });
});
