/**
 * The headline: the part of <title> (or og:title) that a heading on the page confirms,
 * without the site suffix (`_中國臺灣網移動版`, ` - 新浪网`, ` | 聯合新聞網`).
 */
import { inDocumentOrder, inSkipped, normSpace, visibleText } from './dom';
import { NO_CLASS } from './patterns';
import { DATE_ONLY, isLatinBrand, isLatinSiteName, isSiteLike, titleSegments } from './title-segments';

/** The headline's candidates: h1–h5, and elements whose class or id holds one of these words. */
const CANDIDATE_TAGS = ['H1', 'H2', 'H3', 'H4', 'H5'];
const TITLE_WORDS = ['tit', 'headline', 'biaoti'];

/** The candidates as a selector (in any case), for the elements the page's walk does not enter. */
export const CANDIDATE_SELECTOR = [
  ...CANDIDATE_TAGS.map((t) => t.toLowerCase()),
  ...TITLE_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]),
].join(', ');

/** A class or id word of a title-like element, in a lower-cased classAndId. */
const TITLE_WORD = new RegExp(TITLE_WORDS.join('|'));

/**
 * Does CANDIDATE_SELECTOR match the element, by its tag (upper-cased) and classAndId? (The
 * page's walk asks, in script, of the elements it reads anyway.)
 */
export function isHeadingCandidate(tag: string, cls: string): boolean {
  return CANDIDATE_TAGS.includes(tag) || (cls !== NO_CLASS && TITLE_WORD.test(cls));
}

/**
 * Headings and title-like elements, in document order. `els`: the elements CANDIDATE_SELECTOR
 * matches, in document order, when the caller has them (the page's walk: walkPage's headings).
 */
export function headingCandidates(doc: Document, els?: readonly Element[]): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const body = doc.body ?? doc.documentElement;
  // Only elements that can qualify (the selector engine skips the rest natively), in document order.
  for (const el of els ?? inDocumentOrder(body.querySelectorAll(CANDIDATE_SELECTOR))) {
    const tag = el.tagName.toUpperCase();
    const heading = tag === 'H1' || tag === 'H2' || tag === 'H3';
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const text = normSpace(visibleText(el));
    if (text.length < 4 || text.length > 120) continue;
    if (!heading && el.getElementsByTagName('a').length > 2) continue;
    out.push({ el, text });
  }
  return out;
}

