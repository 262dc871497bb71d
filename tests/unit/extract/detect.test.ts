// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../../lib/extract/article';
import { detectArticle, type DetectInput } from '../../../lib/extract/detect';
import {
  CUT,
  CUT_SHORT,
  DISPATCH_OPENER,
  lineEnd,
  OPENS_DISPATCH,
  STAMP,
  STAMPED,
} from '../../../lib/extract/digest';
import { isFrontAddress, isListAddress } from '../../../lib/extract/page-addresses';
import { readMetaTags } from '../../../lib/extract/meta-tags';
import { collectPage } from '../../../lib/extract/paragraphs';

/** detectArticle over a page built by `fill`, its paragraphs as both lists and its meta tags, nothing else known. */
function detect(fill: (doc: Document) => void, over: Partial<DetectInput> = {}) {
  const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
  fill(doc);
  const all = collectPage(doc.body, undefined, true).all;
  return detectArticle({
    doc,
    bodyText: '',
    paragraphs: all,
    allParagraphs: all,
    headlineConfirmed: false,
    published: '',
    hasByline: false,
    jsonLdType: '',
    ogType: '',
    generator: readMetaTags(doc).generator,
    root: doc.body,
    newsCue: false,
    ...over,
  });
}

/** The page's signals, with its paragraphs (one per <p>). */
function signals(paras: string[], over: Partial<DetectInput> = {}): Record<string, number> {
  return detect((doc) => {
    for (const t of paras) doc.body.append(Object.assign(doc.createElement('p'), { textContent: t }));
  }, over).signals;
}

describe('detectArticle page scans', () => {
  it('counts forum and blog words over the paragraphs of the page', () => {
    expect(signals(['樓主 發表新帖', '回覆數 12', '其他文字']).forum).toBe(-2.5);
    expect(signals(['樓主 發表新帖', '其他文字']).forum).toBeUndefined();
    // A board's menu: 论坛首页, 热帖, 新贴 with 版主.
    expect(signals(['论坛首页', '热帖', '新贴', '版主工资']).forum).toBe(-2.5);
    expect(signals(['论坛首页', '新闻']).forum).toBeUndefined();
    expect(signals(['页: [1]', 'Powered by Discuz! Archiver 5.0.0 © 2001-2006 Comsenz Inc.']).forum).toBe(
      -2.5,
    );
    // Replies numbered by floor, with their age (Ruby China, V2EX …).
    expect(signals(['gazeldx #1 1 月前', 'msl12 #2 1 月前', 'lehf #4 19 天前']).forum).toBe(-2.5);
    expect(signals(['gazeldx #1 1 月前', 'msl12 #2 1 月前', '话题 #4']).forum).toBeUndefined();
    expect(signals(['倒序看帖', '仅看楼主', '第2楼']).forum).toBe(-2.5);
    // A post's bar of actions under each post: a thread's.
    expect(signals(['引用 回复 TOP', '引用 回复 TOP', '回覆 引用 舉報']).forum).toBe(-2.5);
    expect(signals(['引用 回复 TOP', '回复网友的提问', '引用数据显示']).forum).toBeUndefined();
    // Four blog hits, two of them Latin words at the edges of a paragraph.
    expect(signals(['blog', '博客 網誌', 'Powered by']).ugc).toBe(-1.5);
    expect(signals(['blogs', '博客 網誌', 'Powered by']).ugc).toBeUndefined();
    // A user's card with an empty profile's placeholder: one is enough.
    expect(signals(['ddos8919', '这家伙很懒，什么都没留下', '积分']).ugc).toBe(-1.5);
    expect(signals(['再睡一夏', '這個人很懶~']).ugc).toBe(-1.5);
    expect(signals(['这家伙很能干，什么都留下了']).ugc).toBeUndefined();
  });

  it('Q&A and tieba pages are forum pages too', () => {
    expect(signals(['我来答', '最佳答案', '采纳率：98%']).forum).toBe(-2.5);
    expect(signals(['百度贴吧', '只看楼主', '进入贴吧']).forum).toBe(-2.5);
    expect(signals(['网友在百度贴吧发帖称，该建议已被采纳。']).forum).toBeUndefined();
  });

  it('a JSON-LD page type that is no article counts against it, unless an Article is declared too', () => {
    expect(signals(['文字'], { jsonLdPageType: 'QAPage', ogType: 'article' }).schema).toBe(-1.5);
    expect(signals(['文字'], { jsonLdPageType: 'QAPage', jsonLdType: 'NewsArticle' }).schema).toBe(1);
    expect(signals(['文字'], { ogType: 'article' }).schema).toBe(1);
  });

  it('looks for search results in the first 3000 characters of the page text only', () => {
    const long = '文'.repeat(2990);
    // The page text is the paragraphs joined by \n: 2990 + 1 + 9 characters reach 3000.
    expect(signals([long, '搜尋結果搜尋結果…']).search).toBe(-3);
    expect(signals([long, '一二三四五六搜尋結果']).search).toBeUndefined();
    expect(signals([long, '一二三四五搜尋結果']).search).toBe(-3);
  });

  it('a player with five durations or more is a video page; a list’s time stamps are no durations', () => {
    const page = (lines: string[]) =>
      detect((doc) => {
        doc.body.append(doc.createElement('video'));
        for (const t of lines) doc.body.append(Object.assign(doc.createElement('p'), { textContent: t }));
      }).signals;
    expect(page(['第1集 02:07', '第2集 12:31', '第3集 03:15', '第4集 08:40', '第5集 10:02']).video).toBe(
      -2.5,
    );
    const stamps = [11, 12, 13, 14, 15].map((h) => `另一則新聞的標題 2024-11-12 HKT ${h}:20`);
    expect(page(stamps).video).toBeUndefined();
  });

  it('a count of what a search found is a search page’s (找到相关新闻176篇)', () => {
    expect(signals(['找到相关新闻176篇', '新闻 图片 视频']).search).toBe(-3);
    expect(signals(['为您找到相關網頁約 1,230 個']).search).toBe(-3);
    expect(signals(['警方在现场找到相关证据3件，案件仍在调查中。']).search).toBeUndefined();
  });
});

