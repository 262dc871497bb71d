// @vitest-environment jsdom
// Shapes from session 38's pages no test had seen (中央社, 民視, 新頭殼, 風傳媒, NOWnews), each
// reduced to the markup that matters. Each test failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { P, Q, storyPage } from './shapes';

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
