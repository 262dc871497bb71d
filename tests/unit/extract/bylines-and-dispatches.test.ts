// @vitest-environment jsdom
// Metadata shapes from session 35's pages no test had seen (新浪, 环球网, 未央网, 公視, ETtoday),
// each reduced to the line or the markup that matters (the body's are in credits-and-teasers.test.ts).
// Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { dispatchOpening } from '../../../lib/extract/line-sources';
import { load, P, Q, storyPage } from './shapes';

describe('the published time', () => {
  it('is the one the head shows when a meta tag gives a later one within three days (the last edit)', () => {
    const head = '<meta property="article:published_time" content="2019-03-28T08:58:14+08:00">';
    const a = extractArticle(
      storyPage('共绘人类文明画卷', '2019年03月27日 17:39 新华网', `<p>${P}</p><p>${Q}</p>`, head),
    );
    expect(a.metadata.published).toBe('2019-03-27T17:39+08:00');
    // A meta tag a week after the shown day is not its edit: the meta tag stands.
    const week = '<meta property="article:published_time" content="2019-04-03T08:58:14+08:00">';
    const b = extractArticle(
      storyPage('共绘人类文明画卷', '2019年03月27日 17:39 新华网', `<p>${P}</p><p>${Q}</p>`, week),
    );
    expect(b.metadata.published).toBe('2019-04-03T08:58:14+08:00');
  });
});

describe('an outlet’s dated dispatch opening the story', () => {
  it('names the outlet as 讯 does (中新网3月28日电 今年…)', () => {
    expect(dispatchOpening('中新网3月28日电 今年政府工作报告提出，两年内取消全国高速公路省界收费站。')).toBe(
      '中新网',
    );
    expect(dispatchOpening('长江网10月4日讯 武汉')).toBe('长江网');
    // A place before the day is no outlet.
    expect(dispatchOpening('北京3月28日电 今年')).toBeUndefined();
  });
});

describe('bylines of Taiwan’s broadcasters and magazines', () => {
  it('names before ／編譯 are the writers, in the line and in the meta tag (鄭惟仁 鍾建剛／編譯)', () => {
    expect(parseBylineLine('鄭惟仁 鍾建剛／編譯')).toEqual({ authors: ['鄭惟仁', '鍾建剛'] });
    const head = '<meta name="author" content="鄭惟仁 鍾建剛／編譯">';
    const a = extractArticle(
      storyPage('印度登月', '發布時間：2023-08-24 07:31', `<p>${P}</p><p>${Q}</p>`, head),
    );
    expect(a.metadata.authors).toEqual(['鄭惟仁', '鍾建剛']);
  });

  it('a name, a slash and 編輯 is the editor (卓冠齊 / 編輯)', () => {
    expect(parseBylineLine('卓冠齊 / 編輯')).toEqual({ editor: '卓冠齊' });
    expect(parseBylineLine('卓冠齊')).toEqual({});
    expect(parseBylineLine('編輯：樓冠陞')).toEqual({ editor: '樓冠陞' });
  });

  it('圖文／ credits as 文／ does, and a brand in capitals there is the outlet (圖文／CTWANT)', () => {
    expect(parseBylineLine('圖文／王小明')).toEqual({ authors: ['王小明'] });
    expect(parseBylineLine('圖文／CTWANT')).toEqual({ reporterOutlet: 'CTWANT' });
    const a = extractArticle(
      load(
        `<html><head><title>大一新生徒步報到</title></head><body><h1>大一新生徒步報到</h1><div class="info">2023-09-04 18:32</div><div class="content"><p>圖文／CTWANT</p><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.source).toBe('CTWANT');
    expect(a.metadata.authors).toEqual([]);
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});
describe('writers named on the source line', () => {
  it('names before a bar and the source label are the writers (金彧 宓迪 | 来源：新京报)', () => {
    expect(parseBylineLine('金彧 宓迪 | 来源：新京报')).toEqual({
      source: '新京报',
      authors: ['金彧', '宓迪'],
    });
    expect(parseBylineLine('首页 | 来源：新京报')).toEqual({ source: '新京报' });
  });
});

describe('the headline under a hidden copy of <title>', () => {
  it('is the <h1> the reader sees, not the share title that keeps the site’s segments', () => {
    const title = '外傭宿舍恐播毒將全作檢測 再多1傭工中招';
    const a = extractArticle(
      load(
        `<html><head><title>${title} - 晴報 - 港聞 - 要聞 - D200807</title></head><body><h1>${title}</h1><div class="info">2020-08-07</div><div class="content"><p>${P}</p><p>${Q}</p><p>記者︰脫芷晴</p></div><div class="hiddenOG" style="display:none"><div class="metaTitleHidden">${title} - 晴報 - 港聞 - 要聞 - D200807</div><div class="ogTitleHidden">${title} - 晴報 - 港聞 - 要聞</div></div></body></html>`,
      ),
    );
    expect(a.metadata.title).toBe(title);
    // The byline's colon in its presentation form (︰) is a colon.
    expect(a.metadata.authors).toEqual(['脫芷晴']);
  });
});

describe('the site’s name', () => {
  it('drops a section after a slash (上報 / 評論)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>陳嘉宏專欄：柯文哲的心靈雞湯 -- 上報 / 評論</title></head><body><h1>陳嘉宏專欄：柯文哲的心靈雞湯</h1><div class="info">2023-09-01 10:00</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.source).toBe('上報');
  });

  it('in hanzi, from the logo filed under the Latin brand <title> gives (RTHK → 香港電台)', () => {
    const page = (src: string) =>
      extractArticle(
        load(
          `<html><head><title>香港航空往來沖繩4航班延至今日出發 - RTHK</title></head><body><p><a href="/"><img src="${src}" alt="香港電台網站 - 中文新聞"></a></p><h1>香港航空往來沖繩4航班延至今日出發</h1><div class="info">2018-07-02 10:00</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
        ),
      ).metadata.source;
    expect(page('/images/RTHK-logo.png')).toBe('香港電台');
    // A logo filed under no brand of the title's leaves the brand.
    expect(page('/images/banner.png')).toBe('RTHK');
  });
});

