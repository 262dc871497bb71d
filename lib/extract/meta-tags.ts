/**
 * Machine-readable metadata: <meta> tags, JSON-LD, <link rel=canonical>, <time datetime>.
 */
import { nextElementUnder, normSpace } from './dom';

export interface MetaTags {
  title: string;
  /** The outlet a meta tag names (ContentSource), or ''. */
  source: string;
  siteName: string;
  published: string;
  author: string;
  description: string;
  canonical: string;
  /** JSON-LD @type of the article, if any. */
  jsonLdType: string;
  /**
   * A JSON-LD @type that says the page is no article (`QAPage`, `DiscussionForumPosting`,
   * `SearchResultsPage` …), if any.
   */
  jsonLdPageType: string;
  /** og:type (`article`, `website`, `video.other` …). */
  ogType: string;
  /** The visible text of the <time> element that shows the published time (`06/02/2022 - 13:48`). */
  shownTime: string;
  /** `<meta name="generator">`: the software that made the page (`MediaWiki 1.39`). */
  generator: string;
  /** `<meta name="keywords">`, as written. */
  keywords: string;
  /** The page's <script> elements, in document order (scriptTimes reads them). */
  scripts?: readonly Element[];
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:release_date',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'publish_time',
  'pubtime',
  // (Sina's and Weibo's article pages.)
  'weibo: article:create_at',
  'publish-date',
  'article.published',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  // (東方日報's, a day's code: 20230329.)
  'articledate',
];

/**
 * The elements readMetaTags reads, each kind in document order: the <script> elements too, for
 * scriptTimes.
 */
interface TagElements {
  metas: Element[];
  jsonLds: Element[];
  scripts: Element[];
  time: Element | null;
  canonical: Element | null;
  /** The first element but a <meta> or <time> of itemprop="datePublished" (microdata). */
  itemDate: Element | null;
}

/** `[type="application/ld+json"]`, `[datetime]`, `[rel~="canonical"]`, as an HTML page compares them. */
const isJsonLd = (el: Element): boolean => el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
const isCanonical = (el: Element): boolean =>
  (el.getAttribute('rel') ?? '')
    .toLowerCase()
    .split(/[ \t\n\f\r]+/)
    .includes('canonical');

const TAGGED = 'meta, script, time, link, [itemprop="datePublished"]';

/** Is the element microdata's publication time (`<div itemprop="datePublished">2024年10月24日</div>`)? */
export const isItemDate = (el: Element): boolean => el.getAttribute('itemprop') === 'datePublished';

/**
 * The page's TAGGED elements in document order: the body's from `bodyTagged` (the page's walk
 * lists them) and the rest's by a walk of their elements; else from one query of the page by
 * tag. (A query's selector is parsed anew in every document and costs a walk of the page; jsdom
 * matches tag names many times faster than attributes.)
 */
function taggedElements(doc: Document, bodyTagged?: readonly Element[]): readonly Element[] {
  const top = doc.documentElement;
  const body = doc.body;
  if (!bodyTagged || !top || !body || body === top) return Array.from(doc.querySelectorAll(TAGGED));
  const out: Element[] = [];
  for (let child = top.firstElementChild; child; child = child.nextElementSibling) {
    if (child === body) for (let i = 0; i < bodyTagged.length; i++) out.push(bodyTagged[i] as Element);
    else addTagged(child, out);
  }
  return out;
}

/** Is a tag (upper-cased) one of TAGGED's? */
export const isTaggedTag = (tag: string): boolean =>
  tag === 'META' || tag === 'SCRIPT' || tag === 'TIME' || tag === 'LINK';

/** `root` and the elements under it onto `out`, those that are TAGGED, in document order. */
function addTagged(root: Element, out: Element[]): void {
  for (let el: Element | null = root; el; el = nextElementUnder(el, root))
    if (isTaggedTag(el.tagName.toUpperCase())) out.push(el);
}

