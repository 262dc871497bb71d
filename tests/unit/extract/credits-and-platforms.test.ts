// @vitest-environment jsdom
// Credit lines and platform templates met on Chinese news pages outside the corpus, each reduced
// to the markup or the line that matters. Each test failed before the rule it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { isMetaLine } from '../../../lib/extract/meta-lines';
import { parseBylineLine } from '../../../lib/extract/byline';
import { parseOutletNameLine } from '../../../lib/extract/unkeyed-credits';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { paperOfEdition, SOURCE_TOKEN, SOURCE_WORD } from '../../../lib/extract/source';
import { load, P, Q, withInfoLine } from './shapes';

describe('credit lines: dispatches, separators, editors', () => {
  it('a dispatch without a day (本报讯, 北京商报讯) or ending 消息 names its reporters, and its outlet', () => {
    const lead =
      '近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动，将以基层社区、学校为重点服务领域。';
    expect(parseBylineLine(`本报讯（记者叶婉）${lead}`).authors).toEqual(['叶婉']);
    const paper = parseBylineLine(`北京商报讯（记者 岳品瑜 董晗萱）${lead}`);
    expect(paper.authors).toEqual(['岳品瑜', '董晗萱']);
    expect(paper.reporterOutlet).toBe('北京商报');
    const radio = parseBylineLine(`央广网北京5月20日消息（记者王小明 通讯员李四）${lead}`);
    expect(radio.authors).toEqual(['王小明', '李四']);
    expect(radio.reporterOutlet).toBe('央广网');
    expect(parseBylineLine(`经济日报北京5月20日讯（记者 王小明）${lead}`).reporterOutlet).toBe('经济日报');
    // 本报 is the site's own paper (ownPaper), and a place alone names no outlet.
    expect(parseBylineLine(`本报讯（记者叶婉）${lead}`).reporterOutlet).toBeUndefined();
    expect(parseBylineLine(`北京5月20日电（记者 王小明）${lead}`).reporterOutlet).toBeUndefined();
    // A sentence that mentions a reporter in brackets opens with no dispatch.
    expect(parseBylineLine(`他说（记者王小明在现场）${lead}`).authors).toBeUndefined();
  });

  it('an outlet in the name slot (作者：新京报, 记者：新华社) is the outlet, not an author', () => {
    expect(parseBylineLine('作者：新京报')).toEqual({ reporterOutlet: '新京报' });
    expect(parseBylineLine('记者：新华社').reporterOutlet).toBe('新华社');
    expect(parseBylineLine('作者：光明网').authors).toBeUndefined();
    expect(parseBylineLine('作者：新华社 王小明')).toMatchObject({
      authors: ['王小明'],
      reporterOutlet: '新华社',
    });
    // A given name may end in 社 (张建社); a section is no outlet.
    expect(parseBylineLine('记者 张建社').authors).toEqual(['张建社']);
  });

  it('after the reporters, a role word (编辑, 校对, 发自) ends the names; an outlet may open them', () => {
    expect(parseBylineLine('新京报记者 王小明 编辑 李四 校对 赵五')).toMatchObject({
      authors: ['王小明'],
      editor: '李四',
    });
    expect(parseBylineLine('记者 王小明 何小红 发自北京').authors).toEqual(['王小明', '何小红']);
    expect(parseBylineLine('采写：南都记者 余毅菁 向雪妮').authors).toEqual(['余毅菁', '向雪妮']);
    // Interns and correspondents are credited beside the reporters, and stay.
    expect(parseBylineLine('记者 王小明 实习生 李四').authors).toEqual(['王小明', '李四']);
  });

  it("an outlet's own dispatch (【明報專訊】, （新華社電）) names the outlet, and no author", () => {
    expect(parseBylineLine('【明報專訊】')).toEqual({ source: '明報' });
    expect(parseBylineLine('（大公報訊）')).toEqual({ source: '大公報' });
    expect(parseBylineLine('（新華社電）')).toEqual({ source: '新華社' });
    expect(parseBylineLine('【本報專訊】')).toEqual({ ownPaper: true });
    expect(parseBylineLine('(中央社記者王小明台北20日電)')).toMatchObject({
      source: '中央社',
      authors: ['王小明'],
    });
  });

  it('a photographer is no author, with spaces around the name too; 发表于 is no editor', () => {
    expect(parseBylineLine('图为中国人民银行大楼。新华社记者 王小明 摄').authors).toBeUndefined();
    expect(parseBylineLine('资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄').authors).toBeUndefined();
    expect(parseBylineLine('本报记者 惠禾 摄').authors).toBeUndefined();
    // 摄影报道: the reporter took the pictures and wrote the story.
    expect(parseBylineLine('记者 王小明 摄影报道').authors).toEqual(['王小明']);
    expect(
      parseBylineLine('作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30').editor,
    ).toBeUndefined();
  });

  it('a Latin name of two or three capitalized words is one name', () => {
    expect(parseBylineLine('作者：Mahdhi Rezvi 译者：前端小智').authors).toEqual(['Mahdhi Rezvi']);
    expect(parseBylineLine('责编：Demi Xia').editor).toBe('Demi Xia');
    expect(parseBylineLine('作者：Tom、Jerry').authors).toEqual(['Tom', 'Jerry']);
    expect(parseBylineLine('作者：abc_123').authors).toEqual(['abc_123']);
  });

  it('丨 and ｜ set a name after its key; a bullet may open the byline', () => {
    expect(parseBylineLine('文丨王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('记者丨王小明 编辑丨李大伟')).toMatchObject({
      authors: ['王小明'],
      editor: '李大伟',
    });
    expect(parseBylineLine('撰文｜王小明 编辑｜李大伟').editor).toBe('李大伟');
    expect(parseBylineLine('摄影/张艳 编辑/苏芳').editor).toBe('苏芳');
    expect(parseBylineLine('■记者 王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('★本报记者 王小明').authors).toEqual(['王小明']);
    // 丨 in a headline is no byline.
    expect(parseBylineLine('调查丨20只东北虎之死').authors).toBeUndefined();
  });

  it('the outlet that reports, in the bracket opening the story (【环球时报报道 记者 王小明】)', () => {
    expect(parseBylineLine('【环球时报报道 记者 王小明】美国财政部20日宣布')).toMatchObject({
      source: '环球时报',
      authors: ['王小明'],
    });
    // A place before 报道 is no outlet.
    expect(parseBylineLine('【北京报道 记者 王小明】').source).toBeUndefined();
  });

  it('责任编辑 outranks a plain 编辑, in one line or in two', () => {
    expect(parseBylineLine('编辑：倪仕轩 责任编辑：杨格').editor).toBe('杨格');
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="info">2019-06-15 08:18 编辑：倪家宁</div><div class="article"><p>${P}</p><p>${Q}</p>
      <p>责任编辑：李曦</p></div></body></html>`),
    ).metadata;
    expect(m.editor).toBe('李曦');
  });

  it("a plain 编辑 beside the 责任编辑 is no author either (the page's meta author)", () => {
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title><meta name="author" content="倪仕轩"></head><body>
      <h1>一季度工业增加值增长6.2%</h1><div class="info">2019-06-15 08:18</div><div class="article"><p>${P}</p><p>${Q}</p>
      <p>编辑：倪仕轩 责任编辑：杨格</p></div></body></html>`),
    ).metadata;
    expect(m.editor).toBe('杨格');
    expect(m.authors).toEqual([]);
  });

  it('each of the editors a credit lists is no author (the meta author names the second)', () => {
    const m = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title><meta name="author" content="易保山"></head><body>
      <h1>一季度工业增加值增长6.2%</h1><div class="info">2019-06-15 08:18</div><div class="article"><p>${P}</p><p>${Q}</p>
      <p>责编：丁峰 易保山</p></div></body></html>`),
    ).metadata;
    expect(m.editor).toBe('丁峰 易保山');
    expect(m.authors).toEqual([]);
  });

  it("a photographer's outlet is the outlet when nothing else names one", () => {
    expect(parseBylineLine('5月19日，阿比纳德尔在竞选总部发表胜选演讲。 新华社记者 李梦馨 摄')).toEqual({
      reporterOutlet: '新华社',
    });
  });
});

describe('sources: an office under the source label', () => {
  it('is the source, not a person (宣传部: 宣 is a surname), as a person there is the writer', () => {
    expect(withInfoLine('文/张三 图/李四 来源：宣传部 编辑：王五')).toMatchObject({
      source: '宣传部',
      authors: ['张三'],
      editor: '王五',
    });
    expect(withInfoLine('供稿：经济学院 摄影：李四 责任编辑：赵六')).toMatchObject({
      source: '经济学院',
      editor: '赵六',
    });
    expect(withInfoLine('来源：尹娟').authors).toEqual(['尹娟']);
  });
});

describe('sources: the paper behind its e-paper', () => {
  it('an e-paper site whose keywords name its paper gives the paper (the paper wrote the story)', () => {
    const page = (keywords: string, site = '自由電子報') =>
      extractArticle(
        load(
          `<html><head><title>${site} - 標題一二三四</title>${keywords ? `<meta name="keywords" content="${keywords}">` : ''}</head><body><h1>標題一二三四</h1><div class="info">2013-06-29</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
        ),
      ).metadata.source;
    expect(page('自由時報,自由電子報,The Liberty Times')).toBe('自由時報');
    expect(paperOfEdition('新民电子报', '新民晚报，新民电子报')).toBe('新民晚报');
    // Without the paper named, or naming a paper of another stem, the site's name stays.
    expect(page('')).toBe('自由電子報');
    expect(page('新聞,自由電子報')).toBe('自由電子報');
    expect(page('中時電子報,中國時報', '中時電子報')).toBe('中時電子報');
    // A site that is no e-paper keeps its name whatever the keywords say.
    expect(paperOfEdition('寶島日報', '寶島日報電子報,寶島時報')).toBe('寶島日報');
  });
});

