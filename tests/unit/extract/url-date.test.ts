// @vitest-environment jsdom
// The day a news address carries in its path: the published time's last resort.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { dateFromUrl, dayFromTitle } from '../../../lib/extract/url-date';
import { load, P, Q } from './shapes';

describe('dateFromUrl', () => {
  it('reads the shapes Chinese news addresses use', () => {
    expect(dateFromUrl('https://www.xinhuanet.com/politics/2024-05/20/c_1130148321.htm')).toBe('2024-05-20');
    expect(dateFromUrl('https://news.example.cn/c/2024-05-20/doc-inavmmfi1968342.shtml')).toBe('2024-05-20');
    expect(dateFromUrl('https://www.example.com.cn/gn/2024/05-20/10219001.shtml')).toBe('2024-05-20');
    expect(dateFromUrl('http://politics.example.cn/n1/2024/0520/c1001-40239563.html')).toBe('2024-05-20');
    expect(dateFromUrl('http://www.example.cn/20240520/abc/c.html')).toBe('2024-05-20');
    expect(dateFromUrl('http://www.example.gov.cn/art/2024/5/t20240520_123.html')).toBe('2024-05-20');
    expect(dateFromUrl('https://example.com/2024/05/20/story.html')).toBe('2024-05-20');
    // A month alone is no day.
    expect(dateFromUrl('https://www.example.gov.cn/zhengce/202405/content_6952345.htm')).toBe('');
  });

  it('reads no id, impossible day, host, query or day after the moment seen', () => {
    expect(dateFromUrl('https://news.example.tw/news/politics/breakingnews/4675432')).toBe('');
    expect(dateFromUrl('https://example.com/article/2024051234.html')).toBe('');
    expect(dateFromUrl('https://example.com/2024/02/30/x.html')).toBe('');
    expect(dateFromUrl('https://20240520.example.com/x.html')).toBe('');
    expect(dateFromUrl('https://example.com/x.html?d=/2024-05-20/')).toBe('');
    expect(dateFromUrl('https://example.com/2030/01/01/x.html', Date.parse('2024-05-21T00:00:00Z'))).toBe('');
    expect(dateFromUrl('not a url at all')).toBe('');
    // A relative address (a canonical link) has its path read too.
    expect(dateFromUrl('/politics/2024-05/20/c_1.htm')).toBe('2024-05-20');
  });
});

describe('published from the address', () => {
  const page = (info: string, url: string, canonical = '') =>
    extractArticle(
      load(
        `<html><head><title>標題一二三四</title>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head><body><h1>標題一二三四</h1><div class="info">${info}</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
      ),
      { url },
    ).metadata.published;

  it('is the last resort: the page shows no time', () => {
    expect(page('来源：新京报', 'https://www.example.cn/politics/2024-05/20/c_1.htm')).toBe('2024-05-20');
    expect(page('来源：新京报', 'https://m.example.cn/a/1', '/politics/2024-05/20/c_1.htm')).toBe(
      '2024-05-20',
    );
    // The time the page shows wins.
    expect(page('2024-05-19 09:47 来源：新京报', 'https://www.example.cn/politics/2024-05/20/c_1.htm')).toBe(
      '2024-05-19T09:47+08:00',
    );
    expect(page('来源：新京报', 'https://www.example.cn/a/1')).toBe('');
  });
});

describe('published from the title', () => {
  it('is the day that closes the title, after the address', () => {
    // 明報's print edition: the day only in <title> and a script.
    expect(dayFromTitle('明報新聞網 - 每日明報 daily news-20120517')).toBe('2012-05-17');
    expect(dayFromTitle('要聞 | 2012-05-17')).toBe('2012-05-17');
    // Not a day inside the title, an invalid one, one after the page was seen, or digits in a word.
    expect(dayFromTitle('2012-05-17 地震回顧 - 明報')).toBe('');
    expect(dayFromTitle('每日明報-20120231')).toBe('');
    expect(dayFromTitle('每日明報-20120517', Date.UTC(2011, 0, 1))).toBe('');
    expect(dayFromTitle('編號A20120517')).toBe('');
    expect(dayFromTitle('每日明報-2012-0517')).toBe('');
  });

  it('gives the day where neither the page nor its address does', () => {
    const doc = load(
      `<html><head><title>被誘拍裸照 慫恿當男妓 - 每日明報-20120517</title></head><body><h1>被誘拍裸照 慫恿當男妓</h1><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    );
    expect(extractArticle(doc, { url: 'https://news.example.com/a/1' }).metadata.published).toBe(
      '2012-05-17',
    );
  });
});
