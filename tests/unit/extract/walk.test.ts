// @vitest-environment jsdom
// The page's one walk gathers what separate queries of the page found before: the headline's
// candidates and the paragraphs' keyword-list bars; and it notes what it skips, for the junk
// finder's reading of a block's text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import {
  ATTR_ANY,
  ATTR_CLASS,
  ATTR_HIDING,
  ATTR_HREF,
  ATTR_ID,
  attributeBits,
  classAndId,
  classAndIdOf,
  TAG_BLOCK,
  tagKind,
  inDocumentOrder,
  isSkipped,
  visibleText,
} from '../../../lib/extract/dom';
import { NO_CLASS } from '../../../lib/extract/patterns';
import { walkPage } from '../../../lib/extract/page-walk';
import { CANDIDATE_SELECTOR, findTitle } from '../../../lib/extract/title';
import { leadSiblings } from '../../../lib/extract/lead';
import { classedSource } from '../../../lib/extract/source';
import { readMetaTags } from '../../../lib/extract/meta-tags';
import { inCode, isBoilerplateContainer, MainHolders, mainHolders } from '../../../lib/extract/boilerplate';
import { stripGlosses } from '../../../lib/text/gloss';
import { htmlTree } from './trees';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
/**
 * `el.querySelector('article, main, [itemprop="articleBody"]') !== null` as browsers match it:
 * itemprop's value exactly (jsdom's matcher ignores its case, Chromium's does not).
 */
const mainQuery = (el: Element): boolean =>
  el.querySelector('article, main') !== null ||
  Array.from(el.querySelectorAll('[itemprop]')).some((e) => e.getAttribute('itemprop') === 'articleBody');
const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';

