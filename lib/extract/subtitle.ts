/**
 * The subtitle beside the headline, outside the story: a 副题 heading or line right after the
 * headline (`<h1>…</h1><h2>专家：…</h2>`, `<p class="subtitle">`), or a 引题 the template marks
 * right before it (`<h2 class="yinti">`). (A subtitle inside the story, before its byline, is
 * found with the body: see finishBody.)
 */
import { parseBylineLine } from './byline';
import { findDates } from './dates';
import { classAndId, linkedChars, normSpace, visibleText } from './dom';
import { junkKindOfText } from './patterns';

/** class/id words of a subtitle (副题, 引题) element. */
const SUB_CLASS =
  /sub[-_]?(?:title|head)|subtitle|fu[-_]?(?:title|biaoti)|fubiaoti|vice[-_]?title|second[-_]?title|yinti|pre[-_]?title|kicker|standfirst|\bdeck\b/;
/** Of those, the words of a 引题 (above the headline). */
const ABOVE_CLASS = /yinti|pre[-_]?title|kicker/;
const SUB_TAGS = new Set(['H2', 'H3', 'H4', 'h2', 'h3', 'h4']);

/**
 * The element's text when it reads as a subtitle: short, and not a sentence, a part of the
 * `title`, an info line, a date, a page label or a link; else ''.
 */
function subtitleText(el: Element, title: string): string {
  const text = normSpace(visibleText(el));
  // (A sentence that ends as one is the story's summary, not a subtitle.)
  if (text.length < 4 || text.length > 80 || /[。！？]$/.test(text) || title.includes(text)) return '';
  if (linkedChars(el) > text.length / 2) return '';
  if (findDates(text).length || junkKindOfText(text)) return '';
  const facts = parseBylineLine(text);
  if (facts.authors || facts.source || facts.editor || facts.ownPaper) return '';
  return text.replace(/^[—–-]{1,2}\s*/, '');
}

/**
 * The subtitle next to the headline (`found`: its element, or a block that holds it), outside
 * `root` (the story), or ''. In it: a line after a break (afterBreak). After the headline: its
 * next element (or its container's, when the headline closes it), a heading or an element whose
 * class names a subtitle. Before it: only an element whose class names a 引题.
 */
export function subtitleBeside(found: Element, title: string, root: Element): string {
  const broken = afterBreak(found, title);
  if (broken) return broken;
  // (A title block found whole, `<div class="title"><h1>…</h1><h3>…</h3></div>`: its heading.)
  let headline = found;
  if (found.firstElementChild)
    for (const h of found.querySelectorAll('h1, h2, h3'))
      if (normSpace(h.textContent ?? '') === title) {
        headline = h;
        break;
      }
  const usable = (el: Element | null): el is Element =>
    !!el && !el.contains(root) && !root.contains(el) && !el.contains(headline);
  let holder: Element | null = headline;
  for (let level = 0; holder && level < 2; level++, holder = holder.parentElement) {
    const next = holder.nextElementSibling;
    if (usable(next) && (SUB_TAGS.has(next.tagName) || SUB_CLASS.test(classAndId(next)))) {
      const text = subtitleText(next, title);
      if (text) return text;
    }
    if (next) break;
  }
  const before = headline.previousElementSibling;
  if (usable(before) && ABOVE_CLASS.test(classAndId(before))) return subtitleText(before, title);
  return '';
}

/**
 * The line after a break in the headline's element, when the headline is the line before it
 * (`<h1>港男頂證同志富商非禮<br><br>被誘拍裸照 慫恿當男妓</h1>`, <title> naming the first line
 * only), read as subtitleText reads an element; else ''.
 */
function afterBreak(el: Element, title: string): string {
  if (!el.querySelector('br')) return '';
  const text = normSpace(visibleText(el));
  if (!text.startsWith(title) || text.length - title.length < 4) return '';
  const rest = text.slice(title.length).trim();
  if (rest.length > 80 || /[。！？]$/.test(rest) || findDates(rest).length || junkKindOfText(rest)) return '';
  const facts = parseBylineLine(rest);
  return facts.authors || facts.source || facts.editor || facts.ownPaper ? '' : rest;
}
