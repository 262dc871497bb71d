// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JUNK_TEXT, junkKindOfClass, junkKindOfText } from '../../../lib/extract/patterns';
import { isKeywordList, isPlaceList } from '../../../lib/extract/keyword-lists';
import { extractArticle } from '../../../lib/extract/article';
import { load, P } from './shapes';

describe('junk patterns', () => {
  it('folds case in the short-line patterns that say so, and only in those', () => {
    // (下载…APP and the player's WIFI fold case; an account's closing END does not.)
    expect(junkKindOfText('下载app客户端')).toBe('mobile-banner');
    expect(junkKindOfText('下載 App 應用')).toBe('mobile-banner');
    expect(junkKindOfText('建议wifi下观看')).toBe('other');
    expect(junkKindOfText('- END -')).toBe('other');
    expect(junkKindOfText('- end -')).toBeNull();
  });

  it('anchors every text pattern at the start but those of kinds that match anywhere (the prefilter joins them so)', () => {
    for (const [kind, re] of JUNK_TEXT)
      if (!re.source.startsWith('^')) expect(['mobile-banner', 'copyright'], kind).toContain(kind);
    // A notice's label opens its line; its words may come anywhere.
    expect(junkKindOfText('平台声明：该文观点仅代表作者本人。')).toBe('copyright');
    expect(junkKindOfText('他说这份平台声明：不实')).toBeNull();
    // The joined prefilter finds each kind where its own pattern does.
    expect(junkKindOfText('分享到：微信')).toBe('share-bar');
    expect(junkKindOfText('新聞 分享到')).toBeNull();
    expect(junkKindOfText('本網站 版權所有')).toBe('copyright');
  });

  it('recognizes keyword stuffing joined by |', () => {
    expect(isKeywordList('章丘市| 浙江省| 北碚区| 定兴县| 卢氏县| 云南省| 巴彦淖尔市| 乐业县|')).toBe(true);
    expect(isKeywordList('首頁 | 返回頂部')).toBe(false);
    expect(isKeywordList('他說：「我們會繼續努力 | 直到成功」，並感謝所有支持的民眾與團體。')).toBe(false);
  });

  it('counts the items between bars as split and trim would (the pass that replaced them)', () => {
    // The split and trims it replaced, as it was.
    const bySplit = (text: string): boolean => {
      if ((text.match(/[|｜]/g) ?? []).length < 5) return false;
      const parts = text.split(/\s*[|｜]\s*/).filter((p) => p.trim());
      if (parts.length < 6) return false;
      return parts.filter((p) => p.trim().length <= 8).length / parts.length > 0.8;
    };
    // Items of 0 to 12 characters (the threshold is 8), spaces and U+200B among them, joined by
    // bars with or without spaces.
    const item = fc
      .array(fc.constantFrom('市', 'A', '1', ' ', '\u3000', '\u00a0', '\n', '\u200b'), { maxLength: 12 })
      .map((a) => a.join(''));
    const bar = fc.constantFrom('|', '｜', ' | ', '\u3000｜', '|  ');
    const list = fc
      .array(fc.tuple(item, bar), { maxLength: 14 })
      .map((a) => a.map(([t, b]) => t + b).join(''));
    fc.assert(
      fc.property(list, (text) => isKeywordList(text) === bySplit(text)),
      { numRuns: 5000 },
    );
  });

  it('classifies boilerplate by class and id words', () => {
    expect(junkKindOfClass('fontsize')).toBe('font-size');
    expect(junkKindOfClass('bdshare_t bds_tools')).toBe('share-bar');
    expect(junkKindOfClass('related-news')).toBe('related-links');
    expect(junkKindOfClass('comment-box')).toBe('comments');
    expect(junkKindOfClass('hotlinks')).toBe('keyword-list');
    expect(junkKindOfClass('ad_300x250')).toBe('ad');
    expect(junkKindOfClass('header-ad-slot')).toBe('ad');
    expect(junkKindOfClass('article-content')).toBeNull();
    expect(junkKindOfClass('download')).toBeNull();
    expect(junkKindOfClass('photo')).toBeNull();
  });

  it('classifies boilerplate by its words', () => {
    expect(junkKindOfText('字號 大 中 小')).toBe('font-size');
    // The choices alone, without 型; a labelled list of tags, but not a line that starts with the word.
    expect(junkKindOfText('小字 中字 大字')).toBe('font-size');
    expect(junkKindOfText('關鍵字：高雄、草間彌生')).toBe('keyword-list');
    expect(junkKindOfText('标签 苹果 劳动维权 中国')).toBe('keyword-list');
    expect(junkKindOfText('标签管理系统上线')).toBeNull();
    expect(junkKindOfText('大字报')).toBeNull();
    expect(junkKindOfText('分享到：微信 微博 QQ空間')).toBe('share-bar');
    expect(junkKindOfText('相關新聞')).toBe('related-links');
    expect(junkKindOfText('下載法廣應用程序跟蹤國際時事'.replace('下載', '下载'))).toBe('mobile-banner');
    expect(junkKindOfText('第1页/共1页 << 上一页 | 下一页 >>')).toBe('navigation');
    expect(junkKindOfText('自由時報 版權所有 不得轉載')).toBe('copyright');
    // An app pitch closing a story; not a short line of news about app stores.
    expect(junkKindOfText('喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。')).toBe(
      'mobile-banner',
    );
    expect(junkKindOfText('請在應用商店下載最新版本')).toBe('mobile-banner');
    expect(junkKindOfText('應用商店下架了三款應用程式。')).toBeNull();
    expect(junkKindOfText('[責任編輯:楊永青]')).toBeNull();
    expect(junkKindOfText('本報記者 鄭莉 郝赫 朱欣')).toBeNull();
  });

  it('a short line of two or more bracketed page tools is a toolbar; a sentence that names them is not', () => {
    expect(
      junkKindOfText('页面功能 【我来说两句】【我要“揪”错】【推荐】【字体：大 中 小】【打印】 【关闭】'),
    ).toBe('other');
    expect(junkKindOfText('【打印本页】【关闭窗口】')).toBe('other');
    expect(junkKindOfText('【推荐】')).toBeNull();
    expect(
      junkKindOfText(
        '他说【推荐】这本书，又【打印】了一份资料给我们，希望大家认真阅读并提出意见，这是他多年的习惯。',
      ),
    ).toBeNull();
  });

  it('a short pitch for the outlet’s app, account or fan page is a banner; news that mentions one is not', () => {
    expect(junkKindOfText('【更多精彩新聞，都在《蘋果余艾苔》粉絲團】')).toBe('mobile-banner');
    expect(
      junkKindOfText('還想看更多新聞嗎？歡迎下載自由時報APP，現在看新聞還能抽獎，共9萬個中獎機會等著你：'),
    ).toBe('mobile-banner');
    expect(junkKindOfText('欢迎关注微信公众号：好看的HK，第一时间掌握Java最新黑科技，轻轻松松进大厂！')).toBe(
      'mobile-banner',
    );
    expect(
      junkKindOfText('市政府新闻办表示，欢迎关注本市疫情防控的市民，通过官方渠道了解最新情况。'),
    ).toBeNull();
  });

  it('reads `_` between the words of a class name as `-` (font_size, hot_news, app_down)', () => {
    expect(junkKindOfClass('font_size clear-fix')).toBe('font-size');
    expect(junkKindOfClass('text_size')).toBe('font-size');
    expect(junkKindOfClass('hot_news')).toBe('related-links');
    expect(junkKindOfClass('read_more')).toBe('related-links');
    expect(junkKindOfClass('app_down')).toBe('mobile-banner');
    expect(junkKindOfClass('hot_words')).toBe('keyword-list');
    expect(junkKindOfClass('message_board')).toBe('comments');
    expect(junkKindOfClass('font_family')).toBeNull();
  });

  it('a size label alone (its switches are pictures) and the size choices alone are a font-size control', () => {
    expect(junkKindOfText('字級')).toBe('font-size');
    expect(junkKindOfText('字級：')).toBe('font-size');
    expect(junkKindOfText('【字体：大 中 小】')).toBe('font-size');
    expect(junkKindOfText('小字型 中字型 大字型')).toBe('font-size');
    expect(junkKindOfText('大字型')).toBe('font-size');
    // Switches drawn as letters: 字号：T T, A+ A-.
    expect(junkKindOfText('字号：T T')).toBe('font-size');
    expect(junkKindOfText('字體 A+ A-')).toBe('font-size');
    expect(junkKindOfText('A+ A-')).toBe('font-size');
    expect(junkKindOfText('A+')).toBeNull();
    expect(junkKindOfText('A-股指数')).toBeNull();
    // A heading or sentence that starts with the word is not.
    expect(junkKindOfText('字級制度的由來')).toBeNull();
    expect(junkKindOfText('字型設計師談中文字體')).toBeNull();
    expect(junkKindOfText('大字報')).toBeNull();
  });
});

