// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/extract/detect';
import { collectPage } from '../../../lib/extract/paragraphs';

/** The page's signals, with its paragraphs (one per <p>) as both lists. */
function signals(paras: string[]): Record<string, number> {
  const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
  for (const t of paras) doc.body.append(Object.assign(doc.createElement('p'), { textContent: t }));
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
    root: doc.body,
    newsCue: false,
  }).signals;
}

describe('detectArticle page scans', () => {
  it('counts forum and blog words over the paragraphs of the page', () => {
    expect(signals(['樓主 發表新帖', '回覆數 12', '其他文字']).forum).toBe(-2.5);
    expect(signals(['樓主 發表新帖', '其他文字']).forum).toBeUndefined();
    // Four blog hits, two of them Latin words at the edges of a paragraph.
    expect(signals(['blog', '博客 網誌', 'Powered by']).ugc).toBe(-1.5);
    expect(signals(['blogs', '博客 網誌', 'Powered by']).ugc).toBeUndefined();
  });

  it('looks for search results in the first 3000 characters of the page text only', () => {
    const long = '文'.repeat(2990);
    // The page text is the paragraphs joined by \n: 2990 + 1 + 9 characters reach 3000.
    expect(signals([long, '搜尋結果搜尋結果…']).search).toBe(-3);
    expect(signals([long, '一二三四五六搜尋結果']).search).toBeUndefined();
    expect(signals([long, '一二三四五搜尋結果']).search).toBe(-3);
  });
});
