// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../../lib/extract/paragraphs';
import { buildTextModel, glossRanges, offsetOf, rangeFor } from '../../../lib/extract/text-model';

function modelOf(html: string) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const parser = new DOMParser();
  const parsed = parser.parseFromString(`<div>${html}</div>`, 'text/html');
  root.append(
    ...Array.from(parsed.body.firstElementChild?.childNodes ?? []).map((n) => document.importNode(n, true)),
  );
  const paras = collectParagraphs(root);
  return {
    root,
    model: buildTextModel(paras.map((p) => ({ nodes: p.nodes, heading: p.heading, listing: p.listing }))),
  };
}

describe('text model', () => {
  it('joins paragraphs with \\n, collapses whitespace and removes glosses', () => {
    const { model } = modelOf(
      '<p>  實(shí)現(xiàn)  職工 </p><p><strong>工會法修改</strong></p><p>第三段<br>第四段</p>',
    );
    expect(model.text).toBe('實現 職工\n工會法修改\n第三段\n第四段');
    expect(model.blocks.map((b) => b.heading)).toEqual([false, true, false, false]);
    expect(model.glosses.node).toHaveLength(2);
    expect(model.glossCount).toBe(2);
  });

  it("keeps a <pre>'s line breaks: each line a block of its own, mapped back to the DOM", () => {
    const { model, root } = modelOf(
      '<pre>\n    7月11日，市政府召开会议。  副市长出席。\r\n\n    会议指出，降雨量偏多<b>三成</b>。\n</pre><p>其后 一段</p>',
    );
    expect(model.text).toBe('7月11日，市政府召开会议。 副市长出席。\n会议指出，降雨量偏多三成。\n其后 一段');
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual([
      '7月11日，市政府召开会议。 副市长出席。',
      '会议指出，降雨量偏多三成。',
      '其后 一段',
    ]);
    const second = model.blocks[1]!;
    expect(rangeFor(model, second.start, second.end, document).toString()).toBe('会议指出，降雨量偏多三成。');
    const bold = root.querySelector('b')?.firstChild as Text;
    expect(offsetOf(model, bold, 0)).toBe(second.start + 10);
    // (Outside a <pre>, a line break in the source is a space, as a browser shows it.)
    expect(modelOf('<p>第一行\n第二行</p>').model.text).toBe('第一行 第二行');
  });

  it('maps every offset back to the DOM, across inline elements', () => {
    const { model, root } = modelOf('<p>全國<b>328.13</b>萬人參加</p><p>第二段文字</p>');
    expect(model.text).toBe('全國328.13萬人參加\n第二段文字');
    for (const [a, b] of [
      [0, 2],
      [2, 11],
      [2, 8],
      [12, 17],
      [5, 14],
    ] as const) {
      expect(rangeFor(model, a, b, document).toString().replace(/\s/g, '')).toBe(
        model.text.slice(a, b).replace(/\n/g, ''),
      );
    }
    const bold = root.querySelector('b')?.firstChild as Text;
    expect(offsetOf(model, bold, 0)).toBe(2);
    expect(offsetOf(model, bold, 3)).toBe(5);
  });

  it('skips gloss text in ranges and gives the glosses their own ranges', () => {
    const { model } = modelOf('<p>網(wǎng)站實(shí)現(xiàn)</p>');
    expect(model.text).toBe('網站實現');
    expect(rangeFor(model, 0, 2, document).toString()).toBe('網(wǎng)站');
    expect(rangeFor(model, 2, 4, document).toString()).toBe('實(shí)現');
    expect(glossRanges(model, document).map((r) => r.toString())).toEqual(['(wǎng)', '(shí)', '(xiàn)']);
  });

  it('maps garbled spans into the model and never changes the document', () => {
    const { model, root } = modelOf('<p>實(shí)現(xiàn)獎?wù)潞?297個</p>');
    const before = root.textContent;
    expect(model.text).toBe('實現獎?wù)潞?297個');
    expect(model.garbled.map((g) => model.text.slice(g.start, g.end))).toEqual(['?wù)潞?']);
    rangeFor(model, 0, 3, document);
    expect(root.textContent).toBe(before);
  });
});