describe('the junk-anywhere prefilter (textFacts marks the words those patterns start with)', () => {
  it('never hides a match: junkKindOf a paragraph is junkKindOfText of its text', async () => {
    const { collectPage } = await import('../../../lib/extract/paragraphs');
    const { junkKindOf } = await import('../../../lib/extract/para-text');
    // (Each line holds one opener, so that each opener is tested.)
    const lines = [
      '手机版',
      '移動版',
      '下载APP', // (a short pitch, which the short-line patterns find)
      'APP下载',
      '扫一扫 看新闻',
      '長按二維碼',
      'Copyright 2024',
      '© 2024 新聞網',
      '京ICP备12345678号',
      'icp證：京B2-2005',
      '本网站版权所有',
      '文章不得转载',
      '未經授權請勿轉載',
      '禁止轉載',
      '本站仅提供信息存储空间服务',
      '观点仅代表作者本人',
      '仅代表作者本人意见',
      '不代表本网立场',
      '如有侵权请联系删除',
      '均不得轉貼，以免訟累。',
      '不构成投资建议',
      '记者从市政府获悉，今年全市新增就业岗位超过三万个。',
    ];
    const doc = new DOMParser().parseFromString(
      `<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`,
      'text/html',
    );
    const paragraphs = collectPage(doc.body).kept;
    expect(paragraphs).toHaveLength(lines.length);
    for (const p of paragraphs) expect([p.text, junkKindOf(p)]).toEqual([p.text, junkKindOfText(p.text)]);
    expect(paragraphs.filter((p) => junkKindOf(p) !== null)).toHaveLength(lines.length - 1);
  });
});