describe('sources: an outlet named without a label in the dated line', () => {
  const source = (info: string) => withInfoLine(info, '_今日头条').source;

  it('an outlet alone between the separators of the line that gives the time is the source', () => {
    expect(source('每日经济新闻 2024-05-20 09:47:12')).toBe('每日经济新闻');
    expect(source('2024-05-20 09:47 · 北京日报 · 作者：王小明')).toBe('北京日报');
    expect(source('原创 南方都市报 2019-09-09 16:01:46')).toBe('南方都市报');
  });

  it('a section that ends as an outlet does is no source, there or before a name', () => {
    expect(source('2024-05-20 09:47 国际新闻')).toBe('今日头条');
    expect(source('2024-05-20 09:47 即时新闻 王小明')).toBe('今日头条');
    expect(parseOutletNameLine('2024-05-20 09:47 即时新闻 王小明')).toEqual({});
    expect(parseOutletNameLine('2014-04-05 01:28 中國時報 劉屏／華盛頓4日電').source).toBe('中國時報');
  });

  it('a news site alone beside the time is the source too; a word ending in 网 is not', () => {
    expect(source('央视网 2024年05月20日 09:47')).toBe('央视网');
    expect(source('2019-09-26 10:56:28 证券时报网')).toBe('证券时报网');
    expect(source('2024-05-20 09:47 互联网')).toBe('今日头条');
    expect(source('2024-05-20 09:47 国家电网')).toBe('今日头条');
  });

  it('the names after the outlet, after the time or its clock first, separated or not', () => {
    const credits = (info: string) => {
      const m = withInfoLine(info, '_今日头条');
      return [m.published, m.source, m.authors];
    };
    expect(credits('09:47 2024/05/20 中國時報 王小明')).toEqual([
      '2024-05-20T09:47+08:00',
      '中國時報',
      ['王小明'],
    ]);
    expect(credits('2024-05-20 09:47 · 新华社 · 王小明 李四')).toEqual([
      '2024-05-20T09:47+08:00',
      '新华社',
      ['王小明', '李四'],
    ]);
    // (Several words after the outlet are names only when each starts with a common surname.)
    expect(parseOutletNameLine('2024-05-20 09:47 新华社 国际 频道')).toEqual({});
  });

  it('reads 特约撰稿人 as a byline key', () => {
    expect(withInfoLine('特约撰稿人 王小明 发自香港 | 2024-05-20').authors).toEqual(['王小明']);
    expect(withInfoLine('端传媒特约撰稿人 王小明').authors).toEqual(['王小明']);
  });
});

