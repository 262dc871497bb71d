// @vitest-environment jsdom
// Shapes from session 38's pages no test had seen (中央社, 新頭殼, 西藏日报, 云南日报, 新浪看点, 光明网,
// cnBeta, ETtoday, 上報, 自由財經, 蘋果日報, 网易 …) and from the corpus varied (classes scrambled,
// the other script, <title> cut), each reduced to the markup that matters. Each test failed
// before the rule it names.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { labelledSource } from '../../../lib/extract/line-sources';
import { countWords, FORUM, PLAYLIST, SEARCH } from '../../../lib/extract/page-words';
import { outletFromSiteName } from '../../../lib/extract/site-names';
import { textFacts } from '../../../lib/extract/text-facts';
import { CUT_SHORT } from '../../../lib/extract/digest';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { load, P, Q, storyPage } from './shapes';

/** OpenCC's converters, Taiwan's Traditional to Simplified and back, for the both-scripts tests. */
const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('a wire photo’s caption', () => {
  const body = (caption: string) =>
    extractArticle(
      storyPage(
        '電競亞室運 中華隊奪牌希望濃',
        '最新更新時間：2013/06/29 22:54:00',
        `<div class="box_1"><img src="/p.jpg"><h2>${caption}</h2></div><div class="box_2"><p>（中央社記者姜遠珍仁川29日專電）${P}</p><p>${Q}</p></div><div class="box_1"><img src="/q.jpg"><h2></h2></div><div class="box_2"><p>${Q}${P}</p><p>${P}</p></div>`,
      ),
    ).model.text;

  it('goes when closed by the reporter’s credit and the day (（中央社記者姜遠珍仁川富平傳真 102年6月29日）)', () => {
    for (const credit of [
      '（中央社記者姜遠珍仁川富平傳真 102年6月29日）',
      '（中央社記者吳家昇攝 109年3月1日）',
    ]) {
      const text = body(`中華代表隊29日在韓國仁川進行的電競賽「英雄聯盟」預賽，全力拚搏。${credit}`);
      expect(text.split('\n')[0], credit).toMatch(/^（中央社記者姜遠珍仁川29日專電）/);
    }
  });

  it('is not a sentence that ends quoting a fax (…他說。（傳真）)', () => {
    const line = '中華代表隊29日在韓國仁川進行的電競賽預賽，全力拚搏，協會說明了傳真的內容。';
    expect(body(line).split('\n')[0]).toBe(line);
  });
});

describe('a home page’s teasers cut short before an English link to the rest', () => {
  const teaser = (k: number, more: string) =>
    `<div class="ind_news_subject_table_con"><a href="/n/${k}.html"><img src="/i/${k}.jpg"></a><span>第${k}則議題的標題 今再遭駁回</span><br>前總統今年6月召開記者會後向法務部矯正署申請保外就醫遭駁回。扁不服而親筆寫訴狀向台北地院聲明異議也遭駁回，再向高等法院提聲明異議及抗告，但高院昨天指出，昨天將陳...<a href="/n/${k}.html">${more}</a></div>`;
  const page = (more: string) =>
    extractArticle(
      load(
        `<html><head><title>一個有思考力的獨立媒體 新頭殼 newtalk</title></head><body><div class="main">${[1, 2, 3, 4, 5, 6].map((k) => teaser(k, more)).join('')}</div></body></html>`,
      ),
    );

  it('is no article (…昨天將陳...more)', () => {
    for (const more of ['more', 'Read more', 'MORE']) expect(page(more).isArticle, more).toBe(false);
  });

  it('reads a cut summary before the link (CUT_SHORT), and not prose that ends in the word', () => {
    expect(CUT_SHORT.test('但高院昨天指出，昨天將陳...more')).toBe(true);
    expect(CUT_SHORT.test('但高院昨天指出，昨天將陳… Read more')).toBe(true);
    expect(CUT_SHORT.test('他們說想要 more')).toBe(false);
  });
});

