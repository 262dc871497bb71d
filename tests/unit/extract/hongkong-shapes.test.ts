// @vitest-environment jsdom
// Shapes met on Hong Kong and Taiwanese pages no test used before (蘋果日報 HK and TW, 頭條日報,
// 香港經濟日報, 晴報, 紐約時報中文網), each reduced to the markup that matters. Each test failed
// before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { readMetaTags } from '../../../lib/extract/meta-tags';
import { load, P, Q } from './shapes';

const R =
  '教大學生會兩度發表聲明，表示由於標語帶有人身攻擊及侮辱性內容，該會幹事已立即將該標語除下，並譴責有關行為。';

describe('a story in parts of one kind', () => {
  const part = (text: string) =>
    `<div class="ArticleContent_Outer"><div class="ArticleContent"><div class="ArticleContent_Inner"><p>${text}</p></div></div></div><div class="clear"></div>`;
  const photo = `<div class="photo_right"><a href="a.jpg"><img src="a.jpg"></a></div>`;
  it('is read whole: the parts before the root and after it, photos and empty blocks between', () => {
    const a = extractArticle(
      load(
        `<html><head><title>教大民主牆事件</title></head><body><div id="articleContent"><h1>教大民主牆事件</h1><div class="date">2017-09-09</div>${part(`【本報訊】${P}`)}${photo}<div class="clear"></div><div class="clear"></div><div class="clear"></div>${part(`${Q}${P}${Q}${P}`)}${photo}${part(R)}</div><div class="artNav">上一篇 下一篇</div></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`【本報訊】${P}\n${Q}${P}${Q}${P}\n${R}`);
  });
  it('not when the root is a teaser’s card among cards of its kind', () => {
    const card = (i: number) =>
      `<div class="card"><h3><a href="/n/${i}">新聞標題第${i}則</a></h3><p>${P.slice(0, 50)}</p></div>`;
    const a = extractArticle(
      load(
        `<html><head><title>聯合新聞網</title></head><body><div class="cards">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></body></html>`,
      ),
    );
    expect(a.isArticle).toBe(false);
  });
});

describe('captions, credits and pitches', () => {
  it('text a <figure> holds itself is its caption', () => {
    const a = extractArticle(
      load(
        `<html><head><title>半盲母罹癌</title></head><body><h1>半盲母罹癌</h1><div class="date">2015-01-16</div><div class="articulum"><figure class="lbimg"><a title="林秀惠（左）左眼全盲。" href="a.jpg"><img src="t.jpg"><span></span></a><span class="cpt">林秀惠（左）左眼全盲，14歲女兒替她消毒人工血管傷口。</span></figure><p>${P}<br>報導•攝影╱張嘉恬<br></p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.model.text.startsWith(P)).toBe(true);
    expect(a.metadata.authors).toEqual(['張嘉恬']);
  });
  it('a reporter who took the pictures too (報導•攝影╱) is the author; a photographer alone is none', () => {
    expect(parseBylineLine('報導•攝影╱張嘉恬')).toEqual({ authors: ['張嘉恬'] });
    expect(parseBylineLine('攝影╱王小明')).toEqual({});
  });
  it('a pitch to like the outlet’s page is junk', () => {
    expect(junkKindOfText('想生活更精明，請讚好TOPick Facebook')).not.toBeNull();
  });
});

describe('the site’s name and the time', () => {
  const page = (title: string, head = '') =>
    extractArticle(
      load(
        `<html lang="zh-yue-Hant-HK"><head><title>${title}</title>${head}</head><body><h1>頸痛有救</h1><div class="date">2017-09-09</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    ).metadata;
  it('a code and the channels after the site’s name, and a sub-brand in Latin letters, are not the site', () => {
    expect(page('頸痛有救 - 香港經濟日報 - TOPick - 新聞 - 社會 - D171024').source).toBe('香港經濟日報');
    expect(page('港人首置上車盤 - 晴報 - 港聞 - 要聞 - D170908').source).toBe('晴報');
  });
  it('a UTC label on the wall time a Hong Kong page shows is its own time (UTC+8)', () => {
    const a = extractArticle(
      load(
        `<html lang="zh-yue-Hant-HK"><head><title>將軍澳冷氣機房爆炸</title></head><body><h1>將軍澳冷氣機房爆炸</h1><span class="date"><time dateTime="2017-09-09T16:07:00Z">2017-09-09 16:07</time></span><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(a.metadata.published).toBe('2017-09-09T16:07:00+08:00');
    // (A page of no such place keeps UTC.)
    const london = extractArticle(
      load(
        `<html lang="zh-Hans"><head><title>將軍澳冷氣機房爆炸</title></head><body><h1>將軍澳冷氣機房爆炸</h1><span class="date"><time dateTime="2017-09-09T16:07:00Z">2017-09-09 16:07</time></span><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
    );
    expect(london.metadata.published).toBe('2017-09-09T16:07:00+00:00');
  });
});

describe('what an extraction keeps between its steps', () => {
  it('a title’s segments are a copy, and nothing is kept once the extraction is done', async () => {
    const { titleSegments } = await import('../../../lib/extract/title-segments');
    const a = extractArticle(
      load(
        `<html><head><title>頸痛有救 - 晴報</title></head><body><h1>頸痛有救</h1><p>${P}</p><p>${Q}</p></body></html>`,
      ),
    );
    expect(a.metadata.title).toBe('頸痛有救');
    const segs = titleSegments('頸痛有救 - 晴報');
    segs.pop();
    expect(titleSegments('頸痛有救 - 晴報')).toEqual(['頸痛有救', '晴報']);
  });
  it('captions ask the document a paragraph is of, when no extraction of it runs', async () => {
    const { bodyBlocks } = await import('../../../lib/extract/blocks');
    extractArticle(load(`<html><head><title>甲</title></head><body><h1>甲</h1><p>${P}</p></body></html>`));
    const cap = '英國《金融時報》評選庫克為年度代表人物，宣告「庫克時代」的來臨。';
    const doc = load(
      `<html><body><div id="r"><p>${P}</p><p>${Q}</p><div><img src="a.jpg" alt="${cap}"></div><p>${cap}</p></div></body></html>`,
    );
    const body = bodyBlocks(doc.getElementById('r') as Element, '');
    expect(body.blocks.map((b) => b.paragraph.text)).toEqual([P, Q]);
  });
});

describe('a lead under the headline, far from the root', () => {
  const page = (cls: string) =>
    load(
      `<html><head><title>中大周竪峰辱華</title></head><body><div id="contentCTN-top"><div id="leadin"><h1>中大周竪峰辱華</h1><div class="${cls}"><p>【本報訊】${Q}</p></div></div></div><div class="ads"><script>ad()</script></div><div id="contentCTN"><div class="photos"><img src="a.jpg"></div><div class="mainCTN"><div class="text"><div><p>${P}</p><p>${Q}</p><p>${P}</p></div></div></div><div class="side">上一則 下一則</div></div></body></html>`,
    );
  it('opens the body when its class names a lead (東方日報’s div.leadin)', () => {
    expect(extractArticle(page('leadin')).model.text).toBe(`【本報訊】${Q}\n${P}\n${Q}\n${P}`);
  });
  it('not when it names a summary of the story', () => {
    expect(extractArticle(page('summary')).model.text).toBe(`${P}\n${Q}\n${P}`);
  });
});

describe('a paper’s instant-news section glued to its name', () => {
  it('is no part of the source', async () => {
    const { withoutChannel } = await import('../../../lib/extract/source');
    expect(withoutChannel('信報即時新聞')).toBe('信報');
    expect(withoutChannel('自由時報 即時新聞')).toBe('自由時報');
    expect(withoutChannel('即時新聞')).toBe('即時新聞');
  });
});

describe('a channel’s name among the <title>’s segments', () => {
  // 信報's template: the channel and the section before the headline, a sidebar's lines of a
  // section and a time, and the footer's site map with an <h2> for each channel.
  const page = load(
    `<html><head><title>即時新聞 - 時事脈搏 - 關注團體對身份證轉性別要求感失望 - 信報網站 hkej.com</title></head><body>
    <div class="sidebar"><p class="silder_editor_choice_author"><a href="/instantnews/property">地產新聞</a> ｜ 今日 08:30</p></div>
    <h1 id="article-title">關注團體對身份證轉性別要求感失望<br> </h1><span class="date">2024年4月4日</span>
    <div id="article-content"><p>${P}</p><p>${Q}</p></div>
    <div id="footerNav"><div><h2>即時新聞</h2></div><div><h2>分析評論</h2></div></div></body></html>`,
  );
  it('is no headline where the footer’s site map shows it and the <h1> another segment; a section and a day are no credit', () => {
    const m = extractArticle(page).metadata;
    expect(m.title).toBe('關注團體對身份證轉性別要求感失望');
    expect(m.authors).toEqual([]);
    expect(m.source).toBe('信報');
  });
});

describe('microdata’s publication time on an element that shows it', () => {
  it('dates the story over the header’s clock (<div itemprop="datePublished">2024年10月24日星期四</div>)', () => {
    const page = load(
      `<html><head><title>廣州拒變性舞者金星演出 稱合規會批 - 20241024 - 中國 - 每日明報</title></head><body>
      <div class="date color2nd">2024年11月12日 星期二 3:18PM</div>
      <div itemprop="alternativeHeadline"><h3>中國</h3><div itemprop="datePublished" class="date">2024年10月24日星期四</div></div>
      <h1>廣州拒變性舞者金星演出 稱合規會批</h1><article><p>【明報專訊】${P}</p><p>${Q}</p></article></body></html>`,
    );
    expect(extractArticle(page).metadata.published).toBe('2024-10-24');
    expect(readMetaTags(page).published).toBe('2024年10月24日星期四');
  });
});
