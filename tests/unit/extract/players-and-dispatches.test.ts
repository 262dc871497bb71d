// @vitest-environment jsdom
// Shapes from session 40's pages no test had seen (新浪, 东方网, 当代商报, a hospital's news page,
// ETtoday, 香港01, 有線新聞, 晴報, 明報), each reduced to the markup that matters. Each test failed
// before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { titleSegments } from '../../../lib/extract/title-segments';
import { decodeBytes } from '../../../cli/decode';
import { P, Q, load, storyPage } from './shapes';

describe('a portal channel’s own dispatch opening a short story', () => {
  it('is a news cue: two paragraphs in a portal’s frame read as an article (新浪音乐讯)', () => {
    const links = Array.from(
      { length: 24 },
      (_, i) => `<li><a href="/n${i}">频道链接第${i}条新闻标题文字</a></li>`,
    ).join('');
    const page = load(
      `<html><head><title>爱戴掀起红盖头 庆东南劲爆音乐颁奖七周年(图)_影音娱乐_新浪网</title></head><body><ul class="nav">${links}</ul><h1>爱戴掀起红盖头 庆东南劲爆音乐颁奖七周年(图)</h1><div class="from">2009年11月09日13:48</div><div id="artibody"><p>新浪音乐讯 第七届东南劲爆音乐榜颁奖盛典二十四项大奖名花有主，灵歌小天后爱戴获最佳女歌手奖。</p><p>${Q}</p></div><ul class="list">${links}</ul></body></html>`,
    );
    const a = extractArticle(page);
    expect(a.signals.newsCue).toBe(1.5);
    expect(a.isArticle).toBe(true);
  });
});