describe('a writer named under the story with what the piece is', () => {
  it('is the author (徐勇（新华社供本报特稿）), not one whose note names no feature', () => {
    const page = (last: string) =>
      extractArticle(
        storyPage(
          '化学诺奖跨界医学',
          '2012-10-11 02:30 来源：北京晨报',
          `<p>${P}</p><p>${Q}</p><p>${last}</p>`,
        ),
      ).metadata.authors;
    expect(page('徐勇（新华社供本报特稿）')).toEqual(['徐勇']);
    expect(page('王五（本报特约撰稿）')).toEqual(['王五']);
    expect(page('徐勇（新华社图片）')).toEqual([]);
  });
});

describe('an element named for the source', () => {
  it('is read under a class of two prefixes (n-i-source), and never as a button’s label (打开APP)', () => {
    const page = (markup: string) =>
      extractArticle(
        load(
          `<html><head><title>什么样的婚姻才是鸡肋婚姻？</title></head><body><h1>什么样的婚姻才是鸡肋婚姻？</h1>${markup}<div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
        ),
      ).metadata.source;
    expect(page('<p class="n-i-source">心理咨询师熊玲</p>')).toBe('心理咨询师熊玲');
    expect(
      page('<div class="source"><span class="openlogo">打开APP</span><span>央视网新闻</span></div>'),
    ).not.toContain('打开APP');
    expect(page('<span class="c-source">新京报 11小时前</span>')).not.toContain('小时前');
  });
});

describe('a time shown only against the moment the page is seen (1天前)', () => {
  it('dates the story by that moment, not by its readers’ comments under it', () => {
    const doc = () =>
      load(
        `<html><head><title>ICO企业被查 薛蛮子称90%项目不靠谱</title></head><body><h1>ICO企业被查 薛蛮子称90%项目不靠谱</h1><p class="meta">金彧 宓迪 | 来源：新京报</p><p class="meta">1天前</p><div class="content"><p>${P}</p><p>${Q}</p></div><div class="hot"><p>类似于传统的法庭，这块的设计不是重点。</p><p>李赫</p><p>2017-08-22</p></div></body></html>`,
      );
    // Before: the comment's day, 2017-08-22.
    expect(extractArticle(doc()).metadata.published).toBe('');
    const seenAt = Date.parse('2017-08-23T10:00:00+08:00');
    expect(extractArticle(doc(), { seenAt }).metadata.published).toBe('2017-08-22');
  });
});

describe('a name in an element classed for its author inside the info line', () => {
  it('is the author (腾讯: 09:47 环球时报 [微博] <span class="auth">单仁平</span>)', () => {
    const page = (name: string) =>
      extractArticle(
        storyPage(
          '天津大火后续风波显政府公信力不足',
          `<span class="pubTime">2012年07月07日09:47</span><span class="where">环球时报</span><span>[微博]</span><span class="auth">${name}</span><span>我要评论(0)</span>`,
          `<p>${P}</p><p>${Q}</p>`,
        ),
      ).metadata.authors;
    expect(page('单仁平')).toEqual(['单仁平']);
    // A word that is no person's name there is none.
    expect(page('分享')).toEqual([]);
  });
});
