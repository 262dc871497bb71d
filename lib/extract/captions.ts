/**
 * A photo's caption under the root: marked by its words, by its element's class, or repeating
 * the text of the picture right before it. (The body leaves captions out.)
 */
import { classAndId } from './dom';
import type { Paragraph } from './paragraphs';

/**
 * A photo's caption: marked as one (▲…, 图为…, 圖說：…, 左上图：…, 资料图：…, （左）美国林肯总统…, a
 * paper's 图 before the day: 图今天上午，…).
 */
const CAPTION_OPENER =
  /^\s*(?:[▲▼△▽]|[（(](?:左|右|上|下|中)[一二三四五\d]?[）)]|(?:图为|圖為|图说|圖說|图注|圖註|圖注)\s*[:：]?|(?:[左右]?[上下中]?|[左右])(?:图|圖)[一二三四五六\d]?\s*[:：]|(?:圖像來源|图像来源|圖像加註文字|图像加注文字)\s*[，,:：]|(?:资料图|資料圖)片?\s*[:：]|(?:图|圖)\s*(?=今天|今日|昨天|昨日|日前|近日|\d{1,2}月\d{1,2}日))/;
/**
 * …or closed by the photo's credit: （圖／業者提供）, 圖/傑昇提供, （記者王小明攝）, (Getty Images), a photo
 * agency's name (共享充电宝。视觉中国 资料), a screenshot's source (…方式。美国有线电视新闻网网站报道截图。), or by
 * what the photo is: （資料照）, （示意圖）;
 * a wire's with the day it was sent (（中央社記者吳家昇攝 109年3月1日）, （…記者姜遠珍仁川傳真 102年6月29日）).
 */
