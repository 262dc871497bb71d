/**
 * Is this page a news article? A small additive score over signals any page shows: how much
 * prose the article root holds, a headline confirmed by <title>, a publication time, a byline,
 * og:type/JSON-LD, and against it: a page made of links, lists of dated headlines, search
 * results, forum thread lists, video playlists.
 */
import { parseBylineLine } from './byline';
import { findDates } from './dates';
import { hanziCount, normLength, visibleText } from './dom';
import type { Paragraph } from './paragraphs';
import { lineLabels } from './line-labels';
import { answerFooters, postLines } from './meta-lines';
import {
  APPRECIATION,
  ARCHIVE,
  CHAPTER,
  FORUM,
  FORUM_MORE,
  PLAYLIST,
  STUDY,
  TIME_LABEL,
  UGC,
  UGC_MORE,
  countWords,
  hasWords,
} from './page-words';
import { proseScore } from './root';
import { isFrontAddress, isListAddress } from './page-addresses';
import { inForumMarkup, isEncyclopedia, searchInHead, someText, videoPage } from './page-kinds';
import { digestWeight } from './digest';
import { teaserItem, timedLines } from './teasers';

export interface DetectInput {
  doc: Document;
  bodyText: string;
  /** hanziCount(bodyText), when the caller has it. */
  bodyHanzi?: number;
  /** Paragraphs of the whole page (boilerplate pruned). */
  paragraphs: Paragraph[];
  /** Paragraphs of the whole page, boilerplate included. */
  allParagraphs: Paragraph[];
  headlineConfirmed: boolean;
  published: string;
  hasByline: boolean;
  jsonLdType: string;
  /** A JSON-LD @type that says the page is no article (QAPage, DiscussionForumPosting …), or ''. */
  jsonLdPageType?: string;
  /** og:type from the meta tags. */
  ogType: string;
  /** The generator meta tag's content (MetaTags.generator), when the caller has it. */
  generator?: string;
  /** The page's description meta tag (MetaTags.description), when the caller has it. */
  description?: string;
  /** The article root chosen by root.ts. */
  root: Element;
  /** The page's <a> elements in document order (PageWalk.links), when the caller has them. */
  links?: readonly Element[];
  /** The info line names a reporter, a source or a wire service (記者, 來源, 新華社 …). */
  newsCue: boolean;
  /** The head shows a time relative to the moment seen (今日 15:23), with no day known. */
  shownRelative?: boolean;
  /** The page's addresses (its canonical URL, the one it was read at), when known. */
  addresses?: readonly (string | undefined)[];
}

export interface Detection {
  isArticle: boolean;
  confidence: number;
  /** The signals and their weights, for debugging and tests. */
  signals: Record<string, number>;
}

