// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import type { TextModel } from '../../../lib/extract/text-model';
import { P, Q, storyPage } from './shapes';

/** The model's text read back from the DOM through its segments (separators where none maps). */
function fromSegments(model: TextModel): string {
  const s = model.segments;
  let out = '';
  for (let i = 0; i < s.start.length; i++) {
    const at = s.start[i] as number;
    out = out.padEnd(at, '\n');
    const from = s.nodeStart[i] as number;
    const value = s.node[i]?.nodeValue ?? '';
    out += value.slice(from, from + (s.end[i] as number) - at);
  }
  return out;
}

const LAST = '根據刑法規定，意圖欺騙他人而就商品之品質為虛偽之標記者，處一年以下有期徒刑或三萬元以下罰金。';

describe('an editor’s credit closing the last sentence', () => {
  it('is cut off the body and read as the editor (…罰金。（編輯：李亨山）1120823)', () => {
    const a = extractArticle(
      storyPage(
        '攤商涉用豬肉混充羊肉',
        '2023/08/23 15:06',
        `<p>${P}</p><p>${Q}</p><p>${LAST}（編輯：李亨山）1120823</p>`,
      ),
    );
    expect(a.model.text.endsWith(LAST)).toBe(true);
    expect(a.model.text).not.toContain('編輯');
    expect(a.metadata.editor).toBe('李亨山');
    // The model still maps onto the page's text nodes.
    expect(fromSegments(a.model)).toBe(a.model.text);
  });

  it('in a node of its own, or with a 责任编辑 label in ASCII brackets', () => {
    const a = extractArticle(
      storyPage('标题一二三四五', '2023-08-23 15:06', `<p>${P}</p><p>${Q}<span>(责任编辑：张三)</span> </p>`),
    );
    expect(a.model.text.endsWith(Q)).toBe(true);
    expect(a.metadata.editor).toBe('张三');
    expect(fromSegments(a.model)).toBe(a.model.text);
  });

  it('a compiler’s credit too (（整理：實習編輯劉彥璇）)', () => {
    const a = extractArticle(
      storyPage('頂新魏家債留台灣', '2014/12/01 10:00', `<p>${P}</p><p>${LAST}（整理：實習編輯劉彥璇）</p>`),
    );
    expect(a.model.text.endsWith(LAST)).toBe(true);
    expect(a.metadata.editor).toBe('劉彥璇');
  });

  it('brackets that credit no editor stay', () => {
    for (const tail of ['（完）', '（中央社）', '（編輯部整理）']) {
      const a = extractArticle(storyPage('標題一二三四五', '2023/08/23', `<p>${P}</p><p>${LAST}${tail}</p>`));
      expect(a.model.text.endsWith(LAST + tail)).toBe(true);
    }
  });
});

describe('a post’s footer of counters', () => {
  it('is a metadata line, not the story’s last paragraph', () => {
    const a = extractArticle(
      storyPage(
        '女孩辍学后生下女婴',
        '',
        `<p>${P}</p><p>${Q}</p><p>作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30</p>`,
      ),
    );
    expect(a.model.text.endsWith(Q)).toBe(true);
    expect(a.metadata.published).toBe('2005-07-31T12:30+08:00');
  });

  it('a line of prose that counts readers stays', () => {
    const line = '截至2023年8月，该文阅读(含转载)已超过一百万次，评论(精选)三千余条，引发广泛讨论';
    const a = extractArticle(
      storyPage('标题一二三四五', '2023-08-23', `<p>${P}</p><p>${line}</p><p>${Q}</p>`),
    );
    expect(a.model.text).toContain(line);
  });
});

describe('a station’s credit closing the story', () => {
  it('names the station and its reporters, the place cut off the last name', () => {
    expect(parseBylineLine('（民視新聞陳韻平、郭文海台北報導）')).toEqual({
      source: '民視',
      authors: ['陳韻平', '郭文海'],
    });
    expect(parseBylineLine('（華視新聞 記者王小明 台北報導）')).toEqual({
      source: '華視',
      authors: ['王小明'],
    });
    expect(parseBylineLine('（民視新聞王明台北報導）')).toEqual({ source: '民視', authors: ['王明'] });
  });

  it('is read from the end of the last paragraph, which keeps it as the dispatch line is kept', () => {
    const credit = '（民視新聞陳韻平、郭文海台北報導）';
    const a = extractArticle(
      storyPage('良心包子重視食安', '2014-12-01 18:13', `<p>${P}</p><p>${Q}${credit}</p>`),
    );
    expect(a.metadata.source).toBe('民視');
    expect(a.metadata.authors).toEqual(['陳韻平', '郭文海']);
    expect(a.model.text.endsWith(credit)).toBe(true);
  });

  it('not without names that read as people’s (a desk, a topic)', () => {
    expect(parseBylineLine('（民視新聞綜合報導）').authors).toBeUndefined();
    expect(parseBylineLine('（民視新聞國際中心報導）').authors).toBeUndefined();
  });
});

