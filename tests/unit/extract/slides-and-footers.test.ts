// @vitest-environment jsdom
// Shapes from session 42's pages no test had seen, each reduced to the markup that matters. Each
// test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { P, Q, load } from './shapes';

/** A slide: its picture in a link, its caption laid over it in blocks that hold only the caption. */
const slide = (caption: string): string =>
  `<td><div style="position:relative"><div style="position:absolute"><a href="/1.jpg"><img src="/1.jpg"></a><div><div class="overlay"><center style="padding-top:10px"><font size="4">${caption}</font></center></div></div></div></div></td>`;

const slideshowPage = (captions: string[]): Document =>
  load(
    `<html><head><title>美國擴「潔淨網絡」 中國不可信程式須下架</title></head><body><h1>美國擴「潔淨網絡」 中國不可信程式須下架</h1><div class="date">2020-08-07</div><div class="article"><div id="slides"><table><tr>${captions.map(slide).join('')}</tr></table></div><p>【本報記者報道】${P}</p><p>${Q}</p><p>${P}${Q}</p></div></body></html>`,
  );

describe('a slideshow’s captions over its slides', () => {
  it('leave the body (a short line centered alone in the blocks after a slide’s picture)', () => {
    const text = extractArticle(
      slideshowPage(['美國國務卿蓬佩奧宣布擴大計劃，以保護', 'WeChat對美國公民的個人資料構成威脅，須']),
    ).model.text;
    expect(text).not.toContain('以保護');
    expect(text).not.toContain('WeChat');
    expect(text.startsWith('【本報記者報道】')).toBe(true);
  });

  it('but a line that ends a sentence stays', () => {
    const text = extractArticle(slideshowPage(['美國國務卿蓬佩奧宣布擴大計劃。'])).model.text;
    expect(text).toContain('美國國務卿蓬佩奧宣布擴大計劃。');
  });
});

describe('a site named in Latin letters and in hanzi', () => {
  const HEADLINE = '澤連斯基稱烏克蘭製造的武器射程達700公里';
  const page = (head: string, title: string): Document =>
    load(
      `<html><head><title>${title}</title>${head}</head><body><h1>${HEADLINE}</h1><div class="date">2023-08-02 12:31</div><div class="article"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div></body></html>`,
    );

  it.each([
    [
      'its hanzi name after the Latin brand (og:site_name RFI - 法國國際廣播電台)',
      '<meta property="og:site_name" content="RFI - 法國國際廣播電台">',
      HEADLINE,
      '法國國際廣播電台',
    ],
    [
      'the Chinese edition the <title> names over the parent brand (application-name BBC, BBC中文网)',
      '<meta name="application-name" content="BBC">',
      `${HEADLINE} - BBC中文网 - 国际`,
      'BBC中文网',
    ],
    [
      'the brand, not a kind of site after it (CNA - 財經新聞)',
      '<meta property="og:site_name" content="CNA - 財經新聞">',
      HEADLINE,
      'CNA',
    ],
  ])('is %s', (_, head, title, source) => {
    expect(extractArticle(page(head, title)).metadata.source).toBe(source);
  });
});

describe('a related label in brackets closing the story', () => {
  const page = (label: string): Document =>
    load(
      `<html><head><title>王婉諭批吳宗憲憂鬱症言論</title></head><body><h1>王婉諭批吳宗憲憂鬱症言論</h1><div class="date">2020-03-13 10:30</div><div class="article"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p><div class="rss_close"><strong>${label}</strong></div><div class="rss_close"><strong>●傳武肺病毒恐侵害免疫系統\u3000<a href="/n/83130">張上淳：需有更多屍檢資訊證實</a></strong></div></div></body></html>`,
    );

  it('leaves with the headline it announces (【熱門點閱】 then ●… in bold, part linked)', () => {
    const text = extractArticle(page('【熱門點閱】')).model.text;
    expect(text).not.toContain('熱門點閱');
    expect(text).not.toContain('張上淳');
    expect(text.endsWith(Q)).toBe(true);
  });

  it('as 【延伸閱讀】 does', () => {
    expect(extractArticle(page('【延伸閱讀】')).model.text).not.toContain('張上淳');
  });
});

describe('a story that opens with the day of its events', () => {
  const page = (script: string): Document =>
    load(
      `<html><head><title>军渡君</title></head><body><h2 class="rich_media_title">老兵故事：他选择领60万放弃安置</h2><div class="rich_media_meta_list"><span>美美大师姐</span> <a id="js_name">军渡君</a> <em id="publish_time"></em></div><div id="js_content"><p>2018年12月1日，一个我离队两周年的日子。</p><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div><script>${script}</script></body></html>`,
    );

  it('is dated by the time its template’s script sets, not by that day (WeChat’s var ct)', () => {
    expect(
      extractArticle(page('var ct="1544012452"*1; var publish_time = "2018-12-05" || "";')).metadata
        .published,
    ).toBe('2018-12-05T20:20:52+08:00');
  });

  it('and by that day where nothing else dates it', () => {
    expect(extractArticle(page('var x = 1;')).metadata.published).toBe('2018-12-01');
  });
});

describe('a credit line centered under a picture', () => {
  it('is read as the credits, not dropped as the picture’s caption (作者：平平  来源：兵姐扬眉, inside the story’s top)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>军渡君</title></head><body><h2 class="rich_media_title">老兵故事：他选择领60万放弃安置</h2><div id="js_content"><p><em>关注军旅 关注人生</em></p><p><strong>▼</strong></p><p><img src="/banner.jpg"></p><h2 class="rich_media_title" style="text-align: center;"><span>作者：平平&nbsp; 来源：兵姐扬眉</span></h2><p><br></p><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.authors).toEqual(['平平']);
    expect(a.metadata.source).toBe('兵姐扬眉');
  });
});

describe('a story’s last line trailing off', () => {
  const page = (last: string): Document =>
    load(
      `<html><head><title>军旅</title></head><body><h2 class="rich_media_title">我为什么选择离开部队</h2><div class="date">2018-11-20</div><div id="js_content"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p><p><strong>${last}</strong></p><p><strong>热文推荐：</strong></p></div></body></html>`,
    );

  it('stays when it is a clause closed by …… (就已经明白，我最在乎的…涨工资……)', () => {
    expect(extractArticle(page('就已经明白，我最在乎的其实并不是什么涨工资……')).model.text).toContain(
      '涨工资……',
    );
  });

  it('but a widget’s short leftover still goes (查看更多……)', () => {
    expect(extractArticle(page('查看更多……')).model.text).not.toContain('查看更多');
  });
});

describe('a name beside the time in an element classed for its author', () => {
  it('is the author (豆瓣’s <a class="note-author">张佳玮</a> <span class="pub-date">…)', () => {
    const a = extractArticle(
      load(
        `<html><head><title>世上没有不落的太阳 (豆瓣)</title></head><body><div class="note-header"><h1>世上没有不落的太阳</h1><div><a href="/people/z/"><img class="note_author_avatar" src="/a.jpg"></a> <a href="/people/z/" class="note-author">张佳玮</a> <span class="pub-date">2018-02-26 18:01:06</span></div></div><div class="note"><p>${P}</p><p>${Q}</p><p>${P}${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.authors).toEqual(['张佳玮']);
  });
});
