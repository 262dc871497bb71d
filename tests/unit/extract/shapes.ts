/** What the shape tests (unseen-shapes, credits-and-platforms) build their pages from. */
import type { Metadata } from '../../../lib/analysis';
import { extractArticle } from '../../../lib/extract/article';

/** A page parsed from its markup (the tests run in jsdom). */
export const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Two paragraphs of story prose, long enough to read as the body. */
export const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';
export const Q =
  '业内人士认为，随着一系列稳增长政策落地见效，二季度经济有望延续恢复态势，企业预期也在逐步改善，市场信心增强。';

/**
 * A story's page: the headline in <title> and <h1>, an info line under it, then the story's
 * blocks (`story`, markup); `head`, more of <head>.
 */
export const storyPage = (headline: string, info: string, story: string, head = ''): Document =>
  load(
    `<html><head><title>${headline}</title>${head}</head><body><h1>${headline}</h1><div class="info">${info}</div><div class="content">${story}</div></body></html>`,
  );

/**
 * The metadata of a page with a headline, one info line under it and two paragraphs of story;
 * its <title> is the headline and then `suffix` (a site's name after a separator).
 */
export const withInfoLine = (info: string, suffix = ''): Metadata =>
  extractArticle(
    load(
      `<html><head><title>標題一二三四${suffix}</title></head><body><h1>標題一二三四</h1><div class="info">${info}</div><div class="content"><p>${P}</p><p>${Q}</p></div></body></html>`,
    ),
  ).metadata;