function tagElements(doc: Document, bodyTagged?: readonly Element[]): TagElements {
  const out: TagElements = {
    metas: [],
    jsonLds: [],
    scripts: [],
    time: null,
    canonical: null,
    itemDate: null,
  };
  for (const el of taggedElements(doc, bodyTagged)) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') out.metas.push(el);
    else if (tag === 'SCRIPT') {
      out.scripts.push(el);
      if (isJsonLd(el)) out.jsonLds.push(el);
    } else if (tag === 'TIME') {
      if (!out.time && el.hasAttribute('datetime')) out.time = el;
    } else if (tag !== 'LINK') out.itemDate ??= el;
    else if (!out.canonical && isCanonical(el)) out.canonical = el;
  }
  return out;
}

function metaMap(metas: readonly Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !map.has(key)) map.set(key, normSpace(content));
  }
  return map;
}

interface JsonLdInfo {
  headline: string;
  published: string;
  author: string;
  publisher: string;
  type: string;
  pageType: string;
}

/** schema.org page types that are no article: questions and answers, forum threads, lists. */
const NOT_ARTICLE_TYPE =
  /^(QAPage|DiscussionForumPosting|SearchResultsPage|CollectionPage|ProfilePage|ItemList)$/;

function jsonLd(scripts: readonly Element[]): JsonLdInfo {
  const out: JsonLdInfo = { headline: '', published: '', author: '', publisher: '', type: '', pageType: '' };
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const raw of items) {
      const graph = (raw as { '@graph'?: unknown[] })?.['@graph'];
      for (const item of Array.isArray(graph) ? graph : [raw]) {
        if (!item || typeof item !== 'object') continue;
        const o = item as Record<string, unknown>;
        // Baidu's "cambrian" markup, common on Chinese sites: no @type, a pubDate in Beijing time.
        if (/cambrian/.test(String(o['@context'] ?? ''))) out.published ||= str(o.pubDate);
        const type = String(o['@type'] ?? '');
        if (NOT_ARTICLE_TYPE.test(type)) out.pageType ||= type;
        if (!/Article|NewsArticle|BlogPosting|Report/i.test(type)) continue;
        out.type ||= type;
        out.headline ||= str(o.headline);
        out.published ||= str(o.datePublished);
        out.author ||= names(o.author);
        out.publisher ||= names(o.publisher);
      }
    }
  }
  return out;
}

/**
 * The outlet the JSON-LD says both wrote and published the article, when it names one in hanzi
 * (a transcript site's 新闻联播 page: author and publisher 中国中央电视台, og:site_name the
 * site's own name): it is the source over the site that shows it. '' when none, or a company's.
 */
function ownPublisher(ld: JsonLdInfo): string {
  const p = ld.publisher;
  return p && p === ld.author && /^[\u4e00-\u9fff]{2,12}$/.test(p) && !/公司$/.test(p) ? p : '';
}

/**
 * A value without the markup some CMSs and templates leave in it, each tag giving way to `joiner`
 * (a meta tag's 标题<div>——副题</div> joins; JSON-LD's names, `<a>草禾</a>`, stay apart).
 */
const withoutTags = (v: string, joiner = ''): string =>
  normSpace(v.includes('<') ? v.replace(/<[^<>]*>/g, joiner) : v);

const str = (v: unknown): string => (typeof v === 'string' ? normSpace(v) : '');

/**
 * The names JSON-LD gives (a string, a Person's name, a list of them), without the markup some
 * templates leave in them (`<a href="/author/5906">草禾</a>`: the link's text).
 */
function names(v: unknown): string {
  if (typeof v === 'string') return withoutTags(v, ' ');
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(' ');
  if (v && typeof v === 'object') return names((v as Record<string, unknown>).name);
  return '';
}

/**
 * Publish-time variables that news templates set in inline scripts (`newsTime = '1398840577'`,
 * `"ptime":"2019-12-03 09:12:40"`, `var pubtime = …`, `ejValue['publishDateTime']="…"`, the WeChat
 * template's `var ct = "…"`):
 * a table of names many sites share, never a bare `time` or `date`.
 */