describe('a short brief in a portal’s frame', () => {
  const brief = '路透月度調查顯示，日本企業信心5月保持穩定，但日圓疲弱帶來的通脹壓力正損害利潤。';
  const links = Array.from({ length: 30 }, (_, i) => `第${i}則其他新聞的標題連結文字在此`);
  const page = (over: Partial<DetectInput>) =>
    detect(
      (doc) => {
        for (const t of links)
          doc.body.append(
            Object.assign(doc.createElement('a'), { href: '#', textContent: t }),
            doc.createElement('br'),
          );
      },
      { bodyText: brief, headlineConfirmed: true, published: '2024-05-22T08:21:04+08:00', ...over },
    );

  it('a page that says it is an article, under its headline and with a time, loses at most 1 for its size', () => {
    const said = page({ jsonLdType: 'NewsArticle' });
    expect(said.signals.links).toBeUndefined();
    expect(said.signals.share).toBe(-1);
    const unsaid = page({});
    expect((unsaid.signals.links ?? 0) + (unsaid.signals.share ?? 0)).toBeLessThan(-1);
    expect(said.confidence).toBeGreaterThan(unsaid.confidence);
  });

  it("one that shows a newsroom's credit (an editor, a source) under its dated headline loses at most 2", () => {
    const size = (over: Partial<DetectInput>) => {
      const sig = page(over).signals;
      return (sig.links ?? 0) + (sig.linkLines ?? 0) + (sig.share ?? 0);
    };
    expect(size({ newsCue: true })).toBe(-2);
    expect(size({})).toBeLessThan(-2);
    // Without a time there is no dated headline, and nothing is capped.
    expect(size({ newsCue: true, published: '' })).toBeLessThan(-2);
    // A body of two sentences or more and nothing else, the brief itself: at most 1.5.
    expect(size({ newsCue: true, bodyText: `${brief}\n${brief}` })).toBe(-1.5);
    expect(size({ newsCue: true, bodyText: `${brief}\n更多新聞` })).toBe(-2);
  });
});

describe('a flash of one line', () => {
  const page = (text: string): Document =>
    new DOMParser().parseFromString(
      `<html><head><title>快讯：美联储宣布加息25个基点_财经</title></head><body><h1>快讯：美联储宣布加息25个基点</h1><div class="info">2022-03-17 02:00 来源：财联社</div><div class="content"><p>${text}</p></div></body></html>`,
      'text/html',
    );
  it('opened by the wire’s dispatch under its dated, credited headline, is an article', () => {
    const a = extractArticle(page('财联社3月17日电，美联储宣布加息25个基点。'));
    expect(a.isArticle).toBe(true);
    expect(a.signals.prose).toBe(0);
  });
  it('without the dispatch, so few words are no article', () => {
    expect(extractArticle(page('美联储宣布加息25个基点。')).isArticle).toBe(false);
  });
});