describe('the date a newsroom system writes into a comment', () => {
  const page = (comment: string, after = '') =>
    extractArticle(
      load(
        `<html><head><title>拿起跨界“指挥棒”她跟学生“较着劲儿”成长</title></head><body><h1>拿起跨界“指挥棒”她跟学生“较着劲儿”成长</h1><div class="content">${comment}<p>${P}</p><p>${Q}</p><p>${Q}${P}</p></div></body></html>${after}`,
      ),
    ).metadata.published;

  it('is published when the page shows none (Founder’s enpproperty and e-paper mpproperty)', () => {
    expect(
      page(
        '<!--enpproperty <articleid>183736</articleid><date>2021-11-25 16:26:07.0</date><author></author><title>居家养老</title>/enpproperty-->',
      ),
    ).toBe('2021-11-25T16:26:07+08:00');
    // An e-paper's issue, padded to midnight: the day.
    expect(page('<!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author>/enpproperty-->')).toBe(
      '2022-02-13',
    );
    expect(
      page('', '<!--mpproperty <founder-date>\n2022-02-12\n</founder-date>\n<founder-author>\n-->'),
    ).toBe('2022-02-12');
  });

  it('is not read from another comment, nor over a date the page shows', () => {
    expect(page('<!-- build <date>2021-11-25 16:26:07</date> -->')).toBe('');
    expect(
      page(
        '<p>2021-11-26 09:30 来源：太原晚报</p><!--enpproperty <date>2021-11-25 16:26:07.0</date>/enpproperty-->',
      ),
    ).toBe('2021-11-26T09:30+08:00');
  });
});

describe('a wire’s dispatch from a place opening a reprinted story', () => {
  const meta = (opening: string) =>
    extractArticle(
      storyPage(
        '“厕所革命”改善农牧区人居环境',
        '2022-02-13',
        `<p>${opening}记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到。${P}</p><p>${Q}</p>`,
      ),
    ).metadata;

  it('names the wire and its reporter, with the day or without, after 据 or not', () => {
    for (const opening of [
      '据新华社拉萨电（记者 格桑边觉）',
      '新华社拉萨电（记者 格桑边觉）',
      '据新华社拉萨2月12日电（记者 格桑边觉）',
    ]) {
      const m = meta(opening);
      expect([m.source, m.authors], opening).toEqual(['新华社', ['格桑边觉']]);
    }
  });

  it('names the wire or the site without a reporter (新华社北京2月12日电 , 中新网北京2月12日电 )', () => {
    expect(meta('新华社北京2月12日电 ').source).toBe('新华社');
    expect(meta('据新华社拉萨电，').source).toBe('新华社');
    expect(meta('中新网北京2月12日电 ').source).toBe('中新网');
  });

  it('is not a word run on after 社 or 网 (据报社电话, 网友来电)', () => {
    expect(meta('据报社电话采访，').source).toBe('');
    expect(meta('网友来电 ').source).toBe('');
  });
});

describe('the line set over a headline repeated at the top of the story (its 引题)', () => {
  const body = (over: string, headline = '17种产品、1个园区入选国家绿色制造名单') =>
    extractArticle(
      storyPage(
        '17种产品、1个园区入选国家绿色制造名单',
        '2022-02-13 04:22 来源：云南日报',
        `<p align="center"><strong>${over}</strong></p><p align="center"><strong>${headline}</strong></p><p>${P}${Q}</p><p>${Q}</p>`,
      ),
    ).model.text.split('\n')[0];

  it('goes with the headline (15家企业 over 17种产品、1个园区入选国家绿色制造名单)', () => {
    expect(body('15家企业')).toBe(P + Q);
  });

  it('stays where no headline repeats under it (a section’s heading over the story)', () => {
    expect(body('15家企业', '一季度全市规模以上工业增加值同比增长')).toBe('15家企业');
  });
});

describe('a reprinted story on a portal (新浪看点, 中国南海新闻网)', () => {
  const page = (first: string, last: string) =>
    extractArticle(
      storyPage(
        '联大会议上，越南总理谈及南海问题',
        '2018年09月28日 16:27 新浪看点',
        `<p><img src="/a.jpg" alt="联大会议上，越南总理谈及南海问题"></p><p>${first}</p><p>中国南海新闻网9月28日电 ${P}</p><p>${Q}</p><p>${last}</p>`,
      ),
    );

  it('leaves out a caption closed by its picture’s source (（图源：联合国图片/Cia Pak）)', () => {
    const a = page('越南总理阮春福在联大第73届会议一般性辩论中发言。（图源：联合国图片/Cia Pak）', Q);
    expect(a.model.text.split('\n')[0]).toBe(`中国南海新闻网9月28日电 ${P}`);
  });

  it('reads the writer an outlet credits after the last sentence (…的核心。（中国南海新闻网 栾雨石）)', () => {
    const a = page(P, `${Q}（中国南海新闻网 栾雨石）`);
    expect(a.metadata.authors).toEqual(['栾雨石']);
    // (Not a word in brackets after an outlet's name, nor a name with no common surname.)
    expect(page(P, `${Q}（人民网 评论）`).metadata.authors).toEqual([]);
  });
});

