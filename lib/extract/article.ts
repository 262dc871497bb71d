/**
 * Document → Article: detection, root, blocks, metadata, junk and the text model, in one pass.
 * Pure: reads the Document it is given and never changes it; no browser APIs, no layout.
 */
import type { Metadata } from '../analysis';
import { stripGlosses } from '../text/gloss';
import { bodyBlocksSteps, dropFirstBlock, type Block, type BodyResult } from './blocks';
import { headlineLead, leadSiblings, trailSiblings } from './lead';
import { forgetParsedLines } from './byline';
import { usePictures } from './captions';
import { detectArticle } from './detect';
import { essayHead } from './essay-head';
import { findJunk, type JunkBlock } from './junk';
import { readMetaTags, type MetaTags } from './meta-tags';
import { extractMetadata, hasNewsCue, infoLines, type InfoLines } from './metadata';
import { classedSource } from './source';
import { dropComments } from './comments';
import { mayBeGarbled, squashed } from './para-text';
import { headingBefore, plainHeadline } from './plain-headline';
import type { Paragraph } from './paragraphs';
import { storyInRelated, walkPage, walkPageSteps, type MarkedElement, type PageWalk } from './page-walk';
import { chooseRoot } from './root';
import { drain, type Steps } from './steps';
import { buildTextModelSteps, type ModelBlock, type ModelText, type TextModel } from './text-model';
import { shownHeadline } from './shown-headline';
import { findTitle, unshownTitle, type TitleResult } from './title';
import { keepTitleSegments, titleSegments } from './title-segments';
import { showsRelativeTime } from './shown-dates';
import { CELL_SEPARATOR, rowContinuations } from './table-rows';
import { dayFromTitle, dayFromUrls, timeOfDay } from './url-date';

export interface Article {
  isArticle: boolean;
  confidence: number;
  /** The element that holds the article in the live DOM. */
  root: Element;
  metadata: Metadata;
  blocks: Block[];
  junk: JunkBlock[];
  model: TextModel;
  /** The detection signals and their weights (for debugging and tests). */
  signals: Record<string, number>;
}

/** The text model's blocks (the body) and other runs (their glosses are hidden too). */
function modelInput(body: BodyResult): [ModelBlock[], ModelText[]] {
  const blocks: ModelBlock[] = [];
  const others: ModelText[] = [];
  // The blocks are some of the root's paragraphs, in their order: one pass over both tells
  // which paragraphs are not blocks. (Each block is made whole, in one shape.)
  const bs = body.blocks;
  // (A data table's row is a line: its cells joined.)
  const joined = rowContinuations(bs);
  let k = 0;
  const all = body.all;
  for (let i = 0; i < all.length; i++) {
    const p = all[i] as Paragraph;
    const b = bs[k];
    if (b !== undefined && b.paragraph === p) {
      k++;
      blocks.push({
        nodes: p.nodes,
        raw: p.raw,
        glosses: p.glosses,
        spaced: p.spaced,
        lead: p.lead,
        trail: p.trail,
        inner: p.inner,
        kept: p.memo.kept,
        clean: !mayBeGarbled(p),
        odd: p.odd,
        listing: p.listing,
        heading: b.kind === 'heading',
        separator: joined[k - 1] ? CELL_SEPARATOR : undefined,
      });
    } else if (p.glosses.length > 0) {
      // (A paragraph holds every field of a ModelText, by the same names.)
      others.push(p);
    }
  }
  return [blocks, others];
}

/** The hanzi of the body's blocks. */
function hanziOf(body: BodyResult): number {
  let n = 0;
  const bs = body.blocks;
  for (let i = 0; i < bs.length; i++) n += (bs[i] as Block).paragraph.hanzi;
  return n;
}

export interface ExtractOptions {
  url?: string;
  /** When the page was rendered (ms since the epoch): see AnalyzeOptions. */
  seenAt?: number;
}

/** What one extraction's phases hand on: the page's walk, its tags, the headline and the story's root. */
interface Extraction {
  doc: Document;
  opts: ExtractOptions;
  walk: PageWalk;
  tags: MetaTags;
  title: TitleResult;
  root: Element;
  paragraphs: Paragraph[];
  all: Paragraph[];
  marked: MarkedElement[];
  /** classedSource of the page, once, for the metadata and detection both. */
  classed?: string;
}

