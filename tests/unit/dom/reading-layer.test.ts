// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeWithModel } from '../../../lib/analyze';
import { rangeFor } from '../../../lib/extract/text-model';
import { GLOSS_ATTR, glossJob, nodeRuns, wrapGlosses } from '../../../lib/dom/glosses';
import { createHighlighter } from '../../../lib/dom/highlighter';
import { JUNK_ATTR, markJunk } from '../../../lib/dom/junk';
import { selectionSpan } from '../../../lib/dom/position';
import { SpanIndex } from '../../../lib/dom/span-index';

const SEED = readFileSync('tests/fixtures/seed.html', 'utf8');

function load(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

describe('reading layer on the seed page (jsdom: no Highlight API, so the wrapping fallback)', () => {
  beforeEach(() => load(SEED));

  it('wraps every gloss, keeps the text and every model offset, and undoes exactly', () => {
    const before = document.body.textContent;
    const htmlBefore = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- read-only comparison in a test
    const { analysis, model } = analyzeWithModel(document);
    const undo = wrapGlosses(model, document);
    expect(document.querySelectorAll(`[${GLOSS_ATTR}]`).length).toBeGreaterThanOrEqual(analysis.glosses);
    expect(document.body.textContent).toBe(before);
    // every figure still maps onto its own characters
    for (const f of analysis.figures)
      expect(rangeFor(model, f.start, f.end, document).toString()).toBe(f.text);
    undo();
    expect(document.body.textContent).toBe(before);
    expect(document.body.innerHTML).toBe(htmlBefore); // eslint-disable-line no-restricted-syntax -- read-only comparison
  });

  it("lists each node's glosses as one run, in the order of their offsets (what nodeRuns reads)", () => {
    const { model } = analyzeWithModel(document);
    const { node, start } = model.glosses;
    const done = new Set<Text>();
    for (let i = 0; i < node.length; i++) {
      const n = node[i] as Text;
      if (i > 0 && node[i - 1] === n) expect(start[i]).toBeGreaterThan(start[i - 1] as number);
      else expect(done.has(n)).toBe(false);
      done.add(n);
    }
    expect(done.size).toBeGreaterThan(50);
    expect(node.length).toBeGreaterThan(done.size); // nodes with several glosses
  });

  it('wraps glosses that span text nodes and several to a node, and undoes exactly', () => {
    const para =
      '網(wǎng)絡<b>實(shí)</b>現(xiàn)了電力系<i>統(t</i>ǒng)的升級(jí)，並(bìng)於(yú)今(jīn)年完成。';
    load(
      `<html><head><title>電網升級</title></head><body><article><h1>電網升級</h1>${Array(6)
        .fill(`<p>${para}${para}</p>`)
        .join('')}</article></body></html>`,
    );
    const htmlBefore = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- read-only comparison
    const { analysis, model } = analyzeWithModel(document);
    expect(analysis.glosses).toBe(6 * 2 * 8);
    expect(nodeRuns(model.glosses).length / 2).toBe(new Set(model.glosses.node).size);
    const undo = wrapGlosses(model, document);
    const wrapped = [...document.querySelectorAll(`[${GLOSS_ATTR}]`)].map((g) => g.textContent).join('');
    expect(wrapped).toBe('(wǎng)(shí)(xiàn)(tǒng)(jí)(bìng)(yú)(jīn)'.repeat(12));
    expect(model.text).not.toMatch(/[(（]/);
    // (A gloss that starts a node is that node, wrapped: no empty text node is left before it.)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) expect((t as Text).data).not.toBe('');
    undo();
    expect(document.body.innerHTML).toBe(htmlBefore); // eslint-disable-line no-restricted-syntax -- read-only comparison
  });

  it('wraps pieces that cut the model’s text one by one, and the model still maps', () => {
    const htmlBefore = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- read-only comparison
    const { model } = analyzeWithModel(document);
    // Two pieces inside the text of a paragraph's segment (no gloss there): the segment is cut.
    const seg = model.segments.end.findIndex((e, i) => e - (model.segments.start[i] as number) > 20);
    const node = model.segments.node[seg] as Text;
    const at = model.segments.nodeStart[seg] as number;
    const job = glossJob(model, document, {
      node: [node, node],
      start: [at + 3, at + 9],
      end: [at + 5, at + 12],
    });
    job.runAll();
    expect(document.querySelectorAll(`[${GLOSS_ATTR}]`).length).toBe(2);
    const s0 = model.segments.start[seg] as number;
    expect(rangeFor(model, s0, s0 + 15, document).toString()).toBe(model.text.slice(s0, s0 + 15));
    job.undo();
    expect(document.body.innerHTML).toBe(htmlBefore); // eslint-disable-line no-restricted-syntax -- read-only comparison
  });

  it('highlights figures and events through the fallback and restores the DOM', () => {
    const htmlBefore = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- read-only comparison
    const { analysis, model } = analyzeWithModel(document);
    const undoGlosses = wrapGlosses(model, document);
    const h = createHighlighter(document, model);
    expect(h.native).toBe(false);
    h.set('zhuji-event', analysis.events);
    h.set('zhuji-figure', analysis.figures);
    expect(h.count('zhuji-figure')).toBe(analysis.figures.length);
    const marks = [...document.querySelectorAll('zhuji-mark[data-kind=figure]')]
      .map((m) => m.textContent)
      .join('|');
    for (const f of analysis.figures.slice(0, 10)) expect(marks).toContain(f.text);
    for (const f of analysis.figures)
      expect(rangeFor(model, f.start, f.end, document).toString()).toBe(f.text);
    h.destroy();
    undoGlosses();
    expect(document.querySelectorAll('zhuji-mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(htmlBefore); // eslint-disable-line no-restricted-syntax -- read-only comparison
  });

  it('marks junk without removing it, never the article, and unmarks', () => {
    const { article } = analyzeWithModel(document);
    const undo = markJunk(
      article.junk.map((j) => j.el),
      article.root,
    );
    const marked = document.querySelectorAll(`[${JUNK_ATTR}]`);
    expect(marked.length).toBeGreaterThan(0);
    for (const el of marked) expect(el.contains(article.root)).toBe(false);
    undo();
    expect(document.querySelectorAll(`[${JUNK_ATTR}]`).length).toBe(0);
  });

  it('maps a selection to model offsets, across glosses', () => {
    const { model } = analyzeWithModel(document);
    wrapGlosses(model, document);
    const target = '全國總工會';
    const at = model.text.indexOf(target);
    const range = rangeFor(model, at, at + target.length, document);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionSpan(model, selection)).toEqual({ start: at, end: at + target.length });
  });
});

describe('SpanIndex', () => {
  it('finds the spans containing an offset, shortest first', () => {
    const index = new SpanIndex([
      { start: 0, end: 50, id: 'sentence' },
      { start: 10, end: 15, id: 'figure' },
      { start: 60, end: 70, id: 'other' },
    ]);
    expect(index.at(12).map((s) => s.id)).toEqual(['figure', 'sentence']);
    expect(index.at(15).map((s) => s.id)).toEqual(['sentence']);
    expect(index.at(55)).toEqual([]);
    expect(index.at(69).map((s) => s.id)).toEqual(['other']);
  });
});
