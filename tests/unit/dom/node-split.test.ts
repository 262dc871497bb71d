// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../../lib/extract/paragraphs';
import { buildTextModel, offsetOf, rangeFor, type TextModel } from '../../../lib/extract/text-model';
import { joinKeepingModel, splitKeepingModel } from '../../../lib/dom/node-split';

/** The character each model offset maps to, through rangeFor and back through offsetOf. */
function mapping(model: TextModel): string[] {
  const out: string[] = [];
  for (let i = 0; i < model.text.length; i++) {
    if (model.text[i] === '\n') continue;
    const r = rangeFor(model, i, i + 1, document);
    out.push(`${i}:${r.toString()}:${offsetOf(model, r.startContainer, r.startOffset)}`);
  }
  return out;
}

describe('node split', () => {
  it('keeps every model offset on its character through splits (inside segments too) and joins', () => {
    const parsed = new DOMParser().parseFromString(
      '<div><p>  實(shí)現(xiàn)  職工 工會 </p><p>全國<b>328.13</b>萬人</p></div>',
      'text/html',
    );
    document.body.replaceChildren(document.importNode(parsed.body.firstElementChild!, true));
    const model = buildTextModel(
      collectParagraphs(document.body.firstElementChild!).map((p) => ({ nodes: p.nodes, heading: false })),
    );
    const before = mapping(model);
    const first = document.querySelector('p')!.firstChild as Text;
    const undo: (() => void)[] = [];
    // Cuts inside a segment, at a gloss edge and inside a whitespace run.
    for (const at of [20, 15, 9, 3, 1]) {
      const tail = splitKeepingModel(model, first, at);
      undo.push(() => joinKeepingModel(model, first, tail));
      expect(mapping(model)).toEqual(before);
    }
    const bold = document.querySelector('b')!.firstChild as Text;
    const tail = splitKeepingModel(model, bold, 2);
    expect(mapping(model)).toEqual(before);
    joinKeepingModel(model, bold, tail);
    for (const step of undo.reverse()) step();
    expect(mapping(model)).toEqual(before);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });
});