describe('a short brief in a portal’s frame that lists dated headlines', () => {
  const brief = '路透月度調查顯示，日本企業信心5月保持穩定，但日圓疲弱帶來的通脹壓力正損害利潤。';
  const page = (over: Partial<DetectInput>) =>
    detect(
      (doc) => {
        for (let i = 0; i < 10; i++)
          doc.body.append(
            Object.assign(doc.createElement('a'), {
              href: '#',
              textContent: `其他新聞標題第${i}則 2024-05-1${i}`,
            }),
            doc.createElement('br'),
          );
      },
      { bodyText: brief, headlineConfirmed: true, published: '2024-05-22T08:21:04+08:00', ...over },
    );

  it('the frame’s list counts with its size, under the same cap, for a page that says it is an article', () => {
    const said = page({ jsonLdType: 'NewsArticle' }).signals;
    expect(said.datedList).toBeUndefined();
    expect((said.links ?? 0) + (said.linkLines ?? 0) + (said.share ?? 0)).toBe(-1);
    // (A page that says nothing of itself and shows no credit: the list counts in full.)
    expect(page({}).signals.datedList).toBe(-1);
  });
});

describe('pages that are no news by what they say of themselves', () => {
  it('a front page’s address: no path, or a section’s index; not an article’s', () => {
    for (const u of [
      'https://udn.com/',
      'https://udn.com',
      'https://udn.com/news/index',
      'http://news.ltn.com.tw/index.html',
      'https://www.example.com.tw/zh/news/default.aspx',
    ])
      expect(isFrontAddress(u), u).toBe(true);
    for (const u of [
      'https://udn.com/news/story/7266/5654049',
      'https://www.example.cn/2021/0806/index.html',
      'https://www.example.cn/a/b/c/index.html',
      'https://www.example.cn/index.php?id=123',
      'https://www.example.cn/#/article/5',
      'https://www.example.cn/seed.html',
      'file:///home/me/index.html',
      '',
    ])
      expect(isFrontAddress(u), u).toBe(false);
  });

  it('knows a tag’s, a category’s or a search’s address, and counts it against an article', () => {
    for (const u of [
      'https://www.thenewslens.com/tag/11882',
      'https://www.example.com/news/tags/酷兒/',
      'https://www.example.com/category/politics',
      'https://news.example.com/search?q=跨性別',
      'https://www.example.com/list.php?page=2&keyword=台北',
    ])
      expect(isListAddress(u), u).toBe(true);
    for (const u of [
      'https://www.thenewslens.com/article/200123',
      'https://www.example.com/tag/11882/article/5',
      'https://www.example.com/news/20240101/tagged-story.html',
      'https://www.example.com/a?id=5&q2=1',
    ])
      expect(isListAddress(u), u).toBe(false);
    expect(signals(['文字'], { addresses: ['https://www.thenewslens.com/tag/11882'] }).front).toBe(-2);
    const article = { addresses: ['https://www.thenewslens.com/tag/11882'], jsonLdType: 'NewsArticle' };
    expect(signals(['文字'], article).front).toBeUndefined();
  });

  it('a time shown relative to the moment seen dates the page, though no day is known', () => {
    expect(signals([], { shownRelative: true }).published).toBe(1);
    expect(signals([]).published).toBeUndefined();
  });

  it('a front page’s address counts against the page, unless its JSON-LD declares an article', () => {
    const at = (url: string, jsonLdType = '') => signals([], { addresses: ['', url], jsonLdType }).front;
    expect(at('https://udn.com/news/index')).toBe(-2.5);
    expect(at('https://udn.com/news/index', 'NewsArticle')).toBeUndefined();
    expect(at('https://udn.com/news/story/7266/5654049')).toBeUndefined();
  });

  it('an encyclopedia’s entry: its name at the end of <title>, or MediaWiki', () => {
    const entry = (title: string, generator = '') =>
      detect((doc) => {
        doc.title = title;
        if (generator)
          doc.head.append(
            Object.assign(doc.createElement('meta'), { name: 'generator', content: generator }),
          );
      }).signals.encyclopedia;
    // (−4.5: an entry with a confirmed title, dates and 来源 notes scores as a whole news item.)
    expect(entry('蔡健雅_百度百科')).toBe(-4.5);
    expect(entry('金锺国 - 维基百科，自由的百科全书')).toBe(-4.5);
    expect(entry('某词条', 'MediaWiki 1.38.0-wmf.23')).toBe(-4.5);
    // (百科 in the headline, not the site's name: news about an encyclopedia.)
    expect(entry('百度百科上线十周年 - 新浪科技')).toBeUndefined();
  });

  it('a post under markup named for a forum (bbs-post-content, forum-info)', () => {
    // The root two levels under the named element.
    const at = (cls: string) => {
      let root: Element | null = null;
      return detect(
        (doc) => {
          const named = Object.assign(doc.createElement('div'), { className: cls });
          root = doc.createElement('div');
          root.append(Object.assign(doc.createElement('p'), { textContent: '大家还记得之前的直播课程吗？' }));
          named.append(root);
          doc.body.append(named);
        },
        {
          get root() {
            return root!;
          },
        },
      ).signals.forum;
    };
    expect(at('bbs-post-content')).toBe(-2.5);
    expect(at('forum-info')).toBe(-2.5);
    // (Not a word that only contains it, nor a topic: a news aggregator's topicItem.)
    expect(at('bbsx')).toBeUndefined();
    expect(at('topicItem')).toBeUndefined();
  });

  it('a blog’s archive by month counts against it', () => {
    const months = ['2006年12月(5)', '2006年11月(6)', '2006年10月 (4)'];
    expect(signals(['文字', ...months]).archive).toBe(-1.5);
    expect(signals(['文字', ...months.slice(0, 2)]).archive).toBeUndefined();
    expect(signals(['2006年12月(5)是', '2006-11 (6)', '2006/10（4）', '2006年9月(3)']).archive).toBe(-1.5);
    // (A month with a count inside a sentence is no archive.)
    expect(signals(['2006年12月(5)起', '该月(6)', '其他']).archive).toBeUndefined();
  });

  it('a feed of flashes over several days, newest first, counts against it; a week’s calendar does not', () => {
    // Before: a site's daily AI flashes (每日AI快讯热闻) read as an article, confidence 1.
    const item = '月之暗面今日发布视觉思考模型，模型基于强化学习技术，覆盖数学、物理等领域。来源：AI工具集';
    const feed = ['12月16日·周一', item, item, '12月13日·周五', item, '2024年12月12日 星期四', item];
    expect(signals(feed).feed).toBe(-6);
    // Two days, or days running forward (下周财经日历), are no feed.
    expect(signals(feed.slice(0, 5)).feed).toBeUndefined();
    expect(signals(['4月22日 周一', item, '4月23日 周二', item, '4月24日 周三', item]).feed).toBeUndefined();
  });

  it('answers to a question, each closed by when and its comments (a Q&A platform), count against it', () => {
    // Before: 知乎's question page of 50 answers read as an article, confidence 0.96.
    const answer = '在我看来，这声谢谢也是一样，为的不是让对方承受这份谢意，而是自己心安。';
    const footer = (d: string, c: string) =>
      `发布于 ${d} ${c} 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利`;
    const page = [
      answer,
      footer('2014-08-18', '31 条评论'),
      answer,
      footer('2014-09-24', '添加评论'),
      answer,
    ];
    expect(signals([...page, '编辑于 2015-02-15 20 条评论 感谢 分享']).answers).toBe(-3);
    // One answer's footer, or a story's own comment count, is no such page.
    expect(signals(page.slice(0, 3)).answers).toBeUndefined();
    expect(signals([answer, '发布于 2024-05-20 10:00', '网友评论 12 条']).answers).toBeUndefined();
  });

  it('a government document’s record and a paper’s labels count against it', () => {
    const record = [
      '索 引 号：',
      '11220000013544357T/2022-00426',
      '发文机关：',
      '吉林省人民政府',
      '成文日期：',
      '2022年01月27日',
    ];
    expect(signals(record).document).toBe(-2.5);
    expect(signals(record.slice(0, 4)).document).toBeUndefined();
    expect(signals(['摘要：本文研究……', '关键词：物流配送', '正文', '参考文献', '[1] 某某']).document).toBe(
      -2.5,
    );
    // (A news page's keyword line, and the words inside sentences, are no paper.)
    expect(signals(['关键词：物流', '他的论文摘要与参考文献均已公开。']).document).toBeUndefined();
  });

  it('a reading site’s page: a novel’s chapter, a classic with its study notes', () => {
    expect(signals(['第二章 失乡号的船长', '正文', '上一章', '目录', '下一章']).document).toBe(-2.5);
    expect(signals(['将赴荆南寄别李剑州', '原文', '译文及注释', '赏析']).document).toBe(-2.5);
    // (A story may quote a text and its translation, or name the next chapter of a series.)
    expect(signals(['原文是英文，译文由本报编辑部提供。']).document).toBeUndefined();
    expect(signals(['下一章将于明年出版。']).document).toBeUndefined();
  });

  it('a page with neither a time nor a reporter or source loses a little', () => {
    expect(signals(['文字']).undated).toBe(-0.5);
    expect(signals(['文字'], { published: '2020-01-01' }).undated).toBeUndefined();
    expect(signals(['文字'], { newsCue: true }).undated).toBeUndefined();
  });
});