describe('the page walk', () => {
  it('lists the elements the headline selector matches, hidden ones and those under them included, in order', () => {
    const doc = load(`<html><head><title>t</title></head><body>
      <div class="Site-Title">网站</div>
      <nav class="nav"><h3>栏目</h3><span id="subTitle">子</span></nav>
      <div style="display:none"><h2>隐藏的标题</h2><p class="tit">隐藏</p></div>
      <h1 aria-hidden="true">无障碍隐藏</h1>
      <script class="title-data">var x = 1;</script>
      <div class="content"><h1>标题</h1><h6>不算</h6><hr><p class="headline-sub">副</p><p>${P}</p></div>
      <footer><h5 class="biaoti">尾</h5></footer></body></html>`);
    // (In document order: jsdom lists a selector group's matches selector by selector.)
    const expected = inDocumentOrder(doc.body.querySelectorAll(CANDIDATE_SELECTOR));
    expect(expected.length).toBe(10);
    expect(walkPage(doc).headings).toEqual(expected);
  });

  it('walks a hidden subtree for them in document order, however it nests', () => {
    // (Levels down and back up, siblings after a deep branch, class and id in any case.)
    const doc = load(`<html><head><title>t</title></head><body><h1>标题</h1>
      <div hidden><div><div><h4>一</h4><span ID="PageTit">二</span></div><p>三</p></div>
        <section><b class="x HeadLine">四</b><div><div><i id="biaoti-2">五</i></div></div></section>
        <h2>六</h2></div>
      <div style="display:none"><ul><li><h3>七</h3></li><li class="TITLE">八</li></ul></div>
      <script><h2>不是元素</h2></script><p>${P}</p></body></html>`);
    const expected = inDocumentOrder(doc.body.querySelectorAll(CANDIDATE_SELECTOR));
    expect(expected.map((e) => e.textContent)).toEqual(['标题', '一', '二', '四', '五', '六', '七', '八']);
    expect(walkPage(doc).headings).toEqual(expected);
  });

  it("lists the elements named for an outlet, hidden and pruned ones too, for classedSource's reading", () => {
    const doc = load(`<html><head><title>t</title></head><body>
      <div class="nav"><span class="Source-x">菜单</span></div>
      <div style="display:none"><div><i id="laiyuan">隐藏来源</i></div></div>
      <script class="source">var a;</script>
      <div class="content"><h1>标题</h1><p><span class="art-source">新京报</span> <b class="MEDIA-name">中新网</b></p><p>${P}</p></div>
      <svg><text class="media">图</text></svg></body></html>`);
    const walk = walkPage(doc);
    const named = Array.from(doc.body.querySelectorAll('*')).filter((el) =>
      /source|laiyuan|media/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`),
    );
    expect(named).toHaveLength(6);
    expect(walk.sourceNamed).toEqual(named);
    expect(classedSource(doc, walk.sourceNamed)).toBe(classedSource(doc));
    expect(classedSource(doc)).toBe('隐藏来源');
  });

  it("lists the page's meta, script, time and link elements and its links as queries of the page would", () => {
    // Entered, pruned, hidden and skipped ones, SVG's, in the head, in a noscript, after the body.
    const doc = load(`<html><head><title>t</title><meta name="a" content="1"><link rel="canonical" href="/x">
      <script type="application/ld+json">{}</script><noscript><meta name="b" content="2"></noscript></head><body>
      <div class="nav"><a href="/1">一</a><time datetime="2021-07-29">昨天</time><meta itemprop="x" content="3"></div>
      <div style="display:none"><a>隐</a><div><script>var t;</script><link rel="x"></div></div>
      <div class="content"><h1>标题</h1><p>${P}<a name="top">锚</a><time>今天</time></p>
      <svg><a href="#s"><text>图</text></a><script>1</script></svg></div>
      <template><a href="/t">模</a><meta name="t"></template><script>var u;</script></body></html>`);
    const after = doc.documentElement.appendChild(doc.createElement('meta'));
    after.setAttribute('name', 'description');
    after.setAttribute('content', '在正文之后');
    const walk = walkPage(doc);
    const query = (sel: string, el: ParentNode): Element[] => inDocumentOrder(el.querySelectorAll(sel));
    expect(walk.links).toEqual(query('a', doc.body));
    expect(walk.links).toHaveLength(4);
    expect(walk.tagged).toEqual(query('meta, script, time, link', doc.body));
    expect(walk.tagged).toHaveLength(7);
    // readMetaTags reads the same elements from the walk's list as from a query of the page.
    expect(readMetaTags(doc, walk.tagged)).toEqual(readMetaTags(doc));
    expect(readMetaTags(doc, walk.tagged).description).toBe('在正文之后');
    expect(readMetaTags(doc, walk.tagged).scripts).toEqual(query('script', doc));
    expect(readMetaTags(doc).scripts).toHaveLength(4);
  });

  it('knows which elements hold an article, main or articleBody element as a query of each would', () => {
    const doc = load(`<html><head><title>t</title></head><body>
      <div class="wrap ad"><div class="nav"><main><div class="share"><article><p>${P}</p></article></div></main></div></div>
      <div class="ad"><span itemprop="articleBody">x</span></div><div class="nav"><p>菜单</p></div>
      <div hidden class="menu"><article>隐</article></div></body></html>`);
    const holders = mainHolders(doc.body);
    const all = Array.from(doc.querySelectorAll('*'));
    expect(all.filter((el) => holders.has(el))).toEqual(all.filter(mainQuery));
    expect(holders.size).toBe(8);
    // So the walk prunes what a query of each junk-named element pruned.
    for (const el of all)
      expect(isBoilerplateContainer(el, undefined, undefined, holders)).toBe(isBoilerplateContainer(el));
  });

  it('asks each element whether it holds one by a walk of its few elements, or by one query past them', () => {
    // Junk-named blocks in any nesting, some holding an article, a main or an articleBody (by its
    // exact value), in pages small and large enough to run the walk's elements out.
    const block: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.constantFrom(
            '<p>字</p>',
            '<article>文</article>',
            '<main>主</main>',
            '<i itemprop="articleBody">正</i>',
            '<i itemprop="articlebody">否</i>',
            '<svg><article/></svg>',
          )
        : fc
            .tuple(fc.constantFrom('nav', 'share', 'ad', 'x'), fc.array(block(n - 1), { maxLength: 4 }))
            .map(([cls, inner]) => `<div class="${cls}">${inner.join('')}</div>`),
    );
    const page = fc.tuple(fc.array(block(4), { minLength: 1, maxLength: 6 }), fc.nat(400), fc.nat(250));
    fc.assert(
      fc.property(page, ([blocks, filler, budget]) => {
        const doc = load(
          `<html><body>${blocks.join('')}<div class="nav">${'<span>x</span>'.repeat(filler)}</div></body></html>`,
        );
        const holders = new MainHolders(doc.body, budget);
        // (In document order, as the walk asks: the nav of fillers last.)
        return Array.from(doc.body.querySelectorAll('*')).every((el) => holders.has(el) === mainQuery(el));
      }),
      { numRuns: 150 },
    );
  });

  it('knows an element inside a <pre> or a <code> as closest() does', () => {
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.constantFrom('<span>a</span>', '<b class="k">b</b>', '<svg><code></code></svg>', 'x')
        : fc
            .tuple(
              fc.constantFrom('pre', 'code', 'div', 'span', 'p', 'CODE'),
              fc.array(node(n - 1), { maxLength: 3 }),
            )
            .map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag}>`),
    );
    fc.assert(
      fc.property(node(5), (html) => {
        const doc = load(`<html><body>${html}</body></html>`);
        return Array.from(doc.body.querySelectorAll('*')).every(
          (el) => inCode(el) === (el.parentElement?.closest('pre, code') != null),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("confirms the headline by a template's hidden share title, as the selector did", () => {
    const doc =
      load(`<html><head><title>国务院关于批准某项决议的通知_2007年第23号国务院公报_中国政府网</title></head><body>
      <table><tr><td>国务院关于批准某项决议的通知</td></tr></table><div class="pages_content"><p>${P}</p></div>
      <div class="share-title" style="display:none">国务院关于批准某项决议的通知</div></body></html>`);
    const title = findTitle(doc, '', stripGlosses, walkPage(doc).headings);
    expect(title.title).toBe('国务院关于批准某项决议的通知');
    expect((title.el as Element).className).toBe('share-title');
  });

  it('finds a keyword list of five bars and more, and not one of four', () => {
    const list = (n: number) =>
      ['章丘市', '浙江省', '济南市', '历城区', '长清区', '平阴县', '济阳区'].slice(0, n + 1).join('|');
    for (const [n, listed] of [
      [4, false],
      [5, true],
      [6, true],
    ] as const) {
      const doc = load(`<html><head><title>标题</title></head><body><h1>标题</h1>
        <div class="content"><p>${P}</p><p>${P}</p></div><div>${list(n)}</div></body></html>`);
      const kinds = extractArticle(doc).junk.map((j) => j.kind);
      expect(kinds.includes('keyword-list'), `${n} bars`).toBe(listed);
    }
  });

  it('notes every element it skips, so that visible text read with its notes is the same', () => {
    const pages = [
      readFileSync('tests/fixtures/seed.html', 'utf8'),
      readFileSync('tests/fixtures/hostile.html', 'utf8'),
      readFileSync('tests/fixtures/negatives/video-playlist.zh-Hans.html', 'utf8'),
      `<html><body><div class="nav"><a href="/">首页</a><span hidden>隐</span>
        <div style="display: none"><p>藏<b>起</b></p></div><script>var a = 1;</script>
        <p aria-hidden="true">无</p><p contenteditable>编</p><p style="visibility:hidden">看不见</p>
        <p>${P}</p><a name="top">锚</a></div></body></html>`,
    ];
    for (const html of pages) {
      const doc = load(html);
      const { skipped } = walkPage(doc);
      // Each element outside a skipped one: skipped exactly when isSkipped says so, and the
      // same text either way.
      const visible = Array.from(doc.body.querySelectorAll('*')).filter((el) => {
        for (let up = el.parentElement; up; up = up.parentElement) if (skipped.has(up)) return false;
        return true;
      });
      expect(visible.length).toBeGreaterThan(5);
      for (const el of visible) {
        expect(skipped.has(el)).toBe(isSkipped(el));
        if (!skipped.has(el)) expect(visibleText(el, skipped)).toBe(visibleText(el));
      }
    }
  });
});

describe("the lead before the story's root", () => {
  it('is looked for in the siblings before the root, never in <head> or a script (their text can run to megabytes)', () => {
    const doc = load(`<html><head><title>t</title><script>var x = "${P}";</script></head>
      <body><p>${P}</p></body></html>`);
    const script = doc.createElement('script');
    const lead = doc.createElement('p');
    lead.textContent = P;
    doc.body.before(lead, script);
    // (The text the root's siblings are read for: <head> and <script> must not be asked.)
    for (const el of [doc.head, script])
      Object.defineProperty(el, 'textContent', {
        get: () => {
          throw new Error(`read the text of <${el.tagName}>`);
        },
      });
    expect(leadSiblings(doc.body)).toEqual([lead]);
  });
});

describe('classAndId', () => {
  it('reads an element’s class and id words, an SVG element’s too (whose className is an object)', () => {
    const doc = load(
      `<html><body><div class="Share Bar" id="Top">x</div><svg class="Icon-Share" id="s1"><g class="g"></g></svg><p>y</p></body></html>`,
    );
    const [div, svg, p] = [
      doc.querySelector('div'),
      doc.querySelector('svg'),
      doc.querySelector('p'),
    ] as Element[];
    expect(classAndId(div!)).toBe('share bar top');
    expect(classAndId(svg!)).toBe('icon-share s1');
    expect(classAndId(p!)).toBe(NO_CLASS);
  });

  it('reads what each attribute asked of an element says, from one list of its names', () => {
    // Elements of HTML and SVG with any set of the names asked and others, set in either case
    // by the parser (which lower-cases HTML's) or by setAttributeNS (which keeps the case).
    const NAMES = [
      'class',
      'id',
      'href',
      'hidden',
      'aria-hidden',
      'contenteditable',
      'style',
      'title',
      'data-x',
      'HREF',
      'Class',
    ];
    const el = fc.record({
      svg: fc.boolean(),
      parsed: fc.boolean(),
      attrs: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 5, selector: (n) => n.toLowerCase() }),
      value: fc.constantFrom('', 'A b', 'display:none', 'x'),
    });
    fc.assert(
      fc.property(el, ({ svg, parsed, attrs, value }) => {
        let e: Element;
        if (parsed) {
          const tag = svg ? 'svg' : 'div';
          const html = `<${tag} ${attrs.map((a) => `${a}="${value}"`).join(' ')}></${tag}>`;
          e = load(`<html><body>${html}</body></html>`).body.firstElementChild as Element;
        } else {
          const doc = load('<html><body></body></html>');
          e = svg ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement('div');
          for (const a of attrs) e.setAttributeNS(null, a, value);
        }
        const bits = attributeBits(e);
        const has = (b: number): boolean => (bits & b) !== 0;
        const hiding = ['hidden', 'aria-hidden', 'contenteditable', 'style'].some((n) => e.hasAttribute(n));
        return (
          has(ATTR_ANY) === e.hasAttributes() &&
          has(ATTR_CLASS) === e.hasAttribute('class') &&
          has(ATTR_ID) === e.hasAttribute('id') &&
          has(ATTR_HREF) === e.hasAttribute('href') &&
          has(ATTR_HIDING) === hiding &&
          (!bits || classAndIdOf(e, bits) === classAndIdOf(e))
        );
      }),
      { numRuns: 400 },
    );
  });

  it('reads an element’s visible text as a recursion over its nodes would', () => {
    // The text in document order, a space before each block, nothing of skipped or hidden ones.
    const reference = (el: Element): string => {
      let out = '';
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === Node.TEXT_NODE) out += c.nodeValue ?? '';
        else if (c.nodeType === Node.ELEMENT_NODE && !isSkipped(c as Element)) {
          if (tagKind((c as Element).tagName) & TAG_BLOCK) out += ' ';
          out += reference(c as Element);
        }
      }
      return out;
    };
    const node = htmlTree(
      ['字', ' a ', '<br>', '<!-- c -->', '<script>x</script>', '<span></span>'],
      ['div', 'p', 'span', 'b', 'li', 'h2', 'div hidden', 'span style="display:none"', 'a href="/"'],
    );
    fc.assert(
      fc.property(fc.array(node(5), { minLength: 1, maxLength: 3 }), (parts) => {
        const doc = load(`<html><body><div id="r">${parts.join('')}</div></body></html>`);
        const r = doc.getElementById('r') as Element;
        return [r, ...Array.from(r.querySelectorAll('*'))].every((el) => visibleText(el) === reference(el));
      }),
      { numRuns: 300 },
    );
  });
});