const SCRIPT_TIME_RE =
  /\b(?:pub(?:lish(?:ed)?)?_?(?:time|date)(?:_?time)?(?:_?stamp)?|ptime|news_?(?:time|date)|release_?(?:time|date)|post_?time|date_?published|published_?at|var\s+ct)["']?\]?\s*[:=]\s*["']?(\d{10}(?:\d{3})?(?!\d)|\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)/gi;

/** Only so much script text is read, per script and in all: data blobs can run to megabytes. */
const SCRIPT_SCAN_CHARS = 200_000;
const SCRIPTS_SCAN_CHARS = 1_000_000;

/**
 * The code of the page's inline scripts (no src, no JSON-LD, no template), in document order,
 * within SCRIPT_SCAN_CHARS each and SCRIPTS_SCAN_CHARS in all. `scripts`: the page's <script>
 * elements when the caller has them (MetaTags.scripts).
 */
export function* inlineScripts(doc: Document, scripts?: readonly Element[]): Generator<string> {
  let budget = SCRIPTS_SCAN_CHARS;
  for (const s of scripts ?? Array.from(doc.querySelectorAll('script'))) {
    if (budget <= 0) return;
    if (s.hasAttribute('src') || /ld\+json|template|html/i.test(s.getAttribute('type') ?? '')) continue;
    const text = (s.textContent ?? '').slice(0, Math.min(SCRIPT_SCAN_CHARS, budget));
    budget -= text.length;
    yield text;
  }
}

/** Publish times set in the page's inline scripts, in document order, as written. */
export function scriptTimes(doc: Document, scripts?: readonly Element[]): string[] {
  const out: string[] = [];
  for (const text of inlineScripts(doc, scripts)) {
    SCRIPT_TIME_RE.lastIndex = 0;
    for (let m = SCRIPT_TIME_RE.exec(text); m; m = SCRIPT_TIME_RE.exec(text)) if (m[1]) out.push(m[1]);
  }
  return out;
}

/**
 * A meta value cut short by an unescaped quote in the markup (`content="超時工作不改 "法朋"太血汗!"`
 * ends at the second `"`): the page's <title> when it goes on from the value with that quote.
 */
function uncut(value: string, title: string): string {
  if (!value || title.length <= value.length || !title.startsWith(value)) return value;
  const next = title.slice(value.length).trimStart()[0];
  return next === '"' || next === "'" ? title : value;
}

/**
 * `bodyTagged`, when given: the body's TAGGED elements in document order (PageWalk.tagged),
 * which are then not queried.
 */
export function readMetaTags(doc: Document, bodyTagged?: readonly Element[]): MetaTags {
  const els = tagElements(doc, bodyTagged);
  const m = metaMap(els.metas);
  const ld = jsonLd(els.jsonLds);
  const get = (...keys: string[]): string => {
    for (const k of keys) {
      const v = m.get(k);
      if (v) return v;
    }
    return '';
  };
  let published = ld.published || get(...PUBLISHED_KEYS);
  const time = els.time;
  const timeValue = time?.getAttribute('datetime')?.trim() ?? '';
  if (!published) published = timeValue;
  // (Microdata's on an element that shows it: its content, or the text it shows.)
  const item = els.itemDate;
  if (!published && item)
    published = (
      item.getAttribute('content') ||
      item.getAttribute('datetime') ||
      normSpace(item.textContent ?? '')
    ).trim();
  const shownTime = time && published && timeValue === published ? normSpace(time.textContent ?? '') : '';
  const link = els.canonical;
  return {
    // (ArticleTitle, PubDate, ContentSource: the meta tags China's standard for government sites
    // asks for, whose ArticleTitle may hold markup: 标题<div>——副题</div>.)
    title: uncut(
      ld.headline || get('og:title', 'twitter:title', 'title') || withoutTags(get('articletitle')),
      normSpace(doc.title ?? ''),
    ),
    source: withoutTags(get('contentsource')),
    siteName: ownPublisher(ld) || get('og:site_name', 'application-name') || ld.publisher,
    published,
    // (dable:author: the name a recommendation widget's tags give, on many Taiwanese sites.)
    author: ld.author || get('article:author', 'author', 'dc.creator', 'byline', 'dable:author'),
    description: get('description', 'og:description', 'twitter:description'),
    canonical: link?.getAttribute('href')?.trim() || get('og:url'),
    jsonLdType: ld.type,
    jsonLdPageType: ld.pageType,
    ogType: get('og:type'),
    shownTime,
    generator: get('generator'),
    keywords: get('keywords'),
    scripts: els.scripts,
  };
}