describe('published: the time of publication, not of the last update', () => {
  it('the head line giving both takes the 發布時間 (before or after the 更新時間)', () => {
    const published = (info: string) => withInfoLine(info).published;
    expect(published('更新時間：2024/05/20 15:47 發布時間：2024/05/20 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(published('2024-05-20 09:47 更新于 2024-05-21 10:00')).toBe('2024-05-20T09:47+08:00');
    // An update time alone is the only time the page gives.
    expect(published('最后更新：2024-05-21 10:00')).toBe('2024-05-21T10:00+08:00');
  });
});

describe('platform pages: what a hosting platform adds around the story', () => {
  const page = (title: string, before: string, last: string, after: string) =>
    extractArticle(
      load(`<html><head><title>${title}</title></head><body><div class="text"><h1>布伦森遭遇左手骨折</h1>
      <div class="article-info"><span class="time">2024-05-20 06:48</span>${before}</div>
      <article class="article"><p>${P}</p><p>${Q}</p><p>${last}</p></article>${after}</div></body></html>`),
    );

  it('a link back to the site closing the last paragraph is junk of its own; the paragraph stays', () => {
    const a = page(
      '布伦森遭遇左手骨折',
      '',
      `${P}<a href="https://www.sohu.com/">返回搜狐，查看更多</a>`,
      '',
    );
    expect(a.model.text.endsWith(`${P}`)).toBe(true);
    expect(a.junk.map((j) => [j.kind, j.text])).toContainEqual(['navigation', '返回搜狐，查看更多']);
    // A link of the story is not one.
    const story = page('布伦森遭遇左手骨折', '', `${P}<a href="/n/1">返回赛场的日子</a>`, '');
    expect(story.model.text.endsWith('返回赛场的日子')).toBe(true);
  });

  it("the platform's disclaimer is junk, and where the post was sent from is no paragraph", () => {
    const a = page(
      '布伦森遭遇左手骨折',
      '<div class="area"><span>发布于：</span><span>北京市</span></div>',
      P,
      '<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>',
    );
    expect(a.model.text).not.toContain('发布于');
    expect(isMetaLine('发布于：北京市')).toBe(true);
    expect(isMetaLine('IP属地：广东')).toBe(true);
    expect(isMetaLine('发布于北京的报告显示，今年一季度')).toBe(false);
    expect(a.model.text).not.toContain('平台声明');
    expect(a.junk.map((j) => j.kind)).toContain('copyright');
    expect(junkKindOfText('免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。')).toBe(
      'copyright',
    );
    expect(junkKindOfText('本文仅代表作者个人观点。')).toBe('copyright');
    // A sentence of the story that reports a statement is not one.
    expect(
      junkKindOfText('外交部发言人当天发表声明，表示中方对此表示强烈不满，已向对方提出严正交涉。'),
    ).toBeNull();
  });

  it("a <title> of the headline and the story's tags names no site", () => {
    expect(page('布伦森遭遇左手骨折_尼克斯_季后赛_步行者', '', P, '').metadata.source).toBe('');
    expect(page('布伦森遭遇左手骨折_体育_新浪网', '', P, '').metadata.source).toBe('新浪网');
  });
});

describe('lines a template adds inside the story', () => {
  it('are junk by their text when short: buttons, placeholders, pitches, notices', () => {
    const junk: [string, string][] = [
      ['扫一扫，用手机看新闻！', 'mobile-banner'],
      ['长按二维码关注', 'mobile-banner'],
      ['海量资讯、精准解读，尽在新浪财经APP', 'mobile-banner'],
      ['关注我们', 'mobile-banner'],
      ['打开APP阅读全文', 'other'],
      ['展开全文', 'other'],
      ['点击查看全文>>', 'other'],
      ['视频加载中...', 'other'],
      ['您的浏览器不支持video标签。', 'other'],
      ['举报/反馈', 'other'],
      ['报料热线：010-12345678', 'other'],
      ['热门评论', 'comments'],
      ['热门跟帖', 'comments'],
      ['最新评论', 'comments'],
      ['读者留言', 'comments'],
      ['小编推荐', 'related-links'],
      ['往期回顾', 'related-links'],
      ['本文为转载文章，如有侵权请联系删除。', 'copyright'],
      ['*免责声明：本文内容仅供参考，不构成投资建议。', 'copyright'],
      ['特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。', 'copyright'],
      ['如涉及作品内容、版权和其它问题，请在30日内与本网联系', 'copyright'],
      // A line that is one page label and nothing else.
      ['【打印本页】', 'other'],
      ['收藏本文', 'other'],
      ['赞(0)', 'other'],
      ['更多>>', 'related-links'],
      ['点击进入专题', 'related-links'],
      ['阅读原文', 'related-links'],
      ['为你推荐', 'related-links'],
      ['已有0人参与', 'comments'],
      ['网友评论仅供其表达个人看法，并不表明网易立场。', 'comments'],
      ['关注公众号', 'mobile-banner'],
      // …and in Taiwan's and Hong Kong's words.
      ['訂閱電子報', 'mobile-banner'],
      ['加入會員', 'mobile-banner'],
      ['按讚加入粉絲團', 'mobile-banner'],
      ['點我看更多', 'related-links'],
      ['【熱門推薦】', 'related-links'],
      ['今日最夯', 'related-links'],
      ['分享此文章', 'share-bar'],
      ['我要留言', 'comments'],
      ['廣告', 'ad'],
      // A video player's controls and messages.
      ['倍速', 'other'],
      ['跳过片头', 'other'],
      ['播放速度：2X', 'other'],
      ['很抱歉，当前视频播放失败', 'other'],
      ['错误代码：QVS.4100', 'other'],
      ['时长：01:45建议WIFI下打开', 'other'],
      // A self-media account's calls to follow and share, its counts; a footer's hotline.
      ['▲点击上方蓝字关注我们', 'mobile-banner'],
      ['点击关注，第一时间了解华为云新鲜技术~', 'mobile-banner'],
      ['↓↓↓点击阅读原文', 'mobile-banner'],
      ['喜欢就点个在看吧', 'mobile-banner'],
      ['欢迎分享到朋友圈', 'mobile-banner'],
      ['點我訂閱自由財經Youtube頻道', 'mobile-banner'],
      ['不用抽 不用搶 現在用APP看新聞 保證天天中獎', 'mobile-banner'],
      ['点赞(12) 收藏 分享', 'share-bar'],
      ['阅读 10万+', 'share-bar'],
      // (WeChat's own like and 在看 controls, hidden by its stylesheet.)
      ['视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看', 'share-bar'],
      ['【編輯推薦】', 'related-links'],
      ['违法和不良信息举报电话：12377', 'other'],
      // An account's menu, QR code and 在看; its disclaimer under a label of its own; its end mark.
      ['扫描下方二维码解锁更多技能', 'mobile-banner'],
      ['1、回复【公租房】查看最新消息', 'mobile-banner'],
      ['点击菜单栏【便民服务】解锁更多服务！', 'mobile-banner'],
      ['看都看完了，点【在看】试试', 'mobile-banner'],
      ['特别声明', 'copyright'],
      [
        '本文为政务等机构在澎湃新闻上传并发布，仅代表该机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。',
        'copyright',
      ],
      ['- END -', 'other'],
    ];
    for (const [line, kind] of junk) expect([line, junkKindOfText(line)]).toEqual([line, kind]);
  });

  it('are not junk in a sentence of the story', () => {
    for (const line of [
      '市民用手机扫一扫社区门口张贴的二维码，即可在线预约接种疫苗，目前全区已有三千余人完成登记。',
      '他说，举报人可通过电话、信件等方式反映问题，相关部门将在五个工作日内回复。',
      '联系电话：010-12345678',
      '原标题：这个夏天，他们守护长江',
      '更多市民选择绿色出行',
      '排行榜前三名均为国产品牌',
      '他点击关注后发现问题',
      '他把照片分享到朋友圈',
      '他订阅了这个频道',
      '阅读量突破10万的文章',
      '民众可拨打举报电话：12345',
      '记者扫描了二维码后发现，该网站已无法访问，相关部门正在调查此事。',
      '回复',
      'END OF STORY',
    ])
      expect([line, junkKindOfText(line)]).toEqual([line, null]);
  });

  it('staff and picture credits, and 本文转自, are metadata lines', () => {
    for (const line of [
      '校对：王五',
      '监制：孙七',
      '出品：新华社',
      '值班编辑：赵六',
      '图/视觉中国',
      '圖｜中央社',
      '本文转自【央视新闻】；',
    ])
      expect([line, isMetaLine(line)]).toEqual([line, true]);
    expect(parseBylineLine('本文转自【央视新闻】；').source).toBe('央视新闻');
    expect(isMetaLine('制作：将面粉加水揉成面团，醒发二十分钟后擀成薄片。')).toBe(false);
    expect(isMetaLine('图为市民在公园里散步')).toBe(false);
  });
});

describe('<title> alone: which segment is the headline', () => {
  const meta = (title: string) =>
    extractArticle(
      load(`<html><head><title>${title}</title></head><body><div class="info">2024-05-20 09:47</div>
      <div class="article-content"><p>${P}</p><p>${Q}</p></div></body></html>`),
    ).metadata;

  it('not a segment that names the site by its domain or as an outlet, though it is longer', () => {
    expect(meta('LPR按兵不动_财经频道_央视网(cctv.com)').title).toBe('LPR按兵不动');
    expect(meta('LPR按兵不动_cjn.cn').title).toBe('LPR按兵不动');
    expect(meta('中国证券报_LPR按兵不动').title).toBe('LPR按兵不动');
  });

  it("a template's null names no site", () => {
    expect(meta('LPR报价按兵不动 - null').source).toBe('');
  });

  it('nor a Latin brand (BBC News 中文), nor a site set apart by —, —— or 丨 without spaces', () => {
    expect(meta('5月LPR按兵不动 - BBC News 中文').title).toBe('5月LPR按兵不动');
    expect(meta('联储加息 | CNBC').title).toBe('联储加息');
    expect(meta('5月LPR按兵不动—中新网').title).toBe('5月LPR按兵不动');
    expect(meta('5月LPR按兵不动——新华网').title).toBe('5月LPR按兵不动');
    expect(meta('5月LPR按兵不动丨澎湃新闻').title).toBe('5月LPR按兵不动');
    // A dash inside the headline, and a column before 丨, stay.
    expect(meta('“5月LPR按兵不动”——专家解读 - 新华网').title).toBe('“5月LPR按兵不动”——专家解读');
    expect(meta('调查丨20只东北虎之死').title).toBe('调查丨20只东北虎之死');
  });

  it('each unspaced name from the end: a channel, then the site', () => {
    expect(meta('央行：5月LPR按兵不动-新闻频道-和讯网').title).toBe('央行：5月LPR按兵不动');
    expect(meta('中-美贸易谈判-新华网').title).toBe('中-美贸易谈判');
  });

  const page = (title: string, head: string) =>
    extractArticle(
      load(`<html><head><title>${title}</title></head><body>${head}<div class="info">2024-05-20 09:47</div>
      <div class="article-content"><p>${P}</p><p>${Q}</p></div></body></html>`),
    ).metadata.title;

  it("when <title> is the site's name alone or empty, the heading before the story; not a list's label", () => {
    expect(page('新京报', '<h1>新京报</h1><h2>央行：5月LPR按兵不动</h2>')).toBe('央行：5月LPR按兵不动');
    expect(page('', "<p class='title'><strong>央行：5月LPR按兵不动</strong></p>")).toBe(
      '央行：5月LPR按兵不动',
    );
    expect(page('搜狐', "<div class='titleR'><span>24小时热文</span></div>")).toBe('搜狐');
    expect(page('新京报', '<h1>新京报</h1>')).toBe('新京报');
  });
});

describe('Taiwan and Hong Kong credits', () => {
  it('an outlet before its reporter or name: after a slash, in Latin letters, ending 傳媒 or 新聞雲', () => {
    const info = (line: string) => withInfoLine(line, '_新聞網');
    expect(info('2024/05/20 09:47 聯合報／ 記者王小明／台北即時報導')).toMatchObject({
      source: '聯合報',
      authors: ['王小明'],
    });
    expect(info('2024-05-20 09:47 TVBS新聞網 王小明 報導')).toMatchObject({
      source: 'TVBS新聞網',
      authors: ['王小明'],
    });
    expect(info('風傳媒 王小明 2024-05-20 09:47')).toMatchObject({ source: '風傳媒', authors: ['王小明'] });
    expect(info('2024-05-20 09:47:12 ETtoday新聞雲 記者王小明／台北報導').source).toBe('ETtoday新聞雲');
  });

  it('攝影／ is a label: the name after it took the pictures, the name before it wrote the story', () => {
    expect(parseBylineLine('文／王小明　攝影／李四').authors).toEqual(['王小明']);
    expect(parseBylineLine('文/王小明 摄影/李四 编辑/赵五')).toMatchObject({
      authors: ['王小明'],
      editor: '赵五',
    });
    // A name before 攝 alone is the photographer's.
    expect(parseBylineLine('劉信德攝').authors).toBeUndefined();
    expect(parseBylineLine('記者鄭清元／攝影').authors).toBeUndefined();
  });

  it('記者會 (a press conference) in a short first paragraph names no reporter', () => {
    expect(
      parseBylineLine('行政院今天召開記者會宣布，明年起將調整基本工資，預計約二百多萬名勞工受惠。').authors,
    ).toBeUndefined();
    expect(parseBylineLine('市政府昨天举行记者会通报，全市新增就业岗位三万个。').authors).toBeUndefined();
    expect(parseBylineLine('他在记者站工作多年').authors).toBeUndefined();
  });

  it('a name written right against its key starts with a surname (记者了解到 is prose)', () => {
    expect(parseBylineLine('记者了解到，今年全市新增就业岗位三万个。').authors).toBeUndefined();
    expect(parseBylineLine('记者昨日获悉，地铁3号线将开通。').authors).toBeUndefined();
    expect(parseBylineLine('记者观察｜楼市新政').authors).toBeUndefined();
    expect(parseBylineLine('本报记者王燕平').authors).toEqual(['王燕平']);
    expect(parseBylineLine('记者张三 李四').authors).toEqual(['张三', '李四']);
    expect(parseBylineLine('记者：了凡').authors).toEqual(['了凡']);
  });

  it("the wire's credit without brackets, an outlet in Latin letters or digits before 記者, 報道 at the end", () => {
    expect(parseBylineLine('中央社記者王小明台北20日電')).toMatchObject({
      source: '中央社',
      authors: ['王小明'],
    });
    expect(parseBylineLine('香港01記者 王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('TVBS記者 王小明 / 台北報導').authors).toEqual(['王小明']);
    expect(parseBylineLine('（星島日報報道）').source).toBe('星島日報');
    expect(parseBylineLine('（綜合報導）').source).toBeUndefined();
  });
});

describe('the subtitle beside the headline, outside the story', () => {
  const subtitle = (head: string) =>
    extractArticle(
      load(
        `<html><head><title>5月LPR按兵不动_新京报</title></head><body>${head}<div class="info">2024-05-20 09:47 来源：新京报</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata.subtitle;

  it('a heading or a subtitle element right after the headline, or a 引题 marked before it', () => {
    expect(subtitle('<h1>5月LPR按兵不动</h1><h2>专家：下半年仍有下调空间</h2>')).toBe(
      '专家：下半年仍有下调空间',
    );
    expect(subtitle('<h1>5月LPR按兵不动</h1><p class="subtitle">专家：下半年仍有下调空间</p>')).toBe(
      '专家：下半年仍有下调空间',
    );
    expect(subtitle('<h1>5月LPR按兵不动</h1><div class="sub-title">——专家：下半年仍有下调空间</div>')).toBe(
      '专家：下半年仍有下调空间',
    );
    expect(
      subtitle('<header><hgroup><h1>5月LPR按兵不动</h1><h2>同反核 獲小泉純一郎力挺</h2></hgroup></header>'),
    ).toBe('同反核 獲小泉純一郎力挺');
    expect(
      subtitle('<div class="title"><h1>5月LPR按兵不动</h1><h3>专家：下半年仍有下调空间</h3></div>'),
    ).toBe('专家：下半年仍有下调空间');
    expect(subtitle('<h2 class="yinti">央行连续三个月按兵不动</h2><h1>5月LPR按兵不动</h1>')).toBe(
      '央行连续三个月按兵不动',
    );
  });

  it('not a page label, an info line, a sentence of summary, or a heading before the headline unmarked', () => {
    expect(subtitle('<h1>5月LPR按兵不动</h1><h2>相关新闻</h2>')).toBe('');
    expect(subtitle('<h1>5月LPR按兵不动</h1><h2>2024-05-20 来源：新京报</h2>')).toBe('');
    expect(subtitle('<h1>5月LPR按兵不动</h1><h2>记者 王小明</h2>')).toBe('');
    expect(
      subtitle(
        '<h1>5月LPR按兵不动</h1><p class="summary">多名专家表示，下半年降息仍有空间，但节奏会更加稳健。</p>',
      ),
    ).toBe('');
    expect(subtitle('<h2>财经频道</h2><h1>5月LPR按兵不动</h1>')).toBe('');
  });
});

describe('sources named with their channel or as compiled', () => {
  it('a <title> channel after the site that is no common section: the site named as one is the source', () => {
    expect(withInfoLine('2023-01-10 09:30', '_39健康网_饮食').source).toBe('39健康网');
    expect(withInfoLine('2023-01-10 09:30', '_北京日报_京华').source).toBe('北京日报');
    // (A segment that is no site's name before the last stays passed over: 资讯中心_华融基金.)
    expect(withInfoLine('2023-01-10 09:30', '_资讯中心_华融基金').source).toBe('华融基金');
  });

  it('来源：综合 … names the outlets compiled from; 综合 alone, or 综合报道, names none', () => {
    expect(parseBylineLine('来源：综合抖音黑板报、南方都市报').source).toBe('抖音黑板报、南方都市报');
    expect(parseBylineLine('来源：综合自人民日报').source).toBe('人民日报');
    expect(parseBylineLine('来源：综合自于人民日报、新华社').source).toBe('人民日报、新华社');
    expect(parseBylineLine('来源：综合').source).toBeUndefined();
    expect(parseBylineLine('来源：综合报道').source).toBeUndefined();
    expect(parseBylineLine('来源：综合新闻网').source).toBe('综合新闻网');
  });
});

describe('sources: an outlet in an element named for it', () => {
  it('tests the tokens only of a class or id that holds one of their words', () => {
    const token = fc
      .tuple(
        fc.constantFrom('', 'art-', 'news_', 'X-'),
        fc.constantFrom('source', 'SOURCE', 'laiyuan', 'mediaName', 'media-name', 'sauce', 'lai'),
        fc.constantFrom('', 'name', '_Name', '-name', '2'),
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(token, (t) => !SOURCE_TOKEN.test(t) || SOURCE_WORD.test(t)),
      { numRuns: 2000 },
    );
  });

  it('finds the outlet among other elements, by class or by id, the first in the page', () => {
    const page = (info: string) =>
      extractArticle(
        load(`<html><head><title>标题</title></head><body><h1>标题</h1><div class="meta x">${info}</div>
        <div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`),
      );
    expect(
      page('<span class="time">2024-05-20</span><span class="art-Source">新京报</span>').metadata.source,
    ).toBe('新京报');
    expect(page('<span id="laiyuan_name">中新网</span><i class="source">第二</i>').metadata.source).toBe(
      '中新网',
    );
  });
});
