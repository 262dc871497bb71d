// @vitest-environment jsdom
// Lists of other stories around the article, found by their links whatever their class names
// say. The first two tests fail without the rule; the others hold its limits.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { BESIDE, BESIDE_CHAR } from '../../../lib/extract/link-farms';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';
const Q =
  '业内人士认为，随着一系列稳增长政策落地见效，二季度经济有望延续恢复态势，企业预期也在逐步改善，市场信心增强。';
const R = '与此同时，全市固定资产投资稳步回升，重点项目建设加快推进，为全年经济平稳运行打下了坚实基础。';
const HEADLINES = [
  '伊利设硬核股权激励考核指标',
  '海尔回应四名员工午睡被开除',
  '去哪儿网回应机票实付价格高于标价',
  '我国集成电路进口突破三千亿美元',
  '多地出台措施稳定汽车消费',
];
const links = (n: number, cls = 'resemble-art-black'): string =>
  HEADLINES.slice(0, n)
    .map((h, i) => `<div class="${cls}"><a href="/n/${i}.shtml">${h}</a><span>2019-09-0${i + 1}</span></div>`)
    .join('');

const page = (aside: string, head = '<h1>一季度工业增加值增长6.2%</h1>'): Document =>
  load(`<html><head><title>一季度工业增加值增长6.2%_新闻中心</title></head><body>
  <div class="wrap">
    <div class="left">${head}
      <div class="box"><p>${P}</p><p>${Q}</p><p>${R}</p></div>
    </div>
    <div class="right">${aside}</div>
  </div></body></html>`);

describe('link farms', () => {
  it('a column of headline links beside the story is a list of other stories, hidden whatever its class', () => {
    const a = extractArticle(page(`<div class="img-special"><h4>大公司</h4>${links(4)}</div>`));
    expect(a.model.text).toBe(`${P}\n${Q}\n${R}`);
    const farms = a.junk.filter((j) => j.kind === 'related-links');
    expect(farms.map((j) => j.el.className)).toEqual(['right']);
    expect(farms[0]?.text).toContain('大公司');
  });

  it('the list takes the place of the junk blocks inside it', () => {
    const a = extractArticle(page(`<div class="comment-rank"><h4>评论排行</h4>${links(5)}</div>`));
    expect(a.junk.map((j) => [j.kind, j.el.className])).toEqual([['related-links', 'right']]);
  });

  it('a list inside the story’s container, after the story, is hidden too; the story’s paragraphs never', () => {
    const a = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><h1>一季度工业增加值增长6.2%</h1>
      <div class="content"><p>${P}</p><p>${Q}</p><p>${R}</p><div><h4>大公司</h4>${links(4, 'item')}</div></div>
      </body></html>`),
    );
    expect(a.model.text).toBe(`${P}\n${Q}\n${R}`);
    expect(a.junk.map((j) => [j.kind, j.text.slice(0, 5)])).toEqual([['related-links', '大公司 伊']]);
    for (const b of a.blocks) expect(a.junk.some((j) => j.el.contains(b.paragraph.container))).toBe(false);
  });

  it('a list whose items put their dates on lines of their own is a list too (the dates hold it back no more)', () => {
    const items = HEADLINES.map(
      (h, i) =>
        `<li><h4><a href="/n/${i}.shtml">${h}</a></h4><div class="time">2019-09-0${i + 1} 08:5${i}</div></li>`,
    ).join('');
    const a = extractArticle(page(`<ul class="new-left-list"><div>大公司</div>${items}</ul>`));
    expect(a.model.text).toBe(`${P}\n${Q}\n${R}`);
    expect(a.junk.map((j) => [j.kind, j.el.className])).toEqual([['related-links', 'right']]);
  });

  it('six teasers or more (a headline link and a line of summary each) are a list too', () => {
    const more = [...HEADLINES, '全市新增就业岗位超过十万个'];
    const teasers = more
      .map(
        (h, i) =>
          `<div class="m-redlist"><div class="u-tt3"><a href="/n/${i}.shtml">${h}</a></div>` +
          `<div class="u-zy">记者从有关部门了解到，相关工作正在稳步推进之中。</div></div>`,
      )
      .join('');
    const a = extractArticle(page(`<div class="g-readscon">${teasers}</div>`));
    expect(a.model.text).toBe(`${P}\n${Q}\n${R}`);
    expect(a.junk.map((j) => [j.kind, j.el.className])).toEqual([['related-links', 'right']]);
    // Five are not.
    const five = extractArticle(
      page(
        `<div class="g-readscon">${teasers.split('</div></div>').slice(0, 5).join('</div></div>')}</div></div></div>`,
      ),
    );
    expect(five.junk).toEqual([]);
  });

  it('three headline links, or a menu of short ones, are no list of stories', () => {
    expect(extractArticle(page(`<h4>大公司</h4>${links(3)}`)).junk).toEqual([]);
    const menu = ['首页', '财经', '科技', '汽车', '房产', '体育']
      .map((w) => `<li><a href="/${w}">${w}</a></li>`)
      .join('');
    expect(extractArticle(page(`<ul>${menu}</ul>`)).junk).toEqual([]);
  });

  it('never a block that holds the headline or a metadata line', () => {
    const withHeadline = extractArticle(
      load(`<html><head><title>一季度工业增加值增长6.2%</title></head><body><div class="wrap">
      <div class="top"><h1>一季度工业增加值增长6.2%</h1>${links(5)}</div>
      <div class="box"><p>${P}</p><p>${Q}</p><p>${R}</p></div></div></body></html>`),
    );
    expect(withHeadline.metadata.title).toBe('一季度工业增加值增长6.2%');
    expect(
      withHeadline.junk.some((j) => j.el.contains(withHeadline.root.ownerDocument.querySelector('h1'))),
    ).toBe(false);
    const withByline = extractArticle(
      page(
        `<div class="info">2020-09-11 18:05 来源：新华网</div>${links(5)}`,
        '<h1>一季度工业增加值增长6.2%</h1>',
      ),
    );
    expect(withByline.metadata.source).toBe('新华网');
    expect(withByline.junk.filter((j) => j.el.className === 'right')).toEqual([]);
  });
});

describe('the characters that stand beside a headline link', () => {
  it('BESIDE_CHAR holds every code unit BESIDE matches, and no other', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if ((BESIDE_CHAR[c] === 1) !== BESIDE.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});