describe('widgets read by their words alone (the markup naming nothing)', () => {
  it('a font-size control’s three choices (小 中 大) is one', () => {
    for (const t of ['小 中 大', '大 中 小', '小｜中｜大', '小中大'])
      expect(junkKindOfText(t), t).toBe('font-size');
    expect(junkKindOfText('大中小企业')).toBeNull();
  });

  it('a tags label alone, its tags in elements of their own (標籤：), is a keyword list', () => {
    expect(junkKindOfText('標籤：')).toBe('keyword-list');
    expect(junkKindOfText('关键词:')).toBe('keyword-list');
    expect(junkKindOfText('標籤')).toBeNull();
  });

  it('leaves the story’s first line first on a page whose classes say nothing', () => {
    const doc = storyPage(
      '寒流來襲 明天北部低溫10度',
      '2014/12/15 17:29',
      `<div class="k1">小 中 大</div><div class="k2">標籤：</div><p>${P}${Q}</p><p>${Q}</p>`,
    );
    expect(extractArticle(doc).model.text.split('\n')[0]).toBe(P + Q);
  });
});

describe('the rules of a discussion under the story (討論區, 討論規範)', () => {
  const rules = [
    '留言限140字以內。留言將於發送留言後的第二日早上6:00，由系統自動刪除。與本報報導內容無關、涉及人身攻擊言論、張貼廣告與涉及交易訊息、重複張貼，一律刪除。',
    '請勿留下個人隱私資料，以免遭人盜用，本報將不負管理之責，網友應謹慎發言，遵守中華民國法律相關規定，違者自負法律責任。',
    '涉及誹謗、侮辱、具威脅攻擊性、猥褻、違反公序良俗的文字、圖片及任何形式檔案，本報有權逕自刪除，若因前述行為導致他人檢舉、投訴，當事人應自行負責。',
    '本報保留刪除留言之權利，留言內容不代表本報立場，若有任何疑問，請與客服中心聯絡，我們將盡快為您處理，謝謝您的合作與支持。',
    '網友發表之言論僅代表其個人意見，與本報立場無關，請尊重他人意見並理性討論，任何違反上述規範之留言，本報得不經通知逕行刪除。',
  ];
  const page = (heading: string) =>
    extractArticle(
      load(
        `<html><head><title>診所助理救活人反觸法</title></head><body><div class="k1"><h1>診所助理救活人反觸法</h1><div class="k2">2005年08月11日</div><div class="k3"><p>【丁牧群╱台北報導】${P}</p><p>${Q}</p><p>${Q}${P}</p></div></div><section class="k4"><header><h1>${heading}</h1></header><div class="k5"><h3>討論規範</h3><ul>${rules.map((r) => `<li>${r}</li>`).join('')}</ul></div></section></body></html>`,
      ),
    ).model.text;

  it('are no part of the story, however much they say, where the markup names nothing', () => {
    expect(page('討論區').split('\n')[0]).toBe(`【丁牧群╱台北報導】${P}`);
    expect(page('討論區')).not.toContain('留言限140字');
  });
});

