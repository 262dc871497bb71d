// @vitest-environment jsdom
// Blogs, forum posts and essays (the Chinese web-content dataset's pages outside ../shared/corpus):
// how they credit who wrote them and when. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { postedBy } from '../../../lib/extract/unkeyed-credits';
import { issueDate } from '../../../lib/extract/published';
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
    // (A site's staff posting an outlet's story is no writer; a blog's poster beside 来源：原创 is.)
    expect(postedBy(['tequila发布于 2012-10-16 15:26:22| 次阅读  稿源:腾讯科技'])).toEqual([]);
    expect(postedBy(['张三发表于 2012-10-16 15:26:22 来源：原创'])).toEqual(['张三']);
  });
});

describe('an essay’s head: its headline in a bold line, the writer’s name, a ——subtitle', () => {
  const essay = (title: string, name: string) =>
    extractArticle(
      load(`<html><head><title>${title}</title></head><body>
        <p align="center"><font color="darkblue"><strong>比赛革命的革命</strong></font></p><hr>
        <p> ${name}<br><br>&nbsp;&nbsp;——对文化革命的政治心理学分析<br><br><br>一、理解文革的一个重要内容<br><br>
        ${P}<br>${Q}<br>${P}<br>&nbsp;&nbsp;——《北京之春》1996年6月号</p></body></html>`),
    );

  it('are the headline, the author and the subtitle, not the story’s first lines', () => {
    const a = essay('显示', '胡平');
    expect(a.metadata.title).toBe('比赛革命的革命');
    expect(a.metadata.authors).toEqual(['胡平']);
    expect(a.metadata.subtitle).toBe('对文化革命的政治心理学分析');
    expect(a.model.text.split('\n')[0]).toBe('一、理解文革的一个重要内容');
    // (A <title> an editor's tool gives every page names no site.)
    expect(a.metadata.source).toBe('');
    // The issue that first printed it: to the month it gives.
    expect(a.metadata.published).toBe('1996-06');
    // (A magazine's essay, no news: a month is no news item's date.)
    expect(a.isArticle).toBe(false);
  });

  it('a name the story goes on to name is its subject (a portrait’s caption), not its writer', () => {
    const a = extractArticle(
      load(`<html><head><title>显示</title></head><body><h1>八十四岁再出征</h1>
        <p>钟南山</p><p>钟南山院士今天在广州表示，${P}</p><p>${Q}</p></body></html>`),
    );
    expect(a.metadata.authors).toEqual([]);
    expect(a.model.text.split('\n')[0]).toBe('钟南山');
  });

  it('an issue’s date: the month, or the year of a numbered issue', () => {
    expect(issueDate('——《北京之春》1996年6月号')).toBe('1996-06');
    expect(issueDate('原载《读书》2005年第3期')).toBe('2005');
    expect(issueDate('《读书》2005年13月号')).toBe('');
    expect(issueDate('1996年6月号')).toBe('');
  });
});

describe('a code listing in a post (<pre>, highlighted)', () => {
  it('stays in the body whole: its comments are no comment box, its `|` no keyword list', () => {
    const code = `<pre class="highlighter-hljs"><code class="language-bash hljs"><span class="hljs-comment"># 参考链接：清理旧容器</span>
docker stop prometheus &amp;&amp; docker rm prometheus <span class="hljs-comment"># prometheus</span>
docker run -d --name=node-exporter --collector.filesystem.ignored-mount-points "^/(sys|proc|dev|host|etc)($|/)" | tee a | tee b | tee c | tee d | tee e</code></pre>`;
    const a = extractArticle(
      load(`<html><head><title>Docker和Podman的使用经验</title></head><body><h1>Docker和Podman的使用经验</h1>
        <div class="post"><p>${P}</p>${code}<p>${Q}</p><pre><code>import json<br>print(12345)</code></pre><p>${P}</p></div>
        <div class="comment"><p>网友：写得好，谢谢分享，已收藏。</p></div></body></html>`),
    );
    expect(a.model.text).toContain('# 参考链接：清理旧容器');
    expect(a.model.text).toContain('docker stop prometheus && docker rm prometheus # prometheus');
    expect(a.model.text).toContain('tee e');
    // (Short lines of code, with no hanzi, too.)
    expect(a.model.text).toContain('import json\nprint(12345)');
    expect(a.junk.map((j) => j.text).join('\n')).not.toContain('参考链接');
  });
});

describe('a blog post’s headline written with the separator <title> splits on', () => {
  it('is the heading’s whole line, not its first segment', () => {
    const a = extractArticle(
      load(`<html><head><title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 ::</title></head><body>
        <h2><a href="/blog/post/1">新竹尖石_美樹營地賞楓 (2)</a></h2><div class="article-content"><p>${P}</p><p>${Q}</p></div>
        <div class="photo-title">新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家 :: 痞客邦</div></body></html>`),
    );
    expect(a.metadata.title).toBe('新竹尖石_美樹營地賞楓 (2)');
  });
});
