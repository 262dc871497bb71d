// @vitest-environment jsdom
// Shapes from session 41's pages no test had seen, each reduced to the markup that matters. Each
// test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { P, Q, load } from './shapes';

/** A story-like page: headline, a dated source line, `story` under it, `more` after it. */
const videoLike = (story: string, more: string, og = 'article'): Document =>
  load(
    `<html><head><title>一张浓缩四十多年情谊的珍贵合影_央视网</title><meta property="og:type" content="${og}"></head><body><h3>一张浓缩四十多年情谊的珍贵合影</h3><div class="info">来源：央视网 2018年10月08日 23:21</div>${story}${more}</body></html>`,
  );

const DESCRIPTION = `<div class="about"><p>当年他在村里插队的时候，有将近一年的时间在张大爷家搭伙，村里人凑钱为他送行，留下了一张珍贵的合影。</p></div>`;

describe('a video’s own page', () => {
  it('is no article when its description sits under a 视频简介 tab', () => {
    const tabs = '<ul class="tabs"><li>视频简介</li><li>节目信息</li></ul>';
    const page = videoLike(`<div id="player"></div>${tabs}${DESCRIPTION}`, '');
    const a = extractArticle(page);
    expect(a.signals.video).toBe(-3);
    expect(a.isArticle).toBe(false);
  });

  it('is no article beside a playlist that labels its items’ running times (節目全長 8,13)', () => {
    const items = ['8,13', '9,35', '4,37', '3,32']
      .map((t, i) => `<li><a href="/v${i}">視頻, 台灣女兵的故事第${i}集, 節目全長 ${t}</a></li>`)
      .join('');
    const page = videoLike(DESCRIPTION, `<h2>最新</h2><ul>${items}</ul>`);
    const a = extractArticle(page);
    expect(a.signals.video).toBe(-3);
    expect(a.isArticle).toBe(false);
  });

  it('does not take a long story with the tab word in it, nor one or two labelled videos', () => {
    const long = `<div class="content">${`<p>${P}</p><p>${Q}</p>`.repeat(6)}</div>`;
    const tabbed = extractArticle(videoLike(`<ul><li>视频简介</li></ul>${long}`, ''));
    expect(tabbed.signals.video).toBeUndefined();
    expect(tabbed.isArticle).toBe(true);
    const two = '<ul><li>視頻, 一, 節目全長 8,13</li><li>視頻, 二, 節目全長 9,35</li></ul>';
    const short = extractArticle(videoLike(`<div class="content"><p>${P}</p><p>${Q}</p></div>`, two));
    expect(short.signals.video).toBeUndefined();
    // (A sentence that says how long a programme runs is no label: 节目全长三十分钟.)
    const said = extractArticle(
      videoLike(
        `<div class="content"><p>${P}</p><p>这期节目简介了村里的变化，节目全长三十分钟。</p></div>`,
        '',
      ),
    );
    expect(said.signals.video).toBeUndefined();
  });
});

describe('a platform’s post embedded in a story', () => {
  it('is no forum’s 帖子 (跳過 YouTube 帖子, 1)', () => {
    const embed = (i: number) =>
      `<div class="embed"><p>跳過 YouTube 帖子, ${i}</p><p>結尾 YouTube 帖子, ${i}</p></div>`;
    const page = videoLike(`<div class="content"><p>${P}</p>${embed(1)}<p>${Q}</p>${embed(2)}</div>`, '');
    const a = extractArticle(page);
    expect(a.signals.forum).toBeUndefined();
  });
});

