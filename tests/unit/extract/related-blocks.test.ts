// @vitest-environment jsdom
// A block inside the story's container that a related-list label opens: another story's
// headline and summary (163.com's `延伸 · 推荐` box), not the story's end.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { load, P, Q } from './shapes';

const TEASER =
  '近日，四川江油一社区女民警在开展辖区实有人口核查工作时，平均日拨100余个电话，电信部门以涉嫌诈骗为由将其停机。';

const page = (after: string) =>
  extractArticle(
    load(`<html><head><title>误停电话应有救济_网易新闻</title></head><body>
      <h1>误停电话应有救济</h1><div class="info">2019-09-08 07:22:00 来源：北京青年报</div>
      <div class="post_text"><p>${P}</p><p>${Q}</p>${after}</div></body></html>`),
  );

describe('a block that a related-list label opens', () => {
  it('goes with its label: the teaser’s headline and summary are not the story', () => {
    const a = page(`<div class="special_tag_wrap"><div class="special_tag">
        <div class="special_tag_ttl">延伸 · 推荐</div>
        <div class="special_tag_cnt"><p><a href="/19/0907/1.html">女警一天打100电话被停机 电信:核实非诈骗后恢复</a></p>
        <p>${TEASER}</p></div></div></div>`);
    expect(a.model.text).toBe(`${P}\n${Q}`);
    expect(a.junk.some((j) => j.kind === 'related-links' && j.text === '延伸 · 推荐')).toBe(true);
    for (const label of ['延伸 · 推荐', '延伸推薦', '延伸・閱讀', '延伸阅读'])
      expect(junkKindOfText(label)).toBe('related-links');
  });

  it('a label standing alone among the story’s paragraphs takes none of them', () => {
    const a = page(`<p>延伸阅读</p><p>${TEASER}</p>`);
    expect(a.model.text).toBe(`${P}\n${Q}\n${TEASER}`);
    // (Nor does a label whose block holds the story before it.)
    const b = page(`<div><p>${TEASER}</p><p>相关新闻</p><p>${TEASER.replace('近日', '昨日')}</p></div>`);
    expect(b.model.text.split('\n')).toHaveLength(4);
  });
});