describe('a caption on the line after its picture, in one block', () => {
  it('leaves the body (<center><img><br>爱戴领奖)', () => {
    const text = extractArticle(
      storyPage(
        '爱戴掀起红盖头',
        '2009年11月09日13:48 新浪娱乐',
        `<center><img src="a.jpg"><br><img src="c.gif"><br>爱戴领奖</center><p>${P}</p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });

  it('keeps a line of prose after a picture, and a heading', () => {
    const prose = '记者从市统计局获悉，今年前三季度全市经济运行总体平稳。';
    const text = extractArticle(
      storyPage(
        '前三季度经济运行平稳',
        '2024年10月20日 10:00',
        `<p><img src="a.jpg"><br>${prose}</p><p><img src="b.jpg"><br><strong>一、工业生产</strong></p><p>${P}</p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([prose, '一、工业生产', P, Q]);
  });
});

describe('a desk’s credit from a place, naming no one', () => {
  it('is no line of the story (生活中心／台北報導)', () => {
    const a = extractArticle(
      storyPage(
        '復興航空遭爆系統瑕疵',
        '2016年05月13日 00:19',
        `<p>生活中心／台北報導</p><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text.split('\n')).toEqual([P, Q]);
    expect(a.metadata.authors).toEqual([]);
  });
});

describe('keywords joined to <title> after the headline', () => {
  it('are a segment of their own (标题-磋商,贸易战,美国,-中国新闻-东方网)', () => {
    expect(
      titleSegments('玉渊谭天｜重回正轨 中美经贸磋商取得实质性进展-磋商,贸易战,美国,好消息,-中国新闻-东方网'),
    ).toEqual([
      '玉渊谭天',
      '重回正轨 中美经贸磋商取得实质性进展',
      '磋商,贸易战,美国,好消息,',
      '中国新闻',
      '东方网',
    ]);
    // (A headline with a hyphen and commas of its own stays whole.)
    expect(titleSegments('上海-杭州高铁开通，沿线城市受益 - 新华网')[0]).toBe(
      '上海-杭州高铁开通，沿线城市受益',
    );
  });

  it('leave the column and the headline the heading shows', () => {
    const headline = '玉渊谭天｜重回正轨 中美经贸磋商取得实质性进展';
    const page = load(
      `<html><head><title>${headline}-磋商,贸易战,美国,好消息,相向,经贸,中美,-中国新闻-东方网</title></head><body><div id="biaoti" class="name">${headline}</div><div class="time">2019年10月13日 14:44 来源:央视新闻客户端</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(page).metadata.title).toBe(headline);
  });
});

describe('a list the story’s last sentence announces', () => {
  it('stays in the body, its short lines too (…的巴士路線： 3B｜紅磡 - 慈雲山)', () => {
    const intro =
      '【3】中華煤氣公司（馬頭角道） — 步行8分鐘即可抵達啟德主場館，以下是途徑中華煤氣公司的巴士路線：';
    const routes = [
      '3B｜紅磡（紅鸞道）- 慈雲山（中）',
      '5C｜尖沙咀碼頭 - 慈雲山（中）',
      '11K｜紅磡站 - 竹園邨',
    ];
    const text = extractArticle(
      storyPage(
        '演唱會交通攻略',
        '出版：2025-12-03 11:31',
        `<p>${P}</p><p>${Q}</p><p>${intro}</p><p>${routes.join('<br>')}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q, intro, ...routes]);
  });

  it('but a widget’s leftovers after the last sentence still go (荐 / 新闻：)', () => {
    const text = extractArticle(
      storyPage('演唱會交通攻略', '出版：2025-12-03 11:31', `<p>${P}</p><p>${Q}</p><p>荐<br>新闻：</p>`),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });
});

describe('a video player in the story', () => {
  const player = `<div class="video-js vjs-default-skin" role="region" aria-label="視訊播放器"><video class="vjs-tech"><p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p></video><div class="vjs-loading-spinner vjs-hidden"><span class="vjs-control-text">視訊播放器 正在載入。</span></div><div class="vjs-control-bar"><div class="vjs-current-time"><span class="vjs-control-text">目前時間 </span><span>0:00</span></div><div class="vjs-duration"><span class="vjs-control-text">總共時間 </span><span>0:00</span></div></div></div>`;

  it('leaves its fallback and its controls’ text out of the body', () => {
    const text = extractArticle(
      storyPage('宏福苑大火 援助基金總額增至約34億', '2025年12月10日', `${player}<p>${P}</p><p>${Q}</p>`),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });

  it('leaves an <audio>’s fallback out too', () => {
    const text = extractArticle(
      storyPage(
        '宏福苑大火 援助基金總額增至約34億',
        '2025年12月10日',
        `<audio controls><p>您的瀏覽器不支援音訊播放</p></audio><p>${P}</p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });
});

describe('a newsroom’s name beside the day', () => {
  it('is the source (有線新聞 over 2025年12月10日)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>援助基金總額增至約34億</title><meta property="og:site_name" content="有線寬頻 i-CABLE"></head><body><h1>援助基金總額增至約34億</h1><ul class="post-meta"><li>有線新聞</li><li>2025年12月10日</li></ul><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.source).toBe('有線新聞');
  });

  it('but a channel’s name there is none (即時新聞, 國際新聞)', () => {
    for (const channel of ['即時新聞', '國際新聞']) {
      const a = extractArticle(
        load(
          `<html><head><title>援助基金總額增至約34億</title><meta property="og:site_name" content="有線寬頻 i-CABLE"></head><body><h1>援助基金總額增至約34億</h1><ul class="post-meta"><li>${channel}</li><li>2025年12月10日</li></ul><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
        ),
      );
      expect(a.metadata.source, channel).toBe('有線寬頻 i-CABLE');
    }
  });
});

describe('a related story’s label set in the story', () => {
  it('leaves with the bold headline it announces (同場加映： **Sick問識答｜…**)', () => {
    const text = extractArticle(
      storyPage(
        '宏昌閣走廊8分鐘陷濃煙',
        '發佈時間: 2025/12/03',
        `<p>${P}</p><p><strong>同場加映：</strong></p><p><strong>Sick問識答｜錯過黃金治療期恐致永久殘障 醫生揭中風治療兩大關鍵</strong></p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });

  it('but a bold crosshead after a paragraph ending with a colon stays', () => {
    const lead = '市民普遍關心以下問題：';
    const text = extractArticle(
      storyPage(
        '宏昌閣走廊8分鐘陷濃煙',
        '發佈時間: 2025/12/03',
        `<p>${P}</p><p>${lead}</p><p><strong>一、火警鐘為何不響</strong></p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, lead, '一、火警鐘為何不響', Q]);
  });
});

describe('a day in a meta tag against a clock in the header', () => {
  it('is the day published, not the clock’s earlier moment (明報: 2025年12月8日星期一, 12月7日 4:34PM)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>投票率31.9% 升1.7百分點</title></head><body><div class="date">2025年12月7日 星期日\u30004:34PM</div><div itemscope itemtype="http://schema.org/Article"><div itemprop="datePublished">2025年12月8日星期一</div><h1>投票率31.9% 升1.7百分點</h1><div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
      ),
    );
    expect(a.metadata.published).toBe('2025-12-08');
  });
});

describe('writers credited at the story’s end, in brackets', () => {
  it('are the authors, and leave the last paragraph ((文/图 刘玺东 易赛楠), （记者 胡晓蓉）)', () => {
    for (const [credit, names] of [
      ['(文/图 刘玺东 易赛楠)', ['刘玺东', '易赛楠']],
      ['（记者 胡晓蓉）', ['胡晓蓉']],
    ] as const) {
      const a = extractArticle(
        storyPage(
          '常德市金融系统开展金融知识普及月活动',
          '发布日期：2019-09-23 14:34',
          `<p>${P}</p><p>${Q}${credit}</p>`,
        ),
      );
      expect(a.metadata.authors, credit).toEqual(names);
      expect(a.model.text.split('\n'), credit).toEqual([P, Q]);
    }
  });

  it('but a writer’s note stays a note, no name ((作者系北京大学教授))', () => {
    expect(parseBylineLine('（作者系北京大学教授）').authors).toBeUndefined();
    const a = extractArticle(
      storyPage('金融知识普及', '发布日期：2019-09-23 14:34', `<p>${P}</p><p>${Q}（作者系北京大学教授）</p>`),
    );
    expect(a.metadata.authors).toEqual([]);
  });

  it('文/图 keys the writer who took the pictures too', () => {
    expect(parseBylineLine('文/图 刘玺东').authors).toEqual(['刘玺东']);
    expect(parseBylineLine('文／圖：王小明').authors).toEqual(['王小明']);
  });
});

describe('correspondents in the brackets of a site’s dispatch', () => {
  it('are the authors (本站讯（职工通讯员 李琴雯 刘会）…)', () => {
    expect(
      parseBylineLine('本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合').authors,
    ).toEqual(['李琴雯', '刘会']);
    const long = `本站讯（通讯员 李琴雯）为深入推进党建与业务工作紧密结合，${P}`;
    expect(parseBylineLine(long).authors).toEqual(['李琴雯']);
  });
});

describe('Big5 with Hong Kong characters', () => {
  it('decodes them as a browser does (隨着, not a private-use character)', () => {
    const head = new TextEncoder().encode('<meta charset="big5"><p>');
    // 隨着 in Big5-HKSCS: 着 is FED3, which Node's own decoder gives as U+E2E5.
    const bytes = new Uint8Array([...head, 0xc0, 0x48, 0xfe, 0xd3]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe('<meta charset="big5"><p>隨着');
  });
});

describe('an institution holding the rights of its news page', () => {
  const page = (footer: string): Document =>
    load(
      `<html><head><title>我校召开智慧党建平台培训会</title></head><body><h1>我校召开智慧党建平台培训会</h1><div class="info">发布时间：2021-04-09 浏览次数：615</div><div class="content"><p>${P}</p><p>${Q}</p></div><p class="copyright">${footer}</p></body></html>`,
    );

  it('is the source where the page names none (© 2020 版权所有 南京大学信息化建设管理服务中心 All Rights Reserved)', () => {
    expect(
      extractArticle(
        page(
          '© 2020 版权所有 南京大学信息化建设管理服务中心 All Rights Reserved © Nanjing University. 苏ICP备10085945-1号',
        ),
      ).metadata.source,
    ).toBe('南京大学信息化建设管理服务中心');
  });

  it('but a company holding them is not (版权所有 北京某某科技有限公司)', () => {
    expect(extractArticle(page('Copyright © 2020 版权所有 北京某某科技有限公司')).metadata.source).toBe('');
  });

  it('is the source from a © line without rights words when it names an institution (©2025 …研究所  浙ICP备…)', () => {
    expect(
      extractArticle(page('©2025 浙江省淡水水产研究所\u00a0\u00a0<a href="#">浙ICP备14041274-1号</a>'))
        .metadata.source,
    ).toBe('浙江省淡水水产研究所');
    // (A brand's © line names no source: only rights words or an institution's name make it one.)
    expect(
      extractArticle(page('©2025 某某新闻客户端\u00a0\u00a0<a href="#">浙ICP备14041274-1号</a>')).metadata
        .source,
    ).toBe('');
  });
});

describe('a related label’s announced headline past its links', () => {
  it('leaves with them (相關文章： links, then 【理財要貼地】名牌手袋升值攻略…)', () => {
    const text = extractArticle(
      storyPage(
        '國美零售延遲刊發業績',
        '2023/03/31 18:20',
        `<p>${P}</p><p>${Q}</p><p>相關文章：</p><p><a href="/a/1">【國美巨虧】國美零售預計去年蝕逾170億人幣</a></p><p><a href="/a/2">【國美493】國美零售逾期貸款總額68.9億人幣</a></p><p>【理財要貼地】名牌手袋升值攻略 專家分享保養手袋貼士</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });
});

describe('the template’s inserts under a rule drawn in text', () => {
  it('leave the body (--- then 《星島申訴王》…, 你的獨家報料…)', () => {
    const text = extractArticle(
      storyPage(
        '都大研究團隊開發新演算法',
        '2023-04-13 14:35',
        `<p>${P}</p><p>${Q}</p><p>---<br>《星島申訴王》於3月1日隆重登場，節目為民請命抱不平、追蹤城中熱話，亦會搜羅溫情小故事。你申訴，我跟進！<br>立即報料:<a href="https://bit.ly/x">https://bit.ly/x</a></p><p>你的獨家報料一旦被採用及報導，將獲得乙份獎品。</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });

  it('so do an event’s pitch and an issue’s note under an <hr> (CSDN, 2015)', () => {
    for (const note of [
      '<b>第七届中国云计算大会将于6月3日-5日在北京国家会议中心举办。目前主会演讲嘉宾名单和议题方向已经公布，了解更多详情。</b>',
      '<b>本文选自程序员电子版2015年5月B刊，该期更多文章请查看<a href="/a">这里</a>。欢迎订阅程序员电子版。</b>',
    ]) {
      const text = extractArticle(
        storyPage(
          '专访阿里钉钉：我们为什么低调',
          '2015-05-22 10:00',
          `<p>${P}</p><p>${Q}</p><p>${P}${Q}</p><hr>${note}`,
        ),
      ).model.text;
      expect(text.split('\n')).toEqual([P, Q, `${P}${Q}`]);
    }
    // (An <hr> between the story's parts, with more of it after, cuts nothing.)
    const more = [Q, P, Q, P];
    const text = extractArticle(
      storyPage(
        '专访阿里钉钉：我们为什么低调',
        '2015-05-22 10:00',
        `<p>${P}</p><p>${Q}</p><hr>${more.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q, ...more]);
  });

  it('but a rule between the story’s parts, with more of it after, cuts nothing', () => {
    const more = [P, Q, P, Q];
    const text = extractArticle(
      storyPage(
        '都大研究團隊開發新演算法',
        '2023-04-13 14:35',
        `<p>${P}</p><p>${Q}</p><p>———</p>${more.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q, ...more]);
  });
});

describe('a day’s code in a meta tag', () => {
  it('is the day published (<meta name="articleDate" content="20230329">)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>過路翁捱的士撞 6旬司機被捕</title><meta name="articleDate" content="20230329"></head><body><h1>過路翁捱的士撞 6旬司機被捕</h1><div class="content"><p>【本報訊】${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.published).toBe('2023-03-29');
  });
});

describe('a paged story’s widgets', () => {
  it('leave the body (第1页：科技树一览, 更多相关内容请关注：…专区, 支持键盘左右键“← →”翻页)', () => {
    const text = extractArticle(
      storyPage(
        '《文明6》科技树一览',
        '2016-10-26 14:16:06 来源：文明6中文百科 作者：Ximicacan 我要投稿',
        `<p>第1页：科技树一览</p><p>${P}</p><p>${Q}</p><p>更多相关内容请关注：文明6专区</p><p>友情提示：支持键盘左右键“← →”翻页</p>`,
      ),
    );
    expect(text.model.text.split('\n')).toEqual([P, Q]);
    // (我要投稿, the link beside the writer's name, is no writer.)
    expect(text.metadata.authors).toEqual(['Ximicacan']);
  });
});

describe('a screenshot’s caption', () => {
  it('leaves the body (…方式。美国有线电视新闻网网站报道截图。)', () => {
    const text = extractArticle(
      storyPage(
        '人工智能悄然改变中国人的“养娃”方式',
        '2018-10-10 09:33 来源：中国日报网',
        `<center><img src="a.jpg"></center><center><font color="blue"><span>人工智能悄然改变中国人的“养娃”方式。</span>美国有线电视新闻网网站报道截图。</font></center><p>${P}</p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q]);
  });
});

describe('a video’s caption over the story', () => {
  it('credits the video’s source, not the story’s (视频：… 来源：央视新闻)', () => {
    const a = extractArticle(
      storyPage(
        '印尼地震海啸已致2045人死亡',
        '2018年10月10日 19:59 来源：中国新闻网',
        `<div class="video">视频：印尼强震灾区工作转向防疫和救助保障阶段 来源：央视新闻</div><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.metadata.source).toBe('中国新闻网');
  });
});

describe('writers credited by their posts, each glued to the name', () => {
  it('are all the authors, and the line leaves the body (作者：…执行院长王文、…副研究员王鹏)', () => {
    const credit = '作者：中国人民大学重阳金融研究院执行院长王文、中国人民大学重阳金融研究院副研究员王鹏';
    expect(parseBylineLine(credit).authors).toEqual(['王文', '王鹏']);
    const a = extractArticle(
      storyPage(
        '美国走下坡路的大趋势没变',
        '2018-10-10 11:17 来源：光明网',
        `<p>${credit}</p><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.metadata.authors).toEqual(['王文', '王鹏']);
    expect(a.model.text.split('\n')).toEqual([P, Q]);
    // (One writer's credit reads as before.)
    expect(parseBylineLine('（作者：中国国际经济交流中心世界经济研究部部长，研究员徐占忱）').authors).toEqual(
      ['徐占忱'],
    );
  });
});