describe('a news item posted in a forum’s frame', () => {
  const thread = (post: string): Document =>
    load(
      `<html><head><title>五连胜终结！上港闷平苏宁 - 上海上港 - 虎扑社区</title></head><body><div class="bbs-hd"><h1>五连胜终结！上港闷平苏宁</h1></div><div class="bbs-post"><div class="floor"><span>楼主</span> <span>相忘于西北</span> <span>2018-10-21 21:41</span></div><div class="quote-content">${post}</div></div><div class="replies"><p>1楼 回复 支持楼主</p><p>2楼 回复 帖子不错</p></div></body></html>`,
    );

  it('is an article when the post credits its newsroom (虎扑10月21日讯 … 来源：虎扑)', () => {
    const a = extractArticle(thread(`<p>虎扑10月21日讯 今晚，${P}</p><p>${Q}</p><p>来源：虎扑</p>`));
    expect(a.signals.forum).toBe(-1);
    expect(a.isArticle).toBe(true);
    expect(a.model.text.startsWith('虎扑10月21日讯')).toBe(true);
  });

  it('stays a forum’s post without one', () => {
    const a = extractArticle(thread(`<p>${P}</p><p>${Q}</p>`));
    expect(a.signals.forum).toBe(-2.5);
    expect(a.isArticle).toBe(false);
  });
});

describe('a university office’s news pages (南开新闻网, 招投标管理办公室)', () => {
  it('finds the headline in a plain cell when <title> joins it to its column and site by bare dashes', () => {
    const page = load(
      `<html><head><title>今晚报：入伍前最后一课：立报国之志-媒体南开-南开大学</title></head><body><table><tr><td><a href="/">首页</a> &gt; <a href="/mtnk">媒体南开</a></td></tr><tr><td style="font-size:30px;font-weight:bold">今晚报：入伍前最后一课：立报国之志</td></tr><tr><td><span>来源： 今晚报2018年9月9日1版</span><span>发稿时间：2018-09-09 10:20</span></td></tr><tr><td><p>${P}</p><p>${Q}</p></td></tr></table></body></html>`,
    );
    const { metadata } = extractArticle(page);
    expect(metadata.title).toBe('今晚报：入伍前最后一课：立报国之志');
    // (The paper's issue glued after its name is no part of it.)
    expect(metadata.source).toBe('今晚报');
  });

  it('keeps a headline whose own words hold a dash', () => {
    const page = load(
      `<html><head><title>中美经贸磋商-取得实质性进展</title></head><body><div class="tt">中美经贸磋商</div><h1>中美经贸磋商-取得实质性进展</h1><div class="info">2019-10-13 14:44</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(page).metadata.title).toBe('中美经贸磋商-取得实质性进展');
  });

  it('names the office, not its column, from a <title> of both (南开大学招投标管理办公室-工作动态)', () => {
    const page = load(
      `<html><head><title> 南开大学招投标管理办公室-工作动态</title></head><body><div class="ctitle"><h1>中国人民大学采购与招标管理中心来访调研</h1><div class="info"><i>发布日期：2025-04-25</i></div></div><div class="ccontent"><p style="text-align:center"><span>中国人民大学采购与招标管理中心来访调研</span></p><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.metadata.source).toBe('南开大学招投标管理办公室');
    // (The headline again as the pasted document's first line is no line of the story.)
    expect(a.model.text.split('\n')).toEqual([P, Q]);
  });

  it('leaves a paper’s caption (图今天上午，…) and its photographer’s credit out of the story', () => {
    const page = load(
      `<html><head><title>入伍前最后一课-媒体南开-南开大学</title></head><body><h1>入伍前最后一课</h1><div class="info">发稿时间：2018-09-09 10:20</div><div class="content"><p>${P}</p><p>${Q}</p><p>\u3000\u3000图今天上午，欢送新兵仪式在南开大学举行。</p><p>\u3000\u3000本报记者王晓明摄</p></div></body></html>`,
    );
    expect(extractArticle(page).model.text.split('\n')).toEqual([P, Q]);
  });
});

