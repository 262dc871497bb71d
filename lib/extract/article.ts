/**
 * Document → Article: detection, root, blocks, metadata, junk and the text model, in one pass.
 * Pure: reads the Document it is given and never changes it; no browser APIs, no layout.
 */
import type { Metadata } from '../analysis';
import { stripGlosses } from '../text/gloss';
import { bodyBlocksSteps, dropFirstBlock, leadSiblings, type Block, type BodyResult } from './blocks';
import { forgetParsedLines } from './byline';
import { detectArticle } from './detect';
import { essayHead } from './essay-head';
import { findJunk, type JunkBlock } from './junk';
import { readMetaTags } from './meta-tags';
import { extractMetadata, hasNewsCue, infoLines } from './metadata';
import { classedSource } from './source';
import { mayBeGarbled } from './para-text';
import { plainHeadline } from './plain-headline';
import type { Paragraph } from './paragraphs';
import { storyInRelated, walkPage } from './page-walk';
import { chooseRoot } from './root';
import { drain } from './steps';
import { buildTextModelSteps, type ModelBlock, type ModelText, type TextModel } from './text-model';
import { shownHeadline, findTitle, headingBefore, titleSegments, unshownTitle } from './title';
import { dayFromUrls } from './url-date';

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
        heading: b.kind === 'heading',
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

/**
 * The extraction as steps: yields between phases and every few dozen blocks inside the long
 * ones, so a caller can spread the work over several tasks (see analyzeWithModelAsync). The
 * document must not change while the steps run.
 */
export function* extractArticleSteps(
  doc: Document,
  opts: ExtractOptions = {},
): Generator<void, Article, void> {
  // (A line of this page is parsed once, whichever step asks first.)
  forgetParsedLines();
  // (The page's one walk, the longest step that does not yield: the headline and the root are
  // chosen in the next.)
  const walk = walkPage(doc);
  yield;
  // (The walk lists the body's meta, script, time and link elements.)
  const tags = readMetaTags(doc, walk.tagged);
  yield;
  let title = findTitle(doc, tags.title, stripGlosses, walk.headings);
  let { root, paragraphs, all, marked } = chooseRoot(walk, title.el, title.title);
  if (!title.el) title = shownHeadline(paragraphs, title) ?? title;
  yield;
  let body: BodyResult = yield* bodyBlocksSteps(root, title.title, leadSiblings(root), paragraphs);
  // No story outside the page's lists: one inside an element named for related stories.
  const again = hanziOf(body) < 30 ? storyInRelated(walk) : null;
  if (again) {
    ({ root, paragraphs, all, marked } = chooseRoot(again, title.el, title.title));
    body = yield* bodyBlocksSteps(root, title.title, leadSiblings(root), paragraphs);
  }
  const first = body.blocks[0]?.paragraph.nodes[0];
  // <title> names only the site, or shows a line that the page does not (a site's slogan after
  // its name): the headline is a headline-named heading right before the body, or (for a site's
  // name alone) a plain line there.
  if (first && !title.el && (title.namesOnly || unshownTitle(title, all))) {
    const heading = headingBefore(doc, first, walk.headings);
    const plain =
      heading || !title.namesOnly ? null : plainHeadline(all, body.blocks, titleSegments(doc.title ?? ''));
    title = heading ?? plain?.title ?? title;
    // (A headline that opened the body is the headline, not the story's first line.)
    if (plain?.first) dropFirstBlock(body);
  }
  essayHead(body, title.title);
  yield;
  const model = yield* buildTextModelSteps(...modelInput(body));
  yield;
  // (Once, for the metadata and detection both, from the elements the walk found named for it.)
  let classed: string | undefined;
  const classedOnce = (): string => (classed ??= classedSource(doc, walk.sourceNamed));
  const input = {
    doc,
    tags,
    classedSource: classedOnce,
    title,
    root,
    body,
    bodyText: model.text,
    url: opts.url,
    seenAt: opts.seenAt,
    paragraphs: all,
  };
  const lines = infoLines(doc, input);
  const metadata = extractMetadata(input, lines);
  yield;
  const junk = findJunk(
    doc,
    root,
    all,
    marked,
    walk.skipped,
    title.el,
    new Set(body.blocks.map((b) => b.paragraph)),
  );
  yield;
  const detection = detectArticle({
    doc,
    bodyText: model.text,
    // The model's text is its blocks' text without glosses and folded whitespace: the same hanzi.
    bodyHanzi: hanziOf(body),
    paragraphs,
    allParagraphs: all,
    headlineConfirmed: title.el !== null && !title.plain,
    published: metadata.published,
    hasByline: metadata.authors.length > 0,
    jsonLdType: tags.jsonLdType,
    jsonLdPageType: tags.jsonLdPageType,
    ogType: tags.ogType,
    generator: tags.generator,
    root,
    links: walk.links,
    newsCue: hasNewsCue(lines) || classedOnce() !== '',
  });
  // The page shows no time: the day in its address, if any. (After detection, whose signals are
  // what the page shows: a list's address may hold a day too.)
  if (!metadata.published)
    metadata.published = dayFromUrls([tags.canonical, opts.url], opts.seenAt ?? Infinity);
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

export function extractArticle(doc: Document, opts: ExtractOptions = {}): Article {
  return drain(extractArticleSteps(doc, opts));
}
