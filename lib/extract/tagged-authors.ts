/**
 * The authors a template tags rather than writes in a byline: rel=author links, microdata, an
 * element named for its author, the author meta tag (extractMetadata's fallback).
 */
import { classAndId, inDocumentOrder, nextElementUnder, normSpace } from './dom';
import type { MetaTags } from './meta-tags';
import { isPersonName, OUTLET_END } from './names';
import type { Paragraph } from './paragraphs';
import { hasCommonSurname } from './surnames';
import { TRAILING_TIME } from './unkeyed-credits';

/**
 * Names from rel=author links or an article:author meta tag (`吳玫穎, 中時電子報`). Many sites
 * put their own name there (網易, 新浪科技): a name that is the source or part of the site's
 * title suffix is the outlet, not a person.
 */
export function taggedAuthors(
  doc: Document,
  tags: MetaTags,
  outlet: string,
  headline: string,
  paragraphs: Paragraph[],
): string[] {
  const site = `${tags.siteName} ${(doc.title ?? '').replace(headline, ' ')} ${outlet}`;
  const person = (t: string) =>
    /^[\u4e00-\u9fff]{2,4}$/.test(t) && isPersonName(t) && !OUTLET_END.test(t) && !site.includes(t);
  const rel = inDocumentOrder(doc.querySelectorAll('a[rel~="author"], [itemprop="author"]'))
    .map((a) => normSpace(a.textContent ?? ''))
    .filter(person);
  if (rel.length) return [...new Set(rel)];
  // What the reader sees in the template's author element comes before what JSON-LD or a meta
  // tag says (a page may credit an editor there).
  const shown = classedAuthors(paragraphs, person, headline);
  if (shown.length) return shown;
  // (`陳宥蓁／綜合報導`, `鄭惟仁 鍾建剛／編譯`: the names, without the desk's word after their slash.)
  const tagged = tags.author.replace(
    /\s*[／/╱]\s*[\u4e00-\u9fff]{0,6}(?:報導|报道|報道|报导|編譯|编译)$/,
    '',
  );
  // (Names in Latin letters, each between commas: `KEITH BRADSHER,ANA SWANSON`.)
  const parts = tagged.split(/\s*[,、，;；]\s*|\s+(?:and|&)\s+/).filter(Boolean);
  if (parts.length && parts.every((t) => LATIN_NAME.test(t) && !site.includes(t))) return parts;
  // (`Newtalk新聞 |張語涵 台北市報導`: the site's name and the byline, between bars.)
  return tagged.split(/[\s,、，|｜]+/).filter(person);
}

/** A person's name in Latin letters: two to four words, each capitalised (David E. Sanger). */
const LATIN_NAME = /^[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3}$/;

const AUTHOR_CLASS = /author|reporter|byline|writer|zuozhe|jizhe/;
const COMMENT_CLASS = /comment|reply|discuss|pinglun/;

/**
 * Names alone in an element the template names for its author (`<div class="author"><a>謝明俊</a>`),
 * not inside comments (whose posters are "authors" too): the first such element that holds names.
 */
function classedAuthors(paragraphs: Paragraph[], person: (t: string) => boolean, headline: string): string[] {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    // (Or a name in an element so named inside the info line: 腾讯's `09:47 环球时报 [微博]
    // <span class="auth">单仁平</span>`.)
    if (i < INFO_LINES && p.text.length <= 80 && /\d[:：]\d{2}/.test(p.text)) {
      const named = inlineAuthor(p.container, person);
      if (named) return [named];
    }
    // (The template's time may sit beside the name: `谢若含 2017-03-01 14:27:02`.)
    // (Only a line that may be a name, with a time after it or not, is asked for its class.)
    const len = p.text.length;
    if (len > 60 || (len > 24 && !/\d$/.test(p.text)) || !AUTHOR_CLASS.test(classAndId(p.container)))
      continue;
    const bare = p.text.replace(TRAILING_TIME, '');
    if (bare.length > 24) continue;
    let inComments = false;
    for (let el: Element | null = p.container; el && !inComments; el = el.parentElement)
      inComments = COMMENT_CLASS.test(classAndId(el));
    if (inComments || inTeaser(p.container, headline)) continue;
    // (Or the site's desk before a slash: `上報快訊／范姜佳鈺`.)
    const parts = bare
      // (文 only as a key, before a mark or a space: not the 文 of 文章总阅读, a card's counters.)
      .replace(/^(?:作者|記者|记者|撰文)\s*[:：]?\s*|^文(?:\s*[:：/／]\s*|\s+)/, '')
      .replace(/^[\u4e00-\u9fff]{2,8}?(?:快訊|快讯|中心|組|组)\s*[／/]\s*/, '')
      .split(/[\s,、，/／]+/)
      // (Not the column the headline opens with: `胡欣男 、新聞透視` under 新聞透視》黑道變網紅….)
      .filter((t) => !(t.length >= 2 && headline.includes(t) && !person(t)));
    // (No byline key vouches for these words: each must start with a common surname too.)
    if (parts.length && parts.every((t) => person(t) && hasCommonSurname(t))) return [...new Set(parts)];
  }
  return [];
}

/** How many of the page's first paragraphs may be the info line. */
const INFO_LINES = 120;

/** A class naming an author's element: auth, author, note-author, author_name. */
const AUTH_CLASS = /(?:^|[\s_-])auth(?:or)?(?:$|[\s_-])/i;

/**
 * The person's name alone in an element classed for its author under `el` (auth, author,
 * 豆瓣's note-author), among its first elements, if any.
 */
function inlineAuthor(el: Element, person: (t: string) => boolean): string {
  let seen = 0;
  for (let at = el.firstElementChild; at && seen < 40; at = nextElementUnder(at, el), seen++) {
    if (!AUTH_CLASS.test(at.getAttribute('class') ?? '')) continue;
    const t = normSpace(at.textContent ?? '');
    if (person(t) && hasCommonSurname(t)) return t;
  }
  return '';
}

/**
 * Is the element part of another story's teaser: within three levels up, a block headed by a
 * headline that is not the page's (相关阅读's cards: <h2>…</h2><p>…</p><div class="author">孙卓 …)?
 */
function inTeaser(el: Element, headline: string): boolean {
  let up: Element | null = el;
  for (let i = 0; i < 3 && up; i++, up = up.parentElement) {
    const h = up.querySelector('h2, h3, h4');
    const text = h ? normSpace(h.textContent ?? '') : '';
    // (A shorter heading in one of a row of cards alike: 《徒步中國》 over a columnist's name.)
    const least = isCard(up) ? 2 : 8;
    if (text.length >= least && !LABEL.test(text) && !text.includes(headline) && !headline.includes(text))
      return true;
  }
  return false;
}

/** A heading that labels the author's own box: 作者簡介, 關於記者. */
const LABEL = /作者|記者|记者|簡介|简介|專欄|专栏/;

/** Is the element one of a row of cards: one of its two nearest siblings each way has its tag and class? */
function isCard(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const same = (s: Element | null) => !!s && s.tagName === el.tagName && s.getAttribute('class') === cls;
  const before = el.previousElementSibling;
  const after = el.nextElementSibling;
  return (
    same(before) ||
    same(after) ||
    same(before?.previousElementSibling ?? null) ||
    same(after?.nextElementSibling ?? null)
  );
}