describe('old portal templates (2005–2011: 网易, 腾讯, 新浪, 凤凰, 21CN)', () => {
  /** An old portal's story: its headline cell, an info line, the story's blocks, then `after`. */
  const portal = (info: string, story: string, after = ''): Document =>
    load(
      `<html><head><title>郭敬明想将过往情史拍成电影_娱乐频道</title></head><body><div id="artical"><h1>郭敬明想将过往情史拍成电影</h1><div class="from">${info}</div><div id="artical_real">${story}</div></div>${after}</body></html>`,
    );
  const story = `<p>${P}</p><p>${Q}</p>`;
  /** The metadata of the story under the info line `info`. */
  const under = (info: string) => extractArticle(portal(info, story)).metadata;

  it('reads the outlet beside the time after the site’s address, and the reporter after it', () => {
    const sina = under(
      '<span>http://www.sina.com.cn</span> <span>2011年03月07日11:21</span> <span>千龙网</span>',
    );
    expect(sina.source).toBe('千龙网');
    const qq = under(
      'http://ent.QQ.com\u30002008年12月24日08:07\u3000新闻晨报\u3000彭骥\u3000<a href="#c">我要评论(0)</a>',
    );
    expect(qq.source).toBe('新闻晨报');
    expect(qq.authors).toEqual(['彭骥']);
  });

  it('takes the paper after its portal’s name, past the line’s widgets (大洋网―广州日报 | 发表评论(0) | 正文背景色：)', () => {
    const info =
      '2010-05-02 08:59:53 大洋网―广州日报 | <a href="#c">发表评论(0)</a> | 正文背景色：<span>□</span>';
    expect(under(info).source).toBe('广州日报');
  });

  it('leaves an info line with its widgets, and a breadcrumb down to 正文, out of the story', () => {
    const a = extractArticle(
      portal(
        '2010年06月07日 08:36 新京报',
        `<div class="crumb">凤凰网娱乐 &gt; 明星 &gt; 内地 &gt; 正文</div><div>2010年06月07日 08:36 新京报 【<a>大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】 共有评论</div>${story}`,
      ),
    );
    expect(a.model.text.split('\n')).toEqual([P, Q]);
    expect(a.junk.map(({ kind, text }) => ({ kind, text }))).toContainEqual({
      kind: 'navigation',
      text: '凤凰网娱乐 > 明星 > 内地 > 正文',
    });
  });

  it('leaves a picture’s caption out past an empty block and above a link of the site’s', () => {
    const pictured = `<p>${P}</p><p align="center"><img src="a.jpg"></p><p></p><p align="center">韩寒</p><p align="center"><a href="/tv/">&gt;&gt;点击欣赏最新电视剧、电视节目资讯</a></p><p>${Q}</p>`;
    expect(extractArticle(portal('2008年12月24日08:07', pictured)).model.text.split('\n')).toEqual([P, Q]);
  });

  it('reads a line crediting writer and editor both, past the related links and the comment box', () => {
    const links = Array.from(
      { length: 10 },
      (_, i) => `<li><a href="/r${i}">相关新闻标题第${i}条内容文字</a></li>`,
    ).join('');
    const after = `<ul>${links}</ul><div class="comment"><p>共有评论0条 点击查看</p><p>用户名 密码 注册</p></div><div id="relation_news"><div align="right"> 作者：曾家新   编辑：曹恒娜  </div></div>`;
    const { metadata } = extractArticle(portal('2010年06月07日 08:36 新京报', story, after));
    expect(metadata.authors).toEqual(['曾家新']);
    expect(metadata.editor).toBe('曹恒娜');
  });

  it('keeps a prize list its last line announces (…获奖名单), a title’s ！ no sentence’s end', () => {
    const prizes = [
      '最佳导演周星驰《功夫》',
      '最佳纪录片《翻滚吧！男孩》',
      '终身成就特别奖葛香亭',
      '观众票选最佳影片《面子》',
    ];
    const listed = `${story}<p>舒淇抱“金马”，郭富城爆“黑马”<strong>第42届金马奖获奖名单</strong></p>${prizes.map((t) => `<p>${t}</p>`).join('')}`;
    const text = extractArticle(portal('2005-11-14 13:14:43', listed)).model.text.split('\n');
    expect(text.slice(-4)).toEqual(prizes);
  });

  it('reads a story of sentences under its dated headline as an article in a frame of link lists', () => {
    const nav = Array.from(
      { length: 24 },
      (_, i) => `<p><a href="/n${i}">2008-02-${10 + i} 电影频道新闻标题第${i}条</a></p>`,
    ).join('');
    const long = `<p>${P}${Q}</p><p>${Q}${P}</p><p>${P}${Q}</p>`;
    const page = load(
      `<html><head><title>《江山美人》定档3月7日_21CN娱乐</title></head><body><table><tr><td><h1>《江山美人》定档3月7日</h1></td></tr><tr><td>2008-02-25 16:27:52\u300021CN专栏</td></tr><tr><td id="zoom">${long}</td></tr></table><table><tr><td>${nav}</td></tr></table></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.signals.datedHeadline).toBe(0.5);
    expect(a.isArticle).toBe(true);
  });
});

describe('platform and institute pages (36氪, 亿欧 on WeChat, 雪球, a research institute)', () => {
  it('reads a calendar badge’s day and month as the day (21 / 2024年02月)', () => {
    const page = load(
      `<html><head><title>浙江省淡水水产研究所</title></head><body><div class="left"><h5>浙江省淡水水产研究所召开干部职工大会</h5><div class="data"><div class="day">21</div><div class="year">2024年02月</div></div><div class="content"><p>${P}${Q}</p></div></div></body></html>`,
    );
    expect(extractArticle(page).metadata.published).toBe('2024-02-21');
  });

  it('takes a name before a dot and the time alone as the writer (李振梁 · 6小时前), not a word', () => {
    const page = (line: string) =>
      extractArticle(
        load(
          `<html><head><title>孟晚舟再出庭，律师提出三大辩护事项_36氪</title></head><body><h1>孟晚舟再出庭，律师提出三大辩护事项</h1><div class="info">${line}</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
        ),
      ).metadata.authors;
    expect(page('李振梁 · 6小时前')).toEqual(['李振梁']);
    expect(page('最新 · 6小时前')).toEqual([]);
  });

  it('leaves a platform’s reprint notice and a first-ran-at note out of the story', () => {
    const notice =
      '本文来源亿欧，经亿欧授权发布，版权归原作者所有。申请文章授权请后台回复“转载”，联系相关运营人员，违规转载法律必究。';
    const first = '本文首先发表于公众号：W安全边际，欢迎关注！';
    const page = load(
      `<html><head><title>中国知识产权，拿什么服务你</title></head><body><h1>中国知识产权，拿什么服务你</h1><div class="info">2019-06-23 22:21</div><div class="content"><p>${P}</p><p>${Q}</p><p>${notice}</p><p>${first}</p></div></body></html>`,
    );
    expect(extractArticle(page).model.text.split('\n')).toEqual([P, Q]);
    // (Not a story's sentence about a reprint that broke the rules.)
    const news = '该网站因违规转载新闻作品被网信办约谈，并处以罚款。';
    const told = load(
      `<html><head><title>网站违规转载被约谈</title></head><body><h1>网站违规转载被约谈</h1><div class="info">2019-06-23 22:21</div><div class="content"><p>${P}</p><p>${news}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(told).model.text.split('\n')).toEqual([P, news, Q]);
  });
});

describe('a government page’s disclosure table (索引号, 发布机构, 发文日期)', () => {
  const page = (info: string) =>
    extractArticle(
      load(
        `<html><head><title>宜春市2022年统计公报_中国宜春</title></head><body><div class="meta-data">${info}</div><h1>宜春市2022年统计公报</h1><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata.source;

  it('takes the issuing body under its label, the label and its value in cells of their own', () => {
    expect(
      page(
        '<dl><dd><label>索 引 号：</label><div>014717475N/2023-0040295</div></dd><dd><label>发布机构：</label><div> 宜春市统计局 </div></dd><dd><label>发文日期：</label><div>2023-04-18</div></dd></dl>',
      ),
    ).toBe('宜春市统计局');
    expect(page('<table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr></table>')).toBe('吉林省人民政府');
    expect(page('<table><tr><td>来源：</td><td>宜春市统计局</td></tr></table>')).toBe('宜春市统计局');
  });
});