describe('a line that is one page label', () => {
  it('a gallery’s label and a follow button are junk; a sentence that says them is not', () => {
    for (const label of ['图集', '圖集', '高清组图', '关注', '＋关注', '+ 關注'])
      expect(junkKindOfText(label), label).toBe('other');
    expect(junkKindOfText('关注民生')).toBeNull();
    expect(junkKindOfText('图集显示了现场的情况。')).toBeNull();
  });
});

describe('place names stuffed without bars', () => {
  const SPACED = '章丘市 历城区 长清区 平阴县 济阳县 商河县 莱芜区 钢城区 天桥区 槐荫区';
  it('eight places or more joined by spaces or 、, and nothing else, are a keyword list', () => {
    expect(isPlaceList(SPACED)).toBe(true);
    expect(isPlaceList(SPACED.replace(/ /g, '、'))).toBe(true);
    expect(isPlaceList('阿拉善盟 锡林郭勒盟 兴安盟 通辽市 赤峰市 包头市 乌海市 鄂尔多斯市')).toBe(true);
    // (A sentence that lists them, fewer than eight, or names that are no places: not.)
    expect(isPlaceList(`受影响的有${SPACED.replace(/ /g, '、')}。`)).toBe(false);
    expect(isPlaceList('章丘市 历城区 长清区 平阴县 济阳县')).toBe(false);
    expect(isPlaceList('张三 李四 王五 赵六 钱七 孙八 周九 吴十')).toBe(false);
    expect(isPlaceList('北京 上海 天津 重庆 河北 山西 辽宁 吉林')).toBe(false);
  });

  it('leaves the story’s body and is listed as junk', () => {
    const a = extractArticle(
      load(
        `<html><head><title>标题一二三四_新闻</title></head><body><h1>标题一二三四</h1><div class="content"><p>${P}</p><p>${P}</p><p>${SPACED}</p></div></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${P}`);
    expect(a.junk.some((j) => j.kind === 'keyword-list' && j.text.startsWith('章丘市 历城区'))).toBe(true);
  });
});

describe('reprint notices closing a story', () => {
  it('未经书面授权 and 转载时务请注明出处 are copyright lines', () => {
    expect(junkKindOfText('39健康网(www.39.net)专稿，未经书面授权请勿转载。')).toBe('copyright');
    expect(junkKindOfText('本作品为“科普中国-科学原理一点通”原创，转载时务请注明出处。')).toBe('copyright');
    expect(junkKindOfText('未經書面授權，不得轉載。')).toBe('copyright');
    // (The site's name between: 未经环球网 huanqiu.com 书面授权，严禁转载.)
    expect(
      junkKindOfText('版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。'),
    ).toBe('copyright');
    expect(junkKindOfText('未经中国日报网事先协议授权，禁止转载使用。')).toBe('copyright');
  });

  it('a members-only notice ending 以免訟累, and a site’s own reminder, are junk; the police’s reminder is the story’s', () => {
    expect(
      junkKindOfText(
        '本新聞文字、照片、影片專供鏡週刊會員閱覽，未經鏡週刊授權，任何媒體、社群網站、論壇等均不得引用、改寫、轉貼，以免訟累。',
      ),
    ).toBe('copyright');
    expect(junkKindOfText('★ 三立新聞網提醒您：酒後不開車。')).toBe('other');
    expect(junkKindOfText('ETtoday提醒您：理性投資。')).toBe('other');
    expect(junkKindOfText('警方提醒您：出門注意安全。')).toBeNull();
    expect(junkKindOfText('他說，這樣做是為了以免訟累，大家都能理解。')).toBeNull();
  });

  it('a short sentence of the story that says 未经授权 is not a notice, and stays in the story', () => {
    expect(junkKindOfText('警方称，他未经授权进入系统。')).toBeNull();
    expect(junkKindOfText('該男子未經授權擅自拍攝。')).toBeNull();
    const a = extractArticle(
      load(
        `<html><head><title>标题一二三四_新闻</title></head><body><h1>标题一二三四</h1><div class="content"><p>${P}</p><p>警方称，他未经授权进入系统。</p><p>${P}</p></div></body></html>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n警方称，他未经授权进入系统。\n${P}`);
  });
});

describe('an image viewer’s hint and a bare pitch to click', () => {
  it('are page labels; a sentence that mentions clicking is not', () => {
    for (const line of [
      '（点击看清晰大图）',
      '點擊查看大圖',
      '点击图片查看大图',
      '快点击这里了解一下！',
      '請點擊此處',
    ])
      expect(junkKindOfText(line), line).toBe('other');
    expect(junkKindOfText('市民只需点击这里的按钮就能完成缴费，十分方便快捷。')).toBeNull();
  });
});

describe('a footer’s licence numbers', () => {
  it('are the copyright footer’s, alone or several in a line; a sentence naming a licence is not', () => {
    for (const line of [
      '京公网安备 11000002000001号',
      '京卫网审[2011]第0123号',
      '互联网新闻信息服务许可证181号',
      '信息网络传播视听节目许可证：0108263号',
      '增值电信业务经营许可证：京B2-20090059',
      '网络文化经营许可证 京网文〔2019〕1234-123号',
      '药品信息服务资格证书：(京)-非经营性-2016-0012',
      '广播电视节目制作经营许可证（京）字第01015号',
      '京公网安备11010502030143号 | 互联网新闻信息服务许可证：11120180002',
    ])
      expect(junkKindOfText(line), line).toBe('copyright');
    for (const line of [
      '这家公司的营业许可证123号已被吊销。',
      '本市已发放许可证1234',
      '许可证',
      '办理许可证',
    ])
      expect(junkKindOfText(line), line).toBeNull();
  });
});