/**
 * An extraction's start: what it keeps while it runs (the lines parsed, the titles segmented,
 * the page's pictures, set after its walk) begins empty.
 */
function beginExtraction(): void {
  forgetParsedLines();
  keepTitleSegments(true);
  usePictures(null);
}

/** An extraction's end: nothing of this page is kept for the next caller. */
function endExtraction(): void {
  usePictures(null);
  keepTitleSegments(false);
}

/** The page's one walk (a line of this page is parsed once, whichever step asks first). */
function walkOf(doc: Document): PageWalk {
  beginExtraction();
  const walk = walkPage(doc);
  usePictures(doc, walk.pictures);
  return walk;
}

/** walkOf as steps. */
function* walkOfSteps(doc: Document): Steps<PageWalk> {
  beginExtraction();
  const walk = yield* walkPageSteps(doc);
  usePictures(doc, walk.pictures);
  return walk;
}

/** The headline and the root it points to (the walk lists the body's meta tags too). */
function headline(doc: Document, opts: ExtractOptions, walk: PageWalk, tags: MetaTags): Extraction {
  let title = findTitle(doc, tags.title, stripGlosses, walk.headings);
  const { root, paragraphs, all, marked } = chooseRoot(walk, title.el, title.title);
  if (!title.el) title = shownHeadline(paragraphs, title) ?? title;
  return { doc, opts, walk, tags, title, root, paragraphs, all, marked };
}

/** bodyBlocksSteps of the root, with the story's parts before and after it. */
const bodySteps = (x: Extraction): Steps<BodyResult> =>
  bodyBlocksSteps(x.root, x.title.title, storyParts(x), x.paragraphs);

/** The story's parts around the root: its lead (before it, or under the headline) and what follows. */
function storyParts(x: Extraction): Element[] {
  const leads = leadSiblings(x.root);
  const under = leads.length ? null : headlineLead(x.title.el, x.root);
  return [...leads, ...(under ? [under] : []), ...trailSiblings(x.root)];
}

/**
 * No story outside the page's lists: one inside an element named for related stories, whose
 * root `x` takes (true; its body is then read again), if any.
 */
function storyElsewhere(x: Extraction, body: BodyResult): boolean {
  const again = hanziOf(body) < 30 ? storyInRelated(x.walk) : null;
  if (!again) return false;
  const r = chooseRoot(again, x.title.el, x.title.title);
  x.root = r.root;
  x.paragraphs = r.paragraphs;
  x.all = r.all;
  x.marked = r.marked;
  return true;
}

/**
 * <title> names only the site, or shows a line that the page does not (a site's slogan after
 * its name): the headline is a headline-named heading right before the body, or (for a site's
 * name alone) a plain line there. Then the essay's head.
 */
function settleHeadline(x: Extraction, body: BodyResult): void {
  const { doc, title, all } = x;
  const first = body.blocks[0]?.paragraph.nodes[0];
  if (first && !title.el && (title.namesOnly || unshownTitle(title, all))) {
    const heading = headingBefore(doc, first, x.walk.headings);
    const plain =
      heading || !title.namesOnly ? null : plainHeadline(all, body.blocks, titleSegments(doc.title ?? ''));
    x.title = heading ?? plain?.title ?? title;
    // (A headline that opened the body is the headline, not the story's first line; so is the
    // heading's headline again as the story's first line, as a pasted document repeats it.)
    const again = (t: string) => squashed(body.blocks[0]?.paragraph.text ?? '') === squashed(t);
    if (plain?.first || (heading && again(heading.title))) dropFirstBlock(body);
  }
  essayHead(body, x.title.title);
}

/** The metadata and the lines it read them from (detection asks them for a news cue). */
function metadataOf(x: Extraction, body: BodyResult, model: TextModel): [Metadata, InfoLines] {
  const input = {
    doc: x.doc,
    tags: x.tags,
    classedSource: () => classedOnce(x),
    title: x.title,
    root: x.root,
    body,
    bodyText: model.text,
    url: x.opts.url,
    seenAt: x.opts.seenAt,
    paragraphs: x.all,
  };
  const lines = infoLines(x.doc, input);
  return [extractMetadata(input, lines), lines];
}

/** classedSource of the page, from the elements the walk found named for it, once. */
const classedOnce = (x: Extraction): string => (x.classed ??= classedSource(x.doc, x.walk.sourceNamed));