describe('a front page of posts, each with who posted it, when and its reads', () => {
  const summary = (k: number) =>
    `第${k}則：中国Linux发行版deepin宣布携手美国CrossOver公司，向广大Linux用户征集Windows应用优先移植名单。在公布的移植名单中，涵盖了美图秀秀、百度云网盘、QQ旋风下载、福昕PDF阅读器和益盟爱炒股等国人常用软件，普通用户均可向该移植名单提出建议，该移植名单的软件正在不断增加，开发者表示将在下一个版本中陆续推出。`;
  const item = (k: number) =>
    `<div class="item"><div class="title"><a href="/articles/${k}.htm">深度联合CrossOver 将国产Windows应用移植到Linux之${k}</a><div class="tj"><span>ugmbbc 发布于<em>2015-01-14 18:0${k}:18</em> | </span><span><em>228${k}</em> 次阅读</span></div></div><p>${summary(k)}</p></div>`;

  it('is no article, however long its summaries (the root holds the posts)', () => {
    const doc = load(
      `<html><head><title>cnBeta.COM</title></head><body><div class="items_area">${[1, 2, 3, 4, 5, 6, 7].map(item).join('')}</div></body></html>`,
    );
    const a = extractArticle(doc);
    expect(a.signals.posts).toBe(-3);
    expect(a.isArticle).toBe(false);
  });

  it('is not a long story beside a sidebar of such posts', () => {
    const side = [1, 2, 3, 4, 5, 6].map(
      (k) =>
        `<li><a href="/a/${k}">另一篇文章之${k}</a> 作者${k}发布于 2015-01-1${k} 10:00 | ${k}00 次阅读</li>`,
    );
    const story = Array.from({ length: 9 }, () => `<p>${P}${Q}</p>`).join('');
    const headline = '深度联合CrossOver 将国产Windows应用移植到Linux';
    const doc = load(
      `<html><head><title>${headline}</title></head><body><h1>${headline}</h1><div class="info">2015-01-14 18:04 来源：cnBeta</div><div class="content">${story}</div><ul class="side">${side.join('')}</ul></body></html>`,
    );
    const a = extractArticle(doc);
    expect(a.signals.posts).toBeUndefined();
    expect(a.isArticle).toBe(true);
  });
});

describe('a dispatch credited to its translator (电影网讯（编译/Rita）…)', () => {
  const authors = (opening: string) =>
    extractArticle(
      storyPage(
        '《双面君王》突破千万人票房 居韩国影史第七位',
        '2012-10-21 17:13:59 来源：电影网',
        `<p>${opening}秋昌民导演执导的韩国古装电影《双面君王》在上映38天后终于突破了1000万观众，也成为今年韩国第二部问鼎千万观众票房的影片。${P}</p><p>${Q}</p>`,
      ),
    ).metadata.authors;

  it('names the translator as the writer, in a long first paragraph', () => {
    expect(authors('电影网讯（编译/Rita）')).toEqual(['Rita']);
    expect(authors('新华网讯（编译：王小明）')).toEqual(['王小明']);
  });
});

describe('报导, the Simplified spelling of 報導 (Singapore, Malaysia, a converted page)', () => {
  const authors = (line: string, story = `<p>${P}</p><p>${Q}</p>`) =>
    extractArticle(storyPage('邱文达内定卫福部长 政次呼声高', line, story)).metadata.authors;

  it('closes a byline as 報導 and 报道 do', () => {
    expect(authors('2014/03/19 18:58 彭佳芸 黄翊真 报导')).toEqual(['彭佳芸', '黄翊真']);
    expect(authors('2013年06月29日', `<p>【王家俊╱台北报导】${P}</p><p>${Q}</p>`)).toEqual(['王家俊']);
    expect(authors('2013年06月29日', `<p>〔记者施晓光、吴亮仪／台北报导〕${P}</p><p>${Q}</p>`)).toEqual([
      '施晓光',
      '吴亮仪',
    ]);
  });
});

describe('a byline reads the same in either script (each line converted by OpenCC)', () => {
  const lines: [string, string[] | undefined][] = [
    ['本報記者 鄭莉 郝赫 朱欣', ['鄭莉', '郝赫', '朱欣']],
    ['【王家俊／台北報導】配合行政院組織改造', ['王家俊']],
    ['〔記者施曉光、吳亮儀／台北報導〕市面上出現', ['施曉光', '吳亮儀']],
    ['記者王文萱∕台北報導', ['王文萱']],
    ['生活中心／王小明報導', ['王小明']],
    ['編譯王小明／綜合報導', ['王小明']],
    ['2014/03/19 18:58 彭佳芸 黃翊真 報導', ['彭佳芸', '黃翊真']],
    ['（中央社記者姜遠珍仁川29日專電）', ['姜遠珍']],
    ['文／王小明（作者為台大教授）', ['王小明']],
    ['紅星新聞記者 王小明 實習記者 李四 北京報道', ['王小明', '李四']],
    ['地方中心／桃園報導', undefined],
    ['政治中心／綜合報導', undefined],
    ['（資料照，記者溫于德攝）', undefined],
    ['記者：', undefined],
  ];

  it('finds the same writers in the Simplified line as in the Traditional, and back', () => {
    for (const [line, names] of lines) {
      expect(parseBylineLine(line).authors, line).toEqual(names);
      expect(parseBylineLine(toCn(line)).authors, toCn(line)).toEqual(names?.map(toCn));
      expect(parseBylineLine(toTw(toCn(line))).authors, toTw(toCn(line))).toEqual(
        names?.map((n) => toTw(toCn(n))),
      );
    }
  });
});

