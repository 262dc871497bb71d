// @vitest-environment jsdom
// The headline from <title> alone (no heading on the page): the site's, the channel's and the
// breadcrumb's names that templates join to it, each a shape many sites share.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { load, P, Q } from './shapes';

const HEADLINE = '一季度工业增加值增长6.2%';
const titled = (title: string): string =>
  extractArticle(
    load(
      `<html><head><title>${title}</title></head><body><div class="info">2020-09-11 18:05 来源：本站</div><div class="article"><p>${P}</p><p>${Q}</p><p>${P}</p></div></body></html>`,
    ),
  ).metadata.title;

describe('the headline from <title>, without its site’s names', () => {
  it.each([
    `${HEADLINE}_新闻频道_央视网(cctv.com)`,
    `${HEADLINE}-新华网`,
    `${HEADLINE} | 端傳媒 Initium Media`,
    `${HEADLINE} - BBC News 中文`,
    `${HEADLINE}｜天下雜誌`,
    `${HEADLINE} — 報導者 The Reporter`,
    `${HEADLINE}_凤凰网资讯_凤凰网`,
    `${HEADLINE}--时政--人民网`,
    `${HEADLINE} - 國際 - 自由時報電子報`,
    `${HEADLINE}_手机新浪网`,
    `${HEADLINE}|界面新闻 · 中国`,
    `网易首页 > 新闻 > ${HEADLINE}`,
    `${HEADLINE} : 美國之音中文網`,
    // (A guillemet before the site's name, and a headline bracketed whole before it.)
    `${HEADLINE} « 香港01`,
    `【${HEADLINE}】-中新网`,
    // (An outlet's name with its Latin name and tagline; an institution's, unspaced.)
    `${HEADLINE} | 星洲网 Sin Chew Daily Malaysia Latest News and Headlines`,
    `${HEADLINE}-新闻网-北京大学`,
  ])('%s', (title) => {
    expect(titled(title)).toBe(HEADLINE);
  });

  it('an official notice’s short title, before an office’s or a university’s name', () => {
    expect(titled('关于举办大赛的通知-杭州电子科技大学教务处')).toBe('关于举办大赛的通知');
    expect(titled('关于举办大赛的通知_教务处')).toBe('关于举办大赛的通知');
    expect(titled('關於調整收費的公告-某某大學')).toBe('關於調整收費的公告');
  });

  it('a tag in brackets opening the headline stays: it is part of it', () => {
    expect(titled(`【独家】${HEADLINE}-中新网`)).toBe(`【独家】${HEADLINE}`);
  });
});