describe('the tests a body line passes before the digest patterns', () => {
  // Lines made of what summaries, stamps, dispatches and prose are made of.
  const pieces = [
    ...'國民黨主席 記者 王小明 台北 報導 报道 報道 新聞 的'.split(' '),
    ...'. .. ... ． …… … ( ) （ ） 【 】 〔 〕 ［ ］ [ ] ╱ / : 12 13:32 12/13 。 ， ！ 全文 詳細 更多 more MORE > »'.split(
      ' ',
    ),
    'Read more',
    ' ',
    '\u3000',
    '\u200b',
    '\n',
  ];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(''));

  it('lineEnd lets through every line whose end CUT_SHORT or STAMPED matches', () => {
    fc.assert(
      fc.property(line, (s) => {
        const end = s.slice(-32);
        return (
          (!CUT_SHORT.test(end) || (lineEnd(s) & CUT) > 0) && (!STAMPED.test(end) || (lineEnd(s) & STAMP) > 0)
        );
      }),
      { numRuns: 5000 },
    );
    expect(lineEnd('國民黨主席，並..(12/13 13:32)  ')).toBe(CUT | STAMP);
    expect(lineEnd('國民黨主席，並…')).toBe(CUT);
    expect(lineEnd('國民黨主席。')).toBe(0);
    // A link to the rest after the cut: a section page's teaser.
    expect(lineEnd('一名青年去月9月2日清晨在葵涌被警員截查 ... 全文')).toBe(CUT);
    expect(CUT_SHORT.test('一名青年去月9月2日清晨在葵涌被警員截查 ... 全文')).toBe(true);
    expect(CUT_SHORT.test('被控一項在公眾地方管有攻擊性武器…[詳細]')).toBe(true);
    expect(CUT_SHORT.test('他說，要看全文')).toBe(false);
  });

  it('a section page of teasers each cut short before a link to the rest is a digest', () => {
    const teaser = (k: number) =>
      `第${k}名青年去月清晨在葵涌被警員截查，從背囊搜出士巴拿和行山杖，被控一項在公眾地方管有攻擊性武器 ... 全文`;
    const s = signals([1, 2, 3, 4, 5, 6].map(teaser), {
      bodyText: [1, 2, 3, 4, 5, 6].map(teaser).join('\n'),
    });
    expect(s.digest).toBe(-4.5);
  });

  it('a section page of stories each opening with its own dispatch in round brackets is a digest', () => {
    const story = (k: number) =>
      `（星島日報報道）第${k}宗確診個案的大廈今起接受檢測，有住戶坦言，發現確診個案距今已有一段時間，現在才做檢測也沒有意義。`;
    const lines = [1, 2, 3, 4, 5, 6].map(story);
    expect(signals(lines, { bodyText: lines.join('\n') }).digest).toBe(-4.5);
    // (One story opens with one.)
    expect(signals(lines.slice(0, 1), { bodyText: lines[0] }).digest).toBeUndefined();
  });

  it('every line DISPATCH_OPENER matches opens with one of OPENS_DISPATCH', () => {
    fc.assert(
      fc.property(line, (s) => !DISPATCH_OPENER.test(s) || OPENS_DISPATCH.has(s.charCodeAt(0))),
      { numRuns: 5000 },
    );
  });
});