describe('notices a template sets under the story', () => {
  it('a starred note glued to the last sentence goes, and the hotlines after it', () => {
    const a = extractArticle(
      storyPage(
        '草間彌生亞洲巡迴展',
        '2014-12-05 04:10',
        `<p>${P}</p><p>${LAST}★再給自己一次機會</p><p>自殺諮詢專線：0800-788995（24小時）</p><p>生命線：1995</p><p>張老師專線：1980</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${LAST}`);
  });

  it('a suicide-prevention notice in sentences is junk, not the story', () => {
    const notice =
      '珍惜生命，自殺不能解決問題，生命一定可以找到出路。若需諮商或相關協助可撥生命線專線「1995」、張老師專線「1980」。';
    const a = extractArticle(
      storyPage('標題一二三四五', '2014-12-05', `<p>${P}</p><p>${Q}</p><p>${notice}</p>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it('a link under its label alone, and the outlet’s tip line, are junk', () => {
    const lines = [
      '實時追蹤香港各地區疫情個案，立即下載經濟日報App：https://bit.ly/2JdOaiS',
      '訂閱Telegram最新🍴✈️🎁優惠及送禮情報：https://bit.ly/3bebLM',
      '原文：https://blog.example.io/10-tricks',
      '■明報報料熱線﹕inews@mingpao.com/ 9181 4676',
    ];
    const a = extractArticle(
      storyPage(
        '標題一二三四五',
        '2020-08-01',
        `<p>${P}</p><p>${Q}</p>${lines.map((l) => `<p>${l}</p>`).join('')}`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
    // (A sentence that ends with its link stays.)
    const told = '他說，市民可瀏覽政府網站了解詳情。網址是https://www.gov.hk';
    const b = extractArticle(
      storyPage('標題一二三四五', '2020-08-01', `<p>${P}</p><p>${told}</p><p>${Q}</p>`),
    );
    expect(b.model.text).toContain(told);
    // (Nor does an item of the story's list that closes on its link and a full stop.)
    const item = '2.全国大学生能源经济学术创意大赛官方网站：http://energy.qibebt.ac.cn/eneco/index.html。';
    const c = extractArticle(
      storyPage('標題一二三四五', '2020-08-01', `<p>${P}</p><p>${item}</p><p>${Q}</p>`),
    );
    expect(c.model.text).toContain(item);
  });

  it('an investment disclaimer is junk', () => {
    const a = extractArticle(
      storyPage(
        '标题一二三四五',
        '2019-06-10',
        `<p>${P}</p><p>${Q}</p><p>文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });

  it('a byline’s labels as a screen reader reads them are metadata lines (Author, 李雨梦)', () => {
    const a = extractArticle(
      storyPage(
        '宏福苑大火幸存者',
        '2025年11月30日',
        `<ul><li>Author, 李雨梦</li><li>Role, BBC中文记者</li></ul><p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}`);
  });
});

describe('an outlet’s own dispatch opening the story', () => {
  it('names the source when no line labels one, and stays in the story', () => {
    const first = `新京报讯 ${P}`;
    const a = extractArticle(storyPage('北京市发布新规', '2023-05-20 10:00', `<p>${first}</p><p>${Q}</p>`));
    expect(a.metadata.source).toBe('新京报');
    expect(a.model.text).toBe(`${first}\n${Q}`);
  });
});

describe('the names closing the story', () => {
  it('are the authors when the meta tag’s author is the editor', () => {
    const a = extractArticle(
      storyPage(
        '维护全人类共同利益',
        '2024-05-13 08:49 来源：人民日报',
        `<p>${P}</p><p>${LAST}（钟才文）</p><p>[ 责编：杨煜 ]</p>`,
        '<meta name="author" content="杨煜">',
      ),
    );
    expect(a.metadata.authors).toEqual(['钟才文']);
    expect(a.metadata.editor).toBe('杨煜');
  });
});

describe('a print edition’s pointer closing the story', () => {
  it('is cut off the last sentence (…登車離去。相關新聞刊P4版); one in the prose stays', () => {
    const last = '她見兒子最後一面，離開醫院時顯得哀傷，由男女陪同登車離去。';
    const a = extractArticle(
      storyPage('副局長長子墮樓', '2017-09-09', `<p>${P}</p><p>${last}相關新聞刊P4版</p>`),
    );
    expect(a.model.text).toBe(`${P}\n${last}`);
    const prose = '報道指出，相關新聞刊P4版後引起廣泛討論，不少讀者致電報社查詢。';
    expect(
      extractArticle(storyPage('副局長長子墮樓', '2017-09-09', `<p>${P}</p><p>${prose}</p>`)).model.text,
    ).toBe(`${P}\n${prose}`);
  });
});

describe('a reporter’s credit in brackets closing the story names the outlet', () => {
  it('as the source, in full for a short name, or as the page names it beside the time', () => {
    const credit = (info: string, closing: string) =>
      extractArticle(storyPage('著名戏曲导演去世', info, `<p>${P}</p><p>${Q}${closing}</p>`)).metadata;
    expect(parseBylineLine('（人民日报记者 张倩）')).toEqual({
      authors: ['张倩'],
      reporterOutlet: '人民日报',
    });
    expect(credit('2022-02-13 23:37', '（总台记者 张倩）')).toMatchObject({
      source: '中央广播电视总台',
      authors: ['张倩'],
    });
    expect(credit('2005年03月31日03:18 北京娱乐信报', '(信报记者 蔡雪婧)')).toMatchObject({
      source: '北京娱乐信报',
      authors: ['蔡雪婧'],
    });
    // (Not the paper's own reporter: 本报记者 names no outlet.)
    expect(parseBylineLine('（本报记者 张倩）')).toEqual({ authors: ['张倩'] });
  });
});