function junkOf(x: Extraction, body: BodyResult, metadata: Metadata): JunkBlock[] {
  return findJunk(x.doc, x.root, {
    paragraphs: x.all,
    marked: x.marked,
    skipped: x.walk.skipped,
    headline: x.title.el,
    blocks: new Set(body.blocks.map((b) => b.paragraph)),
    names: [...metadata.authors, metadata.editor].filter((n) => n.length >= 2),
  });
}

/** Detection, and the article. */
function articleOf(
  x: Extraction,
  body: BodyResult,
  model: TextModel,
  [metadata, lines]: [Metadata, InfoLines],
  junk: JunkBlock[],
): Article {
  const { tags, title, root, opts } = x;
  const detection = detectArticle({
    doc: x.doc,
    // (Detection reads a table a cell a line: its rows joined would read as prose to its line tests.)
    bodyText: model.text.replaceAll(CELL_SEPARATOR, '\n'),
    // The model's text is its blocks' text without glosses and folded whitespace: the same hanzi.
    bodyHanzi: hanziOf(body),
    paragraphs: x.paragraphs,
    allParagraphs: x.all,
    headlineConfirmed: title.el !== null && !title.plain,
    published: metadata.published,
    hasByline: metadata.authors.length > 0,
    jsonLdType: tags.jsonLdType,
    jsonLdPageType: tags.jsonLdPageType,
    ogType: tags.ogType,
    generator: tags.generator,
    description: tags.description,
    root,
    links: x.walk.links,
    newsCue: hasNewsCue(lines) || classedOnce(x) !== '',
    addresses: [tags.canonical, opts.url],
    // (Without the moment it was seen, 今日 15:23 by the headline gives no day, but a time.)
    shownRelative: !metadata.published && lines.head.slice(0, 12).some(showsRelativeTime),
  });
  // The page shows no time: the day in its address or closing its title, if any. (After
  // detection, whose signals are what the page shows: a list's address may hold a day too.)
  // (To the minute where the page shows one time on that day: a breadcrumb's.)
  if (!metadata.published)
    metadata.published = timeOfDay(
      dayFromUrls([tags.canonical, opts.url], opts.seenAt ?? Infinity) ||
        dayFromTitle(x.doc.title ?? '', opts.seenAt ?? Infinity),
      x.all.map((p) => p.text),
    );
  return {
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    root,
    metadata,
    blocks: body.blocks,
    junk,
    model,
    signals: detection.signals,
  };
}

/**
 * The extraction as steps: yields between phases and every few dozen blocks inside the long
 * ones, so a caller can spread the work over several tasks (see analyzeWithModelAsync). The
 * document must not change while the steps run. (extractArticle runs the same phases in one
 * go.)
 */
export function* extractArticleSteps(
  doc: Document,
  opts: ExtractOptions = {},
): Generator<void, Article, void> {
  const walk = yield* walkOfSteps(doc);
  yield;
  const tags = readMetaTags(doc, walk.tagged);
  yield;
  const x = headline(doc, opts, walk, tags);
  yield;
  let body = yield* bodySteps(x);
  if (storyElsewhere(x, body)) body = yield* bodySteps(x);
  dropComments(body, x.all, x.root);
  settleHeadline(x, body);
  yield;
  const model = yield* buildTextModelSteps(...modelInput(body));
  yield;
  const metadata = metadataOf(x, body, model);
  yield;
  const junk = junkOf(x, body, metadata[0]);
  endExtraction();
  yield;
  return articleOf(x, body, model, metadata, junk);
}

/**
 * extractArticleSteps in one go: the same phases, called in turn, not resumed. (A generator's
 * frame is kept in an object between resumes, and its code was never optimized in the bench's
 * first runs: without it the extraction ran 2–3% faster there, A/B 0.945–1.008 over five runs.)
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Article {
  const walk = walkOf(doc);
  const x = headline(doc, opts, walk, readMetaTags(doc, walk.tagged));
  let body = drain(bodySteps(x));
  if (storyElsewhere(x, body)) body = drain(bodySteps(x));
  dropComments(body, x.all, x.root);
  settleHeadline(x, body);
  const model = drain(buildTextModelSteps(...modelInput(body)));
  const metadata = metadataOf(x, body, model);
  const article = articleOf(x, body, model, metadata, junkOf(x, body, metadata[0]));
  endExtraction();
  return article;
}
