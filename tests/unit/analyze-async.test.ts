// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repeatedSeed } from '../../bench/reading';
import { loadPage, parseHtml } from '../../cli/load-page';
import { analyzeWithModel, analyzeWithModelAsync, type AnalysisWithModel } from '../../lib/analyze';

const CORPUS = '../shared/corpus/';
const PAGES = [
  'tests/fixtures/seed.html',
  'tests/fixtures/negatives/portal-home.zh-Hans.html',
  `${CORPUS}chinese-web-content-extraction-dataset/33a95b71-b49b-42c1-9c0a-ab8e3feba3cf.html`,
  `${CORPUS}chinese-web-content-extraction-dataset/b70f455d-50d6-4c8c-a450-07d8e5ca2e06.html`,
  `${CORPUS}taiwanese-news-parser/china_times_s1.html`,
  `${CORPUS}trafilatura-eval/archive.org.he.xinhuanet.com.25340717.html`,
  // (The corpus's pages where ../shared is checked out beside the project, as the golden tests
  // ask; the project's own fixtures always.)
].filter((file) => !file.startsWith(CORPUS) || existsSync(file));

/** Every node of the document: name, attributes, text (to check that analysis changes nothing). */
function snapshot(doc: Document): string {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    const attrs =
      n instanceof doc.defaultView!.Element ? Array.from(n.attributes, (a) => `${a.name}=${a.value}`) : [];
    out.push(`${n.nodeName}[${attrs.join(' ')}]${n.nodeValue ?? ''}`);
  }
  return out.join('\n');
}

/** What a caller can see: the analysis, the model (nodes by identity) and the article's pieces. */
function same(a: AnalysisWithModel, b: AnalysisWithModel): void {
  expect(b.analysis).toEqual(a.analysis);
  expect(b.model.text).toBe(a.model.text);
  expect(b.model.blocks).toEqual(a.model.blocks);
  expect(b.model.garbled).toEqual(a.model.garbled);
  const [x, y] = [a.model.segments, b.model.segments];
  expect(y.node.length).toBe(x.node.length);
  expect(y.start).toEqual(x.start);
  expect(y.end).toEqual(x.end);
  expect(y.nodeStart).toEqual(x.nodeStart);
  expect(y.node.findIndex((n, i) => n !== x.node[i])).toBe(-1);
  expect(b.model.glosses.node.length).toBe(a.model.glosses.node.length);
  expect(b.model.glosses.node.every((n, i) => n === a.model.glosses.node[i])).toBe(true);
  expect(b.model.glosses.start).toEqual(a.model.glosses.start);
  expect(b.model.glosses.end).toEqual(a.model.glosses.end);
  expect(b.article.root).toBe(a.article.root);
  expect(b.article.signals).toEqual(a.article.signals);
  expect(b.article.junk.map((j) => j.el)).toEqual(a.article.junk.map((j) => j.el));
  expect(b.article.blocks.map((k) => k.paragraph.nodes)).toEqual(
    a.article.blocks.map((k) => k.paragraph.nodes),
  );
}

describe('analyzeWithModelAsync', () => {
  for (const file of PAGES) {
    it(`gives what analyzeWithModel gives: ${file.split('/').pop()}`, async () => {
      const { doc, window } = loadPage(file, 'https://example.com/news/1.html');
      const before = snapshot(doc);
      const sync = analyzeWithModel(doc, { url: 'https://example.com/news/1.html' });
      const async = await analyzeWithModelAsync(doc, { url: 'https://example.com/news/1.html' }, () =>
        Promise.resolve(),
      );
      same(sync, async);
      expect(snapshot(doc)).toBe(before);
      window.close();
    });
  }

  it('pauses on a long page (the seed ×10), and still gives the same analysis', async () => {
    const { doc, window } = parseHtml(repeatedSeed(10));
    const before = snapshot(doc);
    let pauses = 0;
    const async = await analyzeWithModelAsync(doc, {}, () => {
      pauses++;
      return new Promise((r) => setTimeout(r, 0));
    });
    expect(pauses).toBeGreaterThan(0);
    expect(snapshot(doc)).toBe(before);
    same(analyzeWithModel(doc), async);
    window.close();
  }, 60_000);

  it('pauses with a new task by default', async () => {
    const { doc, window } = parseHtml(readFileSync('tests/fixtures/seed.html', 'utf8'));
    const result = await analyzeWithModelAsync(doc);
    expect(result.analysis).toEqual(analyzeWithModel(doc).analysis);
    window.close();
  });
});