describe('junk reads the same in either script (each line converted by OpenCC)', () => {
  const lines = [
    '字號大小：大 中 小',
    '文章關鍵字：高雄、草間彌生',
    '轉寄',
    '转发到微信',
    '掃碼下載客戶端',
    '上一頁',
    '下一页',
    '【我来说两句】【推荐】',
    '【我要評論】【打印】',
    '复制链接',
    '複製連結',
    '登录后发表评论',
    '登入後發表評論',
    '35 條評論',
    '12則留言',
    '小 中 大',
    '標籤：',
  ];

  it('finds the same kind in the line and in its conversions', () => {
    for (const line of lines) {
      const kind = junkKindOfText(line);
      expect(kind, line).not.toBeNull();
      expect(junkKindOfText(toCn(line)), toCn(line)).toBe(kind);
      expect(junkKindOfText(toTw(line)), toTw(line)).toBe(kind);
    }
  });
});

describe('the words a page of another kind shows, in either script', () => {
  const count = (text: string, bit: number) => countWords([{ text, words: textFacts(text).words }], bit);
  const words: [string, number][] = [
    ['找到約 1,230 筆結果', SEARCH],
    ['搜尋結果：颱風', SEARCH],
    ['相关结果约 35 条结果', SEARCH],
    ['精华帖 版主 发新帖', FORUM],
    ['播放清單', PLAYLIST],
  ];

  it('are counted in the line and in its conversions', () => {
    for (const [line, bit] of words)
      for (const t of [line, toCn(line), toTw(line)]) expect(count(t, bit), t).toBeGreaterThan(0);
  });
});

describe('a section page of a hundred teasers cut short', () => {
  const teaser = (k: number) =>
    `<div class="piece"><h3><a href="/news/${k}">民調：民進黨認同者3個月流失之${k}</a></h3><p class="summary">台灣民意基金會${k}日發布最新民調，有28.2％台灣民眾認同民進黨。記者詢問時，民進黨認同者3個月內流失15％，而國民黨、..</p></div>`;
  const page = (n: number) =>
    extractArticle(
      load(
        `<html><head><title>政治熱門新聞</title><meta property="og:type" content="article"></head><body><h1>政治熱門新聞</h1><div class="date">2021-07-13 17:24</div><div class="list">${Array.from({ length: n }, (_, k) => teaser(k + 1)).join('')}</div></body></html>`,
      ),
    );

  it('is no article, however much else says it is one (og:type article, the headline, the time)', () => {
    const a = page(24);
    expect(a.isArticle).toBe(false);
    expect(a.signals.digest).toBe(-6.5);
  });

  it('weighs as before where fewer are cut short', () => {
    expect(page(8).signals.digest).toBe(-4.5);
  });
});

