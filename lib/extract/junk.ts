/**
 * Junk blocks on the page: boilerplate containers (by tag and class/id words) and blocks whose
 * text is boilerplate (keyword stuffing joined by |, share bars, font-size controls, mobile
 * banners, copyright). Never the byline or the editor line.
 */
import type { Junk, JunkKind } from '../analysis';
import { stripGlosses } from '../text/gloss';
import { isMetaLine } from './blocks';
import { classAndId, isElement, isSkipped, normSpace, visibleText } from './dom';
import { collectParagraphs } from './paragraphs';
import { CONTENT_CLASS, JUNK_TAGS, isKeywordList, junkKindOfClass, junkKindOfText } from './patterns';

export interface JunkBlock extends Junk {
  el: Element;
}

const EXCERPT = 60;

function excerpt(s: string): string {
  const t = normSpace(stripGlosses(s));
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t;
}

function kindOf(el: Element, text: string): JunkKind | null {
  if (isKeywordList(text)) return 'keyword-list';
  const tag = el.tagName.toUpperCase();
  const cls = classAndId(el);
  const byClass = cls.trim() && !CONTENT_CLASS.test(cls) ? junkKindOfClass(cls) : null;
  if (byClass) return byClass;
  const byText = text.length < 200 ? junkKindOfText(text) : null;
  if (byText) return byText;
  return JUNK_TAGS[tag] ?? null;
}

/** Junk blocks, outermost first, in document order. `root` (the article) is never junk itself. */
export function findJunk(doc: Document, root: Element): JunkBlock[] {
  const out: JunkBlock[] = [];
  const body = doc.body ?? doc.documentElement;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!isElement(c) || isSkipped(c)) continue;
      const holdsRoot = c === root || c.contains(root);
      const text = normSpace(visibleText(c));
      if (!holdsRoot && text) {
        const kind = kindOf(c, text);
        if (kind && !isMetaLine(text)) {
          out.push({ kind, text: excerpt(text), el: c });
          continue;
        }
      }
      visit(c);
    }
  };
  visit(body);
  // Loose text blocks (no element of their own) inside containers that were kept.
  for (const p of collectParagraphs(body)) {
    if (out.some((j) => j.el.contains(p.container))) continue;
    const kind = isKeywordList(p.text) ? 'keyword-list' : p.text.length < 200 ? junkKindOfText(p.text) : null;
    if (kind && !isMetaLine(p.text) && !out.some((j) => j.el === p.container)) {
      out.push({ kind, text: excerpt(p.text), el: p.container });
    }
  }
  return out;
}