const CAPTION_CREDIT =
  /(?:[（(]\s*(?:(?:圖|图|照片|圖片|图片)(?:源|片來源|片来源)?\s*[／/｜|:：︰]\s*[^（()）]{1,20}|資料照片?|资料照片?|資料圖片?|资料图片?|示意圖|示意图|(?:[^（()）]{0,12}(?:攝|摄|翻攝|翻摄)(?:影)?|[^（()）記记]{0,6}(?:記者|记者)[^（()）]{1,10}(?:攝|摄|傳真|传真))(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?)\s*[）)]|(?:^|[。！？\s])(?:圖|图)\s*[／/]\s*[^\s/／。，]{2,16}|(?:^|[。！？\s])[^\s。，]{2,16}(?:供图|供圖)(?:\s+[^\s。，]{2,8})?|(?:^|[。！？\s])(?:视觉中国|視覺中國|东方IC|東方IC|人民视觉|人民視覺|图虫创意|圖蟲創意|IC\s?photo|CFP)(?:\s*(?:资料|資料)(?:图|圖|照片?)?)?|(?:^|[。！？\s])[^\s。，！？]{2,24}(?:截图|截圖|截屏)[。.]?)\s*$/;
/**
 * …or a line that is only a note on the pictures: what they are (资料图, 示意图, 截图, 网络图片), or
 * where they come from (图片来自网络, 文中图片均由受访者提供, 本文图片：新华社, 题图｜视觉中国).
 */
const PICTURE_NOTE =
  /^\s*(?:(?:资料|資料)(?:图|圖|照)片?|示意(?:图|圖)|(?:网络|網路|網絡)(?:图片|圖片)|截(?:图|圖)|(?:文中|本文|文内|文內)?(?:图片|圖片|照片|配图|配圖)均?(?:由|来自|來自|来源于|來源於|源自|取自)[^。！？，,]{1,20}?(?:提供)?(?:[，,]\s*(?:侵删|侵刪))?|(?:本文|文中)?(?:图片|圖片|照片|配图|配圖|题图|題圖|头图|頭圖|封面图|封面圖)(?:来源|來源)?\s*[:：︰|｜]\s*[^。！？\s]{1,20})[。.]?\s*$/;
/** A picture's credit in brackets (（圖︰宏達電提供）, （图源：联合国图片/Cia Pak）): a caption even when it is long. */
const PICTURE_CREDIT =
  /[（(]\s*(?:圖|图|照片|圖片|图片)(?:源|片來源|片来源)?\s*[／/｜|:：︰][^（()）]{1,20}[）)]\s*$/;

/**
 * A character or word every match of CAPTION_CREDIT holds (a bracket, 图/圖 of 图／ and 供图, 视/視
 * and IC of the agencies, CFP, 截 of a screenshot): a text without one is not tried, the regex
 * being tried at every position of it.
 */
const CREDIT_HINT = /[（(图圖视視截]|IC|CFP/;

/** Does the text close on a bracket, but for whitespace (as every match of PICTURE_CREDIT does)? */
function closesOnBracket(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('）') || t.endsWith(')');
}

/** Shortest text that repeating a picture's alt or title makes a caption. */
const REPEAT_MIN = 4;

/** `s` without whitespace. */
const squeezed = (s: string): string => s.replace(/\s+/g, '');

/**
 * What the page's pictures say, read once an extraction (see usePictures): the alt and title
 * texts (squeezed) and their shortest and longest lengths, and whether any <figcaption> or
 * <figure> is there.
 */
export interface Pictures {
  doc: Document;
  texts: Set<string>;
  shortest: number;
  longest: number;
  figcaptions: boolean;
}

let pictures: Pictures | null = null;
/** The page an extraction reads, and its pictures as its walk listed them (usePictures). */
let page: Document | null = null;
let listed: readonly Element[] | null = null;

/**
 * Start an extraction of `doc`, whose walk listed its <img>, <figure> and <figcaption> elements
 * (read by picturesOf when first asked: the page may have changed since the last extraction).
 * Null when the extraction is done.
 */
export function usePictures(doc: Document | null, elements: readonly Element[] | null = null): void {
  pictures = null;
  page = doc;
  listed = elements;
}

/** What the pictures of `doc` say: from its extraction's walk, else from the document. */
export function picturesOf(doc: Document): Pictures {
  if (pictures?.doc === doc) return pictures;
  const texts = new Set<string>();
  let shortest = Infinity;
  let longest = 0;
  let figures = false;
  const els: ArrayLike<Element> =
    page === doc && listed
      ? listed
      : [...doc.getElementsByTagName('img'), ...doc.querySelectorAll('figure, figcaption')];
  for (let i = 0; i < els.length; i++) {
    const pic = els[i] as Element;
    if (pic.tagName.toUpperCase() !== 'IMG') {
      figures = true;
      continue;
    }
    for (const said of [pic.getAttribute('alt'), pic.getAttribute('title')]) {
      const t = said ? squeezed(said) : '';
      if (t.length < REPEAT_MIN) continue;
      texts.add(t);
      shortest = Math.min(shortest, t.length);
      longest = Math.max(longest, t.length);
    }
  }
  const read = { doc, texts, shortest, longest, figcaptions: figures };
  // (Kept for the extraction's page only: another document is read each time it is asked.)
  if (page === doc) pictures = read;
  return read;
}

/**
 * Does the text repeat the alt or title of the picture in its element or right before it (in the
 * previous sibling of the element or of its parent: `<a><img alt=…></a><p>…</p>`)? A caption
 * that names no credit of its own (…的來臨。﹝路透﹞). (Only a text some picture says is looked
 * for in the DOM.)
 */
function repeatsPicture(text: string, el: Element, pics: Pictures): boolean {
  // (Squeezed, the text is no longer; whitespace aside, no shorter than half.)
  if (text.length < pics.shortest || text.length > pics.longest * 2) return false;
  const s = squeezed(text);
  if (!pics.texts.has(s)) return false;
  const says = (img: Element) =>
    squeezed(img.getAttribute('alt') ?? '') === s || squeezed(img.getAttribute('title') ?? '') === s;
  // (The picture inside the caption's own element: `<p><img alt="华人游行"><br>华人游行</p>`.)
  if (Array.prototype.some.call(el.getElementsByTagName('img'), says)) return true;
  for (let at: Element | null = el, up = 0; at && up < 2; at = at.parentElement, up++) {
    const prev = at.previousElementSibling;
    if (!prev) continue;
    const imgs = prev.tagName.toUpperCase() === 'IMG' ? [prev] : prev.getElementsByTagName('img');
    const img = imgs[imgs.length - 1];
    return !!img && says(img);
  }
  return false;
}

/** Is the element centered by the old attribute or a style? */
const centered = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'CENTER' ||
  (el.getAttribute('align') ?? '').toLowerCase() === 'center' ||
  /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');

/**
 * Is the element set under a picture as its caption, right after an element that holds a picture
 * and no text: holding a picture of its own (`<p align=center><img></p><p align=center><a>曹方</a>
 * <img>新专辑宣传照</p>`), or centered over prose that is not (a photo blog centers every line,
 * and each is its story), or centered alone at the end of the picture's box, inside blocks that
 * hold only it (a slideshow's caption laid over its slide: `<a><img></a><div><div><center>…`).
 * (Asked of short lines with no sentence's end only.)
 */
function underPicture(el: Element): boolean {
  // (Up from the line through the blocks that hold only it, to the first with an element before it.)
  let at = el;
  let up = 0;
  while (!at.previousElementSibling && up < 3) {
    const parent = at.parentElement;
    if (!parent || !onlyChild(at, parent)) return false;
    at = parent;
    up++;
  }
  let prev = at.previousElementSibling;
  // (An empty block or two between them: `<p align=center><img></p><p></p><p align=center>韩寒</p>`.)
  for (let k = 0; prev && k < 2 && blank(prev) && !holdsPicture(prev); k++)
    prev = prev.previousElementSibling;
  if (!prev || !blank(prev) || !holdsPicture(prev)) return false;
  if (el.getElementsByTagName('img').length) return true;
  if (!centered(el)) return false;
  // (Nor a centered link of the site's under it: `>>点击欣赏最新电视剧`.)
  let next = at.nextElementSibling;
  for (let k = 0; next && k < 4 && (blank(next) || linkOnly(next)); k++) next = next.nextElementSibling;
  return next ? !centered(next) : up > 0;
}

/** Is `el` all that `parent` holds, but blank text and comments? (Its own children only: no text read.) */
function onlyChild(el: Element, parent: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (c !== el && (c.nodeType === 1 || (c.nodeType === 3 && c.nodeValue?.trim()))) return false;
  return true;
}

/**
 * Does the element hold no text but whitespace (!textContent.trim())? Read text node by text
 * node, stopping at the first that holds some: the block before a short line may be the whole
 * story, or <head> with its scripts (a line alone under <body>), and its text is not copied.
 */
function blank(el: Element): boolean {
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      if (/\S/.test(n.nodeValue ?? '')) return false;
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return true;
}
const holdsPicture = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'IMG' || el.getElementsByTagName('img').length > 0;
/** Is all of the element's text inside one link? */
function linkOnly(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  return links.length === 1 && (links[0]?.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

/**
 * Is the run's text set under a picture in its own block, the line after it (`<center><img><br>
 * 爱戴领奖`): a picture (or a link around one), then a line break, and no text between? (Asked of
 * short lines with no sentence's end only, not of a heading.)
 */
function afterPictureBreak(p: Paragraph): boolean {
  let broke = false;
  for (let at = p.nodes[0]?.previousSibling ?? null, k = 0; at && k < 6; at = at.previousSibling, k++) {
    if (at.nodeType === 3) {
      if (at.nodeValue?.trim()) return false;
      continue;
    }
    if (at.nodeType !== 1) continue;
    const tag = (at as Element).tagName.toUpperCase();
    if (tag === 'BR') broke = true;
    else if (
      tag === 'IMG' ||
      (tag === 'A' && !at.textContent?.trim() && (at as Element).getElementsByTagName('img').length)
    )
      return broke;
    else return false;
  }
  return false;
}

/**
 * Is the element a <figcaption>, or inside one (up to three levels: `<figcaption><p>…`), or a
 * <figure> holding the text itself (`<figure><img><span class="cpt">…</span></figure>`)?
 */
function inFigcaption(el: Element): boolean {
  for (let at: Element | null = el, k = 0; at && k < 4; at = at.parentElement, k++) {
    const tag = at.tagName.toUpperCase();
    if (tag === 'FIGCAPTION' || (k === 0 && tag === 'FIGURE')) return true;
  }
  return false;
}

/** A writer's or an outlet's label: a line that credits them is no caption by its place alone. */
const CREDIT_LABEL = /(?:作者|来源|來源|记者|記者|文|撰文|编辑|編輯|责编|責編)\s*[:：]/;

/** Longest text a caption is read as for repeating its picture's text, or being a <figcaption>. */
const FIGURE_TEXT_MAX = 600;

/**
 * Is the paragraph a photo's caption? By its words, by its element (p.caption, <figcaption>),
 * or by repeating the picture's own text (however long: a credit may run for lines).
 */
export function isCaption(p: Paragraph, pics: Pictures): boolean {
  const text = p.text;
  if (text.length > FIGURE_TEXT_MAX) return false;
  const el = p.container;
  if (text.length <= 200) {
    if (
      text.length > 120
        ? closesOnBracket(text) && PICTURE_CREDIT.test(text)
        : CAPTION_OPENER.test(text) ||
          (CREDIT_HINT.test(text) && CAPTION_CREDIT.test(text)) ||
          (text.length <= 40 && PICTURE_NOTE.test(text))
    )
      return true;
    // (A video's title above its player is the video's caption: p.video-title.)
    if (/caption|video[-_]?title/.test(classAndId(el))) return true;
    // (Not a credit line set under the picture: 作者：平平  来源：兵姐扬眉, centered under a banner.)
    if (
      text.length <= 40 &&
      !/[。！？!?；;]/.test(text) &&
      !CREDIT_LABEL.test(text) &&
      (underPicture(el) || (!p.heading && afterPictureBreak(p)))
    )
      return true;
  }
  return (pics.figcaptions && inFigcaption(el)) || repeatsPicture(text, el, pics);
}
