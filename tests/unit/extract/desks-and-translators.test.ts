// @vitest-environment jsdom
// Shapes from session 39's pages no test had seen (聯合報, 自由時報, 中時新聞網, 上報, TVBS, 香港經濟日報,
// 文匯報 …), each reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { P, Q, storyPage } from './shapes';

describe('a desk in the credit’s brackets', () => {
  it('names no outlet (〔體育中心／綜合報導〕, 〔國際中心／綜合報導〕)', () => {
    for (const line of [
      '〔體育中心／綜合報導〕中信兄弟金手套游擊手昨天敲出再見轟',
      '〔國際中心／綜合報導〕',
    ]) {
      expect(parseBylineLine(line).source, line).toBeUndefined();
    }
    // (An outlet in the same place stays one.)
    expect(parseBylineLine('【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出').source).toBe('財訊快報');
  });
});

describe('an embedded post that waits for consent', () => {
  const embed = `<div data-e2e="instagram-embed"><div><a href="#end-of-instagram-content"><span>跳过 Instagram 帖子</span></a><div><div data-testid="consentBanner" id="consentBanner-DRqTEXIj0Z7"><strong>允许Instagram内容</strong><p>此文包含Instagram提供的内容。由于这些内容会使用曲奇或小甜饼等科技，我们在加载任何内容前会寻求您的认可。 希望阅读上述内容，请点击“接受并继续”。</p><button type="button">Accept and continue</button></div><small>告知: BBC 不对外来网站内容负责</small></div><p id="end-of-instagram-content">结尾 Instagram 帖子</p></div></div>`;

  it('leaves the body with its frame (跳过 … 帖子, the consent banner, the disclaimer, 结尾 … 帖子)', () => {
    const text = extractArticle(
      storyPage(
        '香港大埔宏福苑大火幸存者',
        '2025年11月30日',
        `<p>${P}</p>${embed}<p>${Q}</p><p>${P}${Q}</p>`,
      ),
    ).model.text;
    expect(text.split('\n')).toEqual([P, Q, P + Q]);
  });
});