describe('上報’s template: a section after the site’s name, a desk before the writer’s', () => {
  const meta = (section: string, author: string) =>
    extractArticle(
      load(
        `<html><head><title>稱「憂鬱症是不知足」挨轟 吳宗憲：鼓勵患者別只往負面想 -- 上報 / ${section}</title></head><body><h1>稱「憂鬱症是不知足」挨轟 吳宗憲：鼓勵患者別只往負面想</h1><div class="author">${author}</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata;

  it('names the site without its section (上報 / 焦點, 上報 / 政治)', () => {
    expect(meta('焦點', '2020年03月12日 20:19:00').source).toBe('上報');
    expect(meta('政治', '2020年03月12日 20:19:00').source).toBe('上報');
  });

  it('reads the writer after the desk and before the time (上報快訊／范姜佳鈺 2020年03月12日 20:19:00)', () => {
    expect(meta('焦點', '上報快訊／范姜佳鈺 2020年03月12日 20:19:00').authors).toEqual(['范姜佳鈺']);
    expect(meta('焦點', '政治中心／王小明 2020-03-12 20:19').authors).toEqual(['王小明']);
  });
});

describe('a caption closed by what the photo is (（資料照）, （示意圖）)', () => {
  const first = (caption: string) =>
    extractArticle(
      storyPage(
        '是你嗎？ 1-2月期發票千萬獎開出18張',
        '2020-04-01 10:29',
        `<p><span class="ph_b"><span class="ph_i"><img src="/1.jpg"></span><span class="ph_d">${caption}</span></span></p><p>〔記者巫其倫／台北報導〕${P}</p><p>${Q}</p>`,
      ),
    ).model.text.split('\n')[0];

  it('goes, as a credit would', () => {
    for (const c of ['（資料照）', '（資料照片）', '（示意圖）', '（资料图）'])
      expect(first(`財政部今天下午將公佈中獎清冊，財政部透露，本期千萬中獎張數為18張。${c}`), c).toBe(
        `〔記者巫其倫／台北報導〕${P}`,
      );
  });
});

describe('a source label’s value inside quotation marks', () => {
  it('ends at the quotation’s close, and loses marks that hold the whole name', () => {
    expect(labelledSource('擅自将上述信息篡改为“稿件来源：中新网”或“据中新网报道”，本网将依法追究')).toBe(
      '中新网',
    );
    expect(labelledSource('来源：「報導者」')).toBe('報導者');
    expect(labelledSource('来源：“新华社”')).toBe('新华社');
    expect(labelledSource('来源：微信公众号“财经早餐”')).toBe('财经早餐');
  });
});

describe('a short caption repeating its picture’s alt (潘粤明发文)', () => {
  it('goes, from four characters', () => {
    const text = extractArticle(
      storyPage(
        '潘粤明晒速写图表无奈：看国足比赛心塞',
        '2018-10-14 08:04:41 来源：网易娱乐',
        `<p class="f_center"><img src="/a.png" alt="潘粤明发文"><br>潘粤明发文</p><p class="f_center"><img src="/b.jpg" alt="潘粤明晒速写图"><br>潘粤明晒速写图</p><p><b>网易娱乐10月14日报道</b> ${P}</p><p>${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')[0]).toBe(`网易娱乐10月14日报道 ${P}`);
  });
});

describe('a table of two thousand donors, a garbled name’s ? among them', () => {
  it('is records, not a story (one line in twenty at most holds a sentence’s end)', () => {
    const names = [
      '林肇哲',
      '威鈺企業有限公司',
      '張鉅鑫',
      '楊建國',
      '蘇萬?',
      '黃沈來春',
      '周仁傑、黃淑娟',
      '郭政宏',
    ];
    const rows = Array.from(
      { length: 120 },
      (_, k) =>
        `<tr><td>${k + 1}</td><td>${names[k % names.length]}</td><td>${5000 - k}</td><td>2015/12/${(k % 28) + 1}</td></tr>`,
    ).join('');
    const doc = load(
      `<html><head><title>即時新聞 | 蘋果日報</title></head><body><div>《 A3810捐款明細 》 瀏覽相關報導： 2015-12-01 女遇恐攻重傷「人生走樣」記者</div><div>蘋果急難救助金(讀者不指定捐款) 25000元</div><table><tbody><tr><th>筆數</th><th>捐款人姓名</th><th>累計(元)</th><th>捐款明細</th></tr>${rows}</tbody></table></body></html>`,
    );
    const a = extractArticle(doc);
    expect(a.signals.headlines).toBe(-2);
    expect(a.isArticle).toBe(false);
  });
});

describe('a writer who took the photos too, credited after the lead (…兩餐。」報導•攝影╱李佳玲)', () => {
  const read = (credit: string) =>
    extractArticle(
      storyPage(
        'A3670 姊妹1天吃2餐 省錢顧殘母',
        '2015年06月03日',
        `<p>上課前，就讀專一的小郁買了一盒39元壽司手捲，這是她們一整天的食物。小郁說：「我和妹妹說好一天只能吃兩餐。」${credit}</p><p>${P}</p><p>${Q}</p>`,
      ),
    );

  it('names the writer and leaves the story’s text without the credit', () => {
    for (const credit of ['報導•攝影╱李佳玲', '報導．攝影／李佳玲', '文．攝影：李佳玲', '文／李佳玲']) {
      const a = read(credit);
      expect(a.metadata.authors, credit).toEqual(['李佳玲']);
      expect(a.model.text.split('\n')[0], credit).toMatch(/一天只能吃兩餐。」$/);
    }
  });

  it('names no photographer alone (攝影╱李佳玲)', () => {
    expect(read('攝影╱李佳玲').metadata.authors).toEqual([]);
  });
});

describe('an old table layout whose <title> names only the site', () => {
  it('finds the headline in its own row’s cell above the story’s (rows are no level)', () => {
    const doc = load(
      `<html><head><title>聯合新聞網</title></head><body><table><tbody><tr><td><table><tbody><tr><td width="76%"><div class="story_title">南韓style 明目張膽搞小動作</div></td></tr></tbody></table></td></tr><tr><td><p>${P}</p><p>${Q}</p><p>${Q}${P}</p></td></tr></tbody></table></body></html>`,
    );
    expect(extractArticle(doc).metadata.title).toBe('南韓style 明目張膽搞小動作');
  });

  it('names the site before a breadcrumb’s arrow (世艺网>艺术教育)', () => {
    expect(outletFromSiteName('世艺网>艺术教育')).toBe('世艺网');
    expect(outletFromSiteName('新浪新闻 » 国内')).toBe('新浪新闻');
  });
});

describe('a logo heading that repeats a <title> of the site’s name alone', () => {
  it('is not the headline: the heading right before the body is', () => {
    for (const site of ['TVBS', '松花江网', 'ETtoday 新聞雲']) {
      const doc = load(
        `<html><head><title>${site}</title></head><body><h1 class="logo">${site}</h1><article><h1>拚押張德正 院檢攻防3回戰</h1><div class="content"><p>${P}</p><p>${Q}</p></div></article></body></html>`,
      );
      expect(extractArticle(doc).metadata.title, site).toBe('拚押張德正 院檢攻防3回戰');
    }
  });
});

describe('a page with no <title> at all', () => {
  it('takes the heading right before the body, not the logo’s h1', () => {
    const doc = load(
      `<html><head></head><body><h1 class="logo">中時電子報</h1><nav><a href="/">首頁</a></nav><div class="article"><h2>李安失望台灣商業片 不會進戲院</h2><div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
    );
    expect(extractArticle(doc).metadata.title).toBe('李安失望台灣商業片 不會進戲院');
  });

  it('takes no line of the page’s own between the headline and the body (原标题：…, a time and its counters)', () => {
    for (const line of [
      '<div class="otitle">原标题：春季学期开学，织密返校疫情防控网</div>',
      '<h4><div class="tit_bar">发表于<span>2015-05-21 09:32</span>| 次阅读| 来源CSDN| 0 条评论| 作者魏伟</div></h4>',
    ]) {
      const doc = load(
        `<html><head></head><body><div class="article"><h1 class="title">江苏多地要求中高风险地区师生员工暂不返校</h1>${line}<div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
      );
      expect(extractArticle(doc).metadata.title, line).toBe('江苏多地要求中高风险地区师生员工暂不返校');
    }
  });

  it('names as source the outlet its copyright line holds, not the rights’ own words (复制必究)', () => {
    const doc = load(
      `<html><head></head><body><div class="article"><h1>江苏多地要求中高风险地区师生员工暂不返校</h1><div class="content"><p>${P}</p><p>${Q}</p></div></div><div class="footer"><p>Copyright 财新网 All Rights Reserved 版权所有 复制必究</p></div></body></html>`,
    );
    expect(extractArticle(doc).metadata.source).toBe('财新网');
  });

  it('names as source the value of a source label without a colon, an item of the info line (来源CSDN, 来源 新华网)', () => {
    for (const [item, want] of [
      ['来源CSDN', 'CSDN'],
      ['来源<span>CSDN</span>', 'CSDN'],
      ['来源 新华网', '新华网'],
      ['来源新华网', '新华网'],
      ['来源不明', ''],
    ]) {
      const doc = load(
        `<html><head></head><body><div class="article"><h1 class="title">专访阿里钉钉：我们为什么低调</h1><div class="tit_bar">发表于2015-05-21 09:32| 次阅读| ${item}| 0 条评论| 作者魏伟</div><div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
      );
      const m = extractArticle(doc).metadata;
      expect(m.source, item).toBe(want);
      expect(m.authors, item).toEqual(['魏伟']);
    }
  });

  it('reads no source from 来源 in a line of prose or before 于 (资金来源广泛, 来源于网络)', () => {
    for (const line of ['资金来源广泛|2020-01-01', '来源于网络|2020-01-01', '项目来源 国家基金|2020-01-01'])
      expect(parseBylineLine(line).source, line).toBeUndefined();
  });

  it('names no source from a <title> that holds a day (2025年12月3日新闻联播 文字版: a page’s, no site’s name)', () => {
    const doc = load(
      `<html><head><title>2025年12月3日新闻联播 文字版</title></head><body><h1>2025年12月3日 新闻联播</h1><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(doc).metadata.source).toBe('');
  });

  it('takes the headline and the source a government site’s meta tags give (ArticleTitle, ContentSource)', () => {
    const doc = load(
      `<html><head><meta name="ArticleTitle" content="为现代化巴彦淖尔建设凝聚强大智慧和力量<div>——热烈祝贺市政协五届一次会议开幕</div>"><meta name="ContentSource" content="巴彦淖尔日报"></head><body><div class="crumb">首页 > 政务动态</div><div class="body"><p class="t">为现代化巴彦淖尔建设凝聚强大智慧和力量<div>——热烈祝贺市政协五届一次会议开幕</div></p><div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
    );
    const m = extractArticle(doc).metadata;
    expect(m.title).toBe('为现代化巴彦淖尔建设凝聚强大智慧和力量——热烈祝贺市政协五届一次会议开幕');
    expect(m.source).toBe('巴彦淖尔日报');
  });

  it('takes its h1 when that is the heading by the body', () => {
    const doc = load(
      `<html><head></head><body><div class="article"><h1>李安失望台灣商業片 不會進戲院</h1><div class="content"><p>${P}</p><p>${Q}</p></div></div></body></html>`,
    );
    expect(extractArticle(doc).metadata.title).toBe('李安失望台灣商業片 不會進戲院');
  });
});

describe('the day in the page’s address, where no time is by the headline', () => {
  const page = (crumb: string, side = '') =>
    extractArticle(
      load(
        `<html><head><title>如何推動區域經貿合作 | ETtoday論壇新聞 | ETtoday 新聞雲</title><link rel="canonical" href="https://forum.ettoday.net/news/20141210/436375.htm"></head><body><div class="crumb">ETtoday ＞ 論壇 ＞ 論壇 ${crumb}</div><ul>${side}</ul><div class="menu"><a href="/a">論壇焦點</a> <a href="/b">政治</a></div><h1>如何推動區域經貿合作</h1><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
      { url: 'https://forum.ettoday.net/news/20141210/436375.htm' },
    ).metadata.published;

  it('is given to the minute the page shows once on that day (a breadcrumb’s 2014年12月10日 00:01)', () => {
    expect(page('2014年12月10日 00:01')).toBe('2014-12-10T00:01+08:00');
  });

  it('stays the day where the page shows several times on it (a list’s)', () => {
    const side = '<li>另一則 2014年12月10日 09:30</li><li>又一則 2014年12月10日 11:45</li>';
    expect(page('', side)).toBe('2014-12-10');
  });
});

describe('a link to the story or the day before or after, by the headline', () => {
  const page = (line: string, url = 'https://example.cn/xinwenlianbo/20251203/') =>
    extractArticle(
      load(
        `<html><head><title>新闻联播 文字版</title></head><body><h1>新闻联播</h1><div class="nav">${line}</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
      { url },
    );

  it('dates nothing: the day comes from the page’s address (上一天 2025-12-02 下一天 2025-12-04)', () => {
    expect(page('上一天 2025-12-02 下一天 2025-12-04').metadata.published).toBe('2025-12-03');
    expect(page('上一篇：某地召开会议 2025-11-30').metadata.published).toBe('2025-12-03');
    expect(page('【上一篇】某地召开会议 2025-11-30', 'https://example.cn/a/').metadata.published).toBe('');
  });

  it('still dates the story where the same words do not open the line (发布时间：2025-12-03 10:00)', () => {
    expect(page('发布时间：2025-12-03 10:00 上一篇').metadata.published).toBe('2025-12-03T10:00+08:00');
  });

  it('is junk, as 上一篇 is', () => {
    expect(junkKindOfText('上一天')).toBe('other');
    expect(junkKindOfText('下一期')).toBe('other');
  });
});

describe('a headline that carries its time in the same element, <title> naming only the site', () => {
  it('is the headline without the time', () => {
    for (const head of ['<title>自由電子報</title>', '']) {
      const doc = load(
        `<html><head>${head}</head><body><div class="news"><h1>林義雄宣布停止禁食 願再為台奮鬥 2014-04-30 14:49</h1><p>${P}</p><p>${Q}</p></div></body></html>`,
      );
      expect(extractArticle(doc).metadata.title, head).toBe('林義雄宣布停止禁食 願再為台奮鬥');
    }
  });
});