export const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Words of a headline (sentence punctuation or quotes, or longer than a site's name), not the
 * name of a site or a channel.
 */
export const headlineLike = (seg: string): boolean =>
  seg.length > 16 || /[，。！？、“”「」『』,!?]/.test(seg) || OFFICIAL_TITLE.test(seg);

/** An official document's title, however short: 关于举办大赛的通知, 關於調整收費的公告. */
const OFFICIAL_TITLE =
  /^(?:关于|關於).{2,}(?:通知|公告|通报|通報|通告|决定|決定|意见|意見|办法|辦法|规定|規定|批复|批覆|报告|報告|公示|说明|說明)$/;

export interface TitleResult {
  title: string;
  /** The element that shows the headline on the page, when found. */
  el: Element | null;
  /** The title is the longest of <title>'s segments, all of them short names, not headlines. */
  namesOnly?: boolean;
  /** A plain line that reads as a headline (plain-headline.ts): no heading or <title> confirms it. */
  plain?: boolean;
}

/** A label a heading may show before the headline: 独家, 【原创】, [视频]. */
const HEADING_LABEL =
  /^[【[［(（]?(?:独家|獨家|原创|原創|快讯|快訊|突发|突發|重磅|深度|专访|專訪|图文|圖文|组图|組圖|视频|視頻|直播|最新|热点|熱點)[】\]］)）]?[:：|｜]?$/;

/**
 * `clean` removes crawl artifacts (pinyin glosses) before comparing and returning; `headings`:
 * as headingCandidates takes them.
 */
export function findTitle(
  doc: Document,
  ogTitle: string,
  clean: (s: string) => string,
  headings?: readonly Element[],
): TitleResult {
  const raw = clean(normSpace(doc.title || doc.querySelector('text[title]')?.getAttribute('title') || ''));
  const heads = headingCandidates(doc, headings).map((h) => ({ el: h.el, text: clean(h.text) }));
  const sources = [raw, clean(ogTitle)].filter(Boolean);
  // 1. A heading that equals some leading segments of <title>/og:title (the site suffix dropped),
  //    else one that equals the whole of it. The whole comes first when its last part reads as
  //    a headline, not as a site's name: `专栏名 | 标题，……` is a column and its headline.
  for (const src of sources) {
    const segs = titleSegments(src);
    const full = squash(src);
    // (Not when <title> is the site's name alone, which a logo heading shows too: the headline is
    // then the heading right before the body, see headingBefore.)
    if (siteOnly(segs)) continue;
    const same = heads.find((h) => squash(h.text) === full);
    if (same && segs.length > 1 && headlineLike(segs[segs.length - 1] ?? ''))
      return { title: same.text, el: same.el };
    // A heading that shows the title up to the site's name, past the first segment (`图说洛阳|
    // 标题` of `图说洛阳| 标题 河南日报网-…`, a suffix no separator sets apart): the heading's words.
    const shown = heads.find((h) => {
      const t = squash(h.text);
      const rest = full.length - t.length;
      return (
        t.length > squash(segs[0] ?? '').length + 1 &&
        rest >= 2 &&
        rest <= 24 &&
        full.startsWith(t) &&
        !/[-|｜_–—:：]$/.test(t) &&
        // (Not a hidden copy of <title> without its code: `標題 - 晴報 - 港聞 - 要聞` of `… - D200807`.)
        !inSkipped(h.el)
      );
    });
    if (shown && segs.length > 1 && headlineLike(shown.text)) return { title: shown.text, el: shown.el };
    let hit = matchSegments(segs, heads, segs.length - 1);
    // (A heading the reader sees before a hidden copy of <title> with more of its segments: the
    // template's share title, `標題 - 晴報 - 港聞 - 要聞`, under an <h1> of the headline.)
    if (hit && inSkipped(hit.el))
      hit =
        matchSegments(
          segs,
          heads.filter((h) => !inSkipped(h.el)),
          segs.length - 1,
        ) ?? hit;
    if (hit) return mainHeading(hit.el, headlineFromSource(src, hit.segs));
    // A heading that is the headline with a label before it (独家, 【原创】): the headline.
    const head = segs.length > 1 ? squash(segs[0] ?? '') : '';
    const labelled =
      head.length >= 6 &&
      heads.find((h) => {
        const t = squash(h.text);
        return t.endsWith(head) && HEADING_LABEL.test(t.slice(0, t.length - head.length));
      });
    if (labelled) return { title: headlineFromSource(src, [segs[0] ?? '']), el: labelled.el };
    if (same) return { title: same.text, el: same.el };
    const whole = segs.length > 1 ? matchSegments(segs, heads, segs.length) : null;
    if (whole) return { title: headlineFromSource(src, whole.segs), el: whole.el };
  }
  // 2. A heading contained in <title> (not in its last segment: the site's name, which a
  //    logo or footer heading shows too).
  let best: { el: Element; text: string } | null = null;
  const rawSegs = titleSegments(raw);
  const lastSeg = rawSegs[rawSegs.length - 1] ?? '';
  const site = rawSegs.length > 1 && !headlineLike(lastSeg) ? squash(lastSeg) : '';
  for (const h of siteOnly(rawSegs) ? [] : heads) {
    if (
      squash(raw).includes(squash(h.text)) &&
      !(site && site.includes(squash(h.text))) &&
      h.text.length >= 6 &&
      (!best || h.text.length > best.text.length)
    ) {
      best = h;
    }
  }
  if (best) return { title: best.text, el: best.el };
  // 3. The longest segment of og:title or <title>. When every segment is a short name (北医新闻网_
  //    (新闻), 新闻动态--中国地理学会官网), the page's heading right before the body may be the
  //    headline (see headingBefore).
  for (const src of [clean(ogTitle), raw]) {
    const segs = titleSegments(src);
    const namesOnly = segs.every((seg) => (seg.length <= 12 && !headlineLike(seg)) || isLatinSiteName(seg));
    // (Not a site's name when another segment is left: 央视网(cctv.com), 新京报, BBC News 中文; nor
    // a date.)
    const named = segs.filter(
      (seg) => !isLatinBrand(seg) && !DATE_ONLY.test(seg) && (namesOnly || !isSiteLike(seg)),
    );
    const story = named.length ? named : segs;
    const pick = (xs: string[]): string => xs.reduce((a, b) => (b.length > a.length ? b : a), '');
    let longest = pick(story);
    if (longest.length < 4) longest = pick(segs);
    if (longest.length >= 4 || (namesOnly && longest.length >= 2))
      return { title: longest, el: null, namesOnly };
  }
  // (No <title>: the heading right before the body, see headingBefore; else the page's first h1,
  // which may be its logo.)
  const h1 = heads.find((h) => h.el.tagName === 'H1');
  return { title: h1?.text ?? raw, el: null, namesOnly: true };
}

/** Is <title> (its segments) the site's name alone: 聯合新聞網, 松花江网, TVBS, ETtoday 新聞雲? */
const siteOnly = (segs: readonly string[]): boolean =>
  segs.length === 1 && (isSiteLike(segs[0] ?? '') || isLatinBrand(segs[0] ?? ''));

/**
 * Is the <title> line findTitle fell back on one the page does not show, and no site's name (a
 * site's slogan after its name: 風傳媒 一個有國際觀、專注揭弊…的新媒體！)? `paragraphs`: the
 * page's.
 */
export function unshownTitle(title: TitleResult, paragraphs: readonly { text: string }[]): boolean {
  const t = title.title;
  // (What is left of it besides the site's names: 三立新聞網 SETN.COM leaves nothing. A line of
  // four Latin words or more is a headline, not a brand: a translated page's English <title>.)
  const words = t.split(/\s+/);
  const sentence = words.filter((w) => /^[A-Za-z][A-Za-z'’.,:;?!-]*$/.test(w)).length >= 4;
  const rest = sentence ? words : words.filter((w) => !isSiteLike(w) && !isLatinBrand(w));
  return !title.el && rest.join('').length >= 6 && !paragraphs.some((p) => p.text.includes(t));
}

/** A squashed text without the characters that separate <title>'s segments. */
const unseparated = (squashed: string): string => squashed.replace(/[|｜│_\-–—:：»>@]+/g, '');

/** A page's footer, by its tag or its class or id. */
const FOOTER = 'footer, [id*="footer" i], [class*="footer" i]';

/**
 * The longest run of segments (at most `maxN`) that a heading shows: of runs as long, one that
 * reads as a headline, else one a heading outside the footer shows, else the earliest.
 */
function matchSegments(
  segs: string[],
  heads: { el: Element; text: string }[],
  maxN: number,
): { segs: string[]; el: Element } | null {
  // (Each heading squashed once, with and without separators, for every run of segments.)
  const keys = heads.map((h) => {
    const t = squash(h.text);
    return { el: h.el, t, bare: unseparated(t) };
  });
  // A heading that shows a run of segments exactly comes before one that only starts with a
  // run (sina's h1 is the first segment; another story's heading, 苹果新品发布会…, starts with
  // the keywords 苹果|新品 after it).
  for (const exact of [true, false]) {
    for (let n = maxN; n >= 1; n--) {
      // Of the runs of n segments that headings show, the first that reads as a headline, else
      // the first a heading outside the footer shows (`即時新聞 - 時事脈搏 - 標題 - 信報網站`: the
      // footer's site map shows the channel in an <h2>), else the first.
      let found: { segs: string[]; el: Element; rank: number } | null = null;
      for (let i = 0; i + n <= segs.length; i++) {
        // A lone last segment is the site name (a logo heading shows it too), not the headline.
        if (n === 1 && segs.length > 1 && i === segs.length - 1) continue;
        const joined = segs.slice(i, i + n);
        // So are the last segments after a headline, when they read as no headline (a logo's
        // `Academia | SG` of `面对种族歧视，务必认清问题 - Academia | SG`).
        if (
          i > 0 &&
          i + n === segs.length &&
          !headlineLike(joined.join(' ')) &&
          segs.slice(0, i).some(headlineLike)
        )
          continue;
        const seg = squash(joined.join(''));
        if (seg.length < 4) continue;
        // (A heading may show several segments with their separator: 新竹尖石_美樹營地賞楓 (2) of
        // `新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家`.)
        const bare = n > 1 ? unseparated(seg) : '';
        for (const { el, t, bare: tBare } of keys) {
          if (
            t === seg ||
            (bare && tBare === bare) ||
            (!exact && t.startsWith(seg) && t.length - seg.length <= 25)
          ) {
            const rank = headlineLike(joined.join(' ')) ? 2 : el.closest(FOOTER) ? 0 : 1;
            if (!found || rank > found.rank) found = { segs: joined, el, rank };
            break;
          }
        }
        if (found?.rank === 2) break;
      }
      if (found) return { segs: found.segs, el: found.el };
    }
  }
  return null;
}

/** A headline's element, by its class: 主题 among 引题 and 副题 (`article-details__main-headline`). */
const MAIN_CLASS = /main|zhuti|primary/i;

/**
 * The headline, where <title> joined it with its 副题 and the element matched is a block of both
 * headings: `<div class="article-title-widget"><h3 class="…main-headline">港人首置上車盤 或市價一半</h3>
 * <h3 class="…lower-headline">轉售擬設限 …</h3>` under `港人首置上車盤 或市價一半 轉售擬設限 … - 晴報`.
 * The main one is the heading of the highest rank, or of the one its class names so.
 */
function mainHeading(el: Element, title: string): TitleResult {
  if (/^H\d$/.test(el.tagName) || !el.firstElementChild) return { title, el };
  const heads = Array.from(el.querySelectorAll('h1, h2, h3, h4')).filter((h) =>
    normSpace(h.textContent ?? ''),
  );
  if (heads.length < 2 || heads.map((h) => squash(h.textContent ?? '')).join('') !== squash(title))
    return { title, el };
  const named = heads.filter((h) => MAIN_CLASS.test(h.getAttribute('class') ?? ''));
  const top = Math.min(...heads.map((h) => Number(h.tagName[1])));
  const ranked = heads.filter((h) => Number(h.tagName[1]) === top);
  const main = named.length === 1 ? named[0] : ranked.length === 1 ? ranked[0] : undefined;
  return main ? { title: normSpace(main.textContent ?? ''), el: main } : { title, el };
}

/** The text of the source between the first and last chosen segment (keeps inner separators). */
function headlineFromSource(src: string, segs: string[]): string {
  const first = segs[0] ?? '';
  const last = segs[segs.length - 1] ?? '';
  const a = src.indexOf(first);
  const b = src.indexOf(last, a) + last.length;
  return a >= 0 && b > a ? normSpace(src.slice(a, b)) : segs.join(' ');
}