/** Two lines or more, each a sentence ending as one does (。！？, or a closing quote after one). */
function allSentences(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((l) => /[。！？][”」』"]?$/.test(l));
}

/** og:types of pages that are no article: an event, a product, a place, a book, a profile. */
const NOT_ARTICLE_OG =
  /event|product|place|restaurant|business|book|profile|music\.|video\.(?:movie|episode|tv_show)/i;

export function detectArticle(input: DetectInput): Detection {
  const { doc, bodyText } = input;
  const s: Record<string, number> = {};
  const bodyLines = bodyText.split('\n');
  const bodyHanzi = input.bodyHanzi ?? hanziCount(bodyText);
  // Many Chinese news items are two or three short paragraphs: a little prose is not a verdict.
  s.prose = bodyHanzi >= 300 ? 2.5 : bodyHanzi >= 150 ? 2 : bodyHanzi >= 60 ? 1 : bodyHanzi >= 30 ? 0.5 : -3;
  // (A flash of one line under its dated, credited headline, opened by the wire's dispatch:
  // 财联社3月17日电，美联储宣布加息25个基点。)
  if (s.prose < 0 && bodyHanzi >= 10 && parseBylineLine(bodyLines[0] ?? '').opening) s.prose = 0;
  const good = input.paragraphs.filter((p) => proseScore(p) >= 3).length;
  if (good >= 2) s.paragraphs = 0.5;
  if (input.headlineConfirmed) s.headline = 1;
  // (To the day: news is dated so. A month or a year alone is a magazine's issue or an essay's.)
  const dated = input.published.length >= 10 || !!input.shownRelative;
  if (dated) s.published = 1;
  if (input.hasByline) s.byline = 0.5;
  if (input.newsCue) s.newsCue = 1.5;
  // A confirmed headline with a time, and with a reporter or source too: the shape of a news
  // item, however short.
  if (input.headlineConfirmed && dated) s.datedHeadline = 0.5;
  // The page describes itself by the story's opening words (its description tag): a story's page.
  if (opensWith(bodyText, input.description ?? '')) s.described = 0.5;
  if (input.newsCue && input.headlineConfirmed && dated) s.newsBlock = 0.5;
  const ogType = input.ogType;
  if (/article/i.test(ogType) || /Article/.test(input.jsonLdType)) s.schema = 1;
  if (/^(website|video)/i.test(ogType)) s.schema = -0.5;
  // The page says what it is, and it is not an article (a Q&A page, a forum thread, a list; by
  // its og:type, an event's, a product's, a place's or a book's page).
  if (input.jsonLdPageType && !/Article/.test(input.jsonLdType)) s.schema = -1.5;
  // (An og:type the page chose for a thing that is no story says more: none is set by default.)
  else if (!s.schema && NOT_ARTICLE_OG.test(ogType)) s.schema = -3;

  // The page's text is its paragraphs' joined by \n (from the paragraphs already collected: no
  // second walk of the page). Its words are looked for in the paragraphs the walk marked.
  const all = input.allParagraphs;
  const pageLength = all.reduce((n, p) => n + p.text.length, Math.max(0, all.length - 1));
  const pageLinks = all.reduce((n, p) => n + p.linkChars, 0);
  const linkDensity = pageLength ? pageLinks / pageLength : 1;
  const share = pageLength ? bodyText.length / pageLength : 0;
  if (bodyHanzi < 600) {
    if (linkDensity > 0.6 && share < 0.3) s.links = -2;
    else if (linkDensity > 0.45 && share < 0.25) s.links = -1;
  }
  // A root made of teasers (headline links with a line of summary each): a section or tag page.
  // (The root's text and the body's long lines only when there are enough headline links.)
  // (A static list: jsdom reads a live collection's items in time that grows with the page.)
  // (Each link's text counted as normSpace would leave it, without the strings.)
  // (The root's from the page's, without a query of the root.)
  const { root, links } = input;
  const rootLinks = (
    links ? links.filter((a) => root.contains(a)) : Array.from(root.querySelectorAll('a'))
  ).map((a) => a.textContent ?? '');
  const lengths = rootLinks.map(normLength);
  const headlineLinks = rootLinks.filter((t, i) => (lengths[i] as number) >= 8 && hanziCount(t) >= 6).length;
  if (headlineLinks >= 5) {
    const rootText = normLength(visibleText(input.root));
    const rootLinkDensity = rootText ? lengths.reduce((n, len) => n + len, 0) / rootText : 0;
    const longLines = bodyLines.filter((l) => l.length >= 50).length;
    if (rootLinkDensity > 0.15 && longLines < 2) s.teasers = -3;
  }

  // The root is one of a list's items (<article class="content-art"> six times, each under its
  // headline's link, with a line of summary): a section page's teaser, not the story.
  if (teaserItem(root)) s.teaser = -3;

  const digest = digestWeight(bodyLines);
  if (digest) s.digest = digest;
  // Eight lines or more and not one sentence among them (no 。！？), or one in twenty lines at
  // most (a garbled name's ? in a table of two thousand donors): headlines or records, a list's.
  if (bodyLines.length >= 8 && fewSentences(bodyLines)) s.headlines = -2;
  // Lines that each close with a day and a time (…接连传来捷报2025-10-16 19:19): a list's teasers,
  // each with when it was posted.
  if (bodyLines.length >= 5 && timedLines(bodyLines) * 2 >= bodyLines.length) s.timedLines = -4;

  // Lists of dated headlines: many short link lines that carry a date.
  const datedLinks = input.paragraphs.filter(
    (p) => p.text.length < 80 && p.linkChars > 4 && findDates(p.text).length > 0,
  ).length;
  if (datedLinks >= 8 && bodyHanzi < 600) s.datedList = input.headlineConfirmed ? -1 : -2;
  // Many short link-only paragraphs with no prose around them: a section or tag page.
  const linkLines = input.paragraphs.filter(
    (p) => p.text.length >= 8 && p.linkChars / p.text.length > 0.8,
  ).length;
  // Counts the same thing as `links` from another side: together they cost at most 2.
  if (linkLines >= 20 && bodyHanzi < 400) s.linkLines = Math.max(-1.5, -2 - (s.links ?? 0));
  if (searchInHead(all, 3000)) s.search = -3;
  // (Posts listed with their times and counts of reads: a site's front or list page; with much
  // prose, where the root holds them: a sidebar's may stand beside a long story.)
  if (
    postLines(all) >= 5 &&
    (bodyHanzi < 800 || postLines(all.filter((p) => root.contains(p.container))) >= 5)
  )
    s.posts = -3;
  // (Answers to a question, each closed by when and its comments: a Q&A platform's page.)
  if (answerFooters(all) >= 3) s.answers = -3;
  if (
    countWords(all, FORUM) + countWords(all, FORUM_MORE) >= 3 ||
    hasWords(all, ARCHIVE) ||
    inForumMarkup(input.root)
  )
    // (A news item posted in a forum's frame, under its confirmed headline with its time and a
    // newsroom's cue, 虎扑10月21日讯: the story is the thread's first post, and the rest replies.)
    s.forum = s.newsBlock ? -1 : -2.5;
  // Blog and forum platforms: user posts, not news (unless the page carries a news byline).
  // (Each count only when its answer can count.)
  if (!s.forum) {
    const profiles = countWords(all, UGC_MORE);
    // A user's card with the platform's placeholder for an empty profile (这家伙很懒): a post on a
    // forum, blog or Q&A platform, which no newsroom's page shows.
    if (profiles > 0 || countWords(all, UGC) + profiles >= 4) s.ugc = -1.5;
  }
  const labels = lineLabels(all);
  if (labels.months >= 3) s.archive = -1.5;
  // A feed of flashes over several days, newest first under each day's heading (12月16日·周一 …
  // 12月13日·周五): every item is a story of its own, however much it reads like one.
  if (labels.daysBack >= 2) s.feed = -6;
  // A government document or a paper: a record of labels no news page shows.
  if (labels.document >= 3 || labels.paper >= 3) s.document = -2.5;
  // A reading site's page: a novel's chapter (上一章 … 下一章) or a classic with its study notes
  // (赏析 with 原文, 译文 or 注释).
  else if (
    (someText(all, CHAPTER, '上一章') && someText(all, CHAPTER, '下一章')) ||
    (hasWords(all, APPRECIATION) && hasWords(all, STUDY))
  )
    s.document = -2.5;
  if (bodyHanzi < 600) {
    const playlist = doc.getElementsByTagName('video').length > 0 || hasWords(all, PLAYLIST);
    // (The lookahead may read past a \n: this scan is of the joined text.)
    // (Not a time after its day, a list's stamps: 2024-11-12 HKT 14:20.)
    const durations = playlist
      ? (all
          .map((p) => p.text)
          .join('\n')
          .match(/(?<!\d[-/.]\d{1,2}\s*(?:[A-Z]{2,4}\s*)?)\b\d{1,2}:\d{2}\b(?!\s*(?:am|pm))/gi)?.length ?? 0)
      : 0;
    if (durations >= 5) s.video = -2.5;
    // The page of one video: its description under its tab, or a playlist beside it that gives
    // each item's running time by label. What text there is says what the video shows.
    else if (videoPage(all)) s.video = -3;
  }
  if (share < 0.08 && bodyHanzi < 500) s.share = -1;
  // A front page's address, on a page that declares no article in its JSON-LD (og:type may say
  // article on every page of a site).
  // A tag's, a category's or a search's address (page-addresses.ts) counts a little less.
  if (!/Article/.test(input.jsonLdType)) {
    const addresses = (input.addresses ?? []).filter((u): u is string => !!u);
    if (addresses.some(isFrontAddress)) s.front = -2.5;
    else if (addresses.some(isListAddress)) s.front = -2;
  }
  // News says when, or who reports it: an essay, a lecture or a textbook page says neither (a
  // time label with a day and no year, 发布时间：10-08, says when).
  if (!dated && !input.newsCue && !hasWords(all, TIME_LABEL)) s.undated = -0.5;
  // An entry of a reference work reads as prose with dates and sources, and is no news.
  if (isEncyclopedia(doc, input.generator ?? '')) s.encyclopedia = -4.5;
  // A page that says it is an article (og:type, JSON-LD), under a headline its <title> confirms,
  // with a time: a short brief among much else (a wire story in a portal's frame). The page-share
  // signals, which count how little of the page it is and the lists of dated headlines its frame
  // holds, together cost it at most 1.
  // So, at most 2, for a page that shows a confirmed headline with its time and a newsroom's
  // credit (an editor, a source, a byline): a brief in a portal's frame that says no og:type.
  const small = (s.links ?? 0) + (s.linkLines ?? 0) + (s.share ?? 0) + (s.datedList ?? 0);
  // (At most 1.5 where the body is two sentences or more and nothing else: the brief itself. So
  // for a story of 300 hanzi or more, sentences only, under its confirmed headline and time, in an
  // old portal's frame of link lists with no newsroom's credit.)
  const sentences = s.datedHeadline && allSentences(bodyLines);
  const cap =
    s.schema === 1 && s.datedHeadline
      ? -1
      : s.datedHeadline && s.newsCue
        ? sentences
          ? -1.5
          : -2
        : sentences && bodyHanzi >= 300
          ? -1.5
          : -Infinity;
  if (small < cap) {
    delete s.links;
    delete s.linkLines;
    delete s.datedList;
    s.share = cap;
  }

  const total = Object.values(s).reduce((a, b) => a + b, 0);
  const threshold = 4;
  const confidence = 1 / (1 + Math.exp(-(total - threshold + 0.5) * 1.3));
  return { isArticle: total >= threshold, confidence: Math.round(confidence * 100) / 100, signals: s };
}

/** Least of the description's characters (whitespace aside) the body's opening must repeat. */
const DESCRIBED_MIN = 30;

/**
 * Does the body's opening (its first 300 characters or so, whitespace aside) repeat the
 * description's first DESCRIBED_MIN characters?
 */
function opensWith(body: string, description: string): boolean {
  const said = description.replace(/\s+/g, '').slice(0, DESCRIBED_MIN);
  return said.length === DESCRIBED_MIN && body.slice(0, 400).replace(/\s+/g, '').slice(0, 300).includes(said);
}

/** Does at most one line in twenty hold a sentence's end (none in fewer than twenty)? */
function fewSentences(lines: readonly string[]): boolean {
  const most = Math.floor((lines.length - 1) / 20);
  let n = 0;
  for (let i = 0; i < lines.length; i++)
    if (/[。！？!?]/.test(lines[i] as string) && ++n > most) return false;
  return true;
}
