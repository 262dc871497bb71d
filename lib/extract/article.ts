/**
 * Document → Article: detection, root, blocks, metadata, junk and the text model, in one pass.
 * Pure: reads the Document it is given and never changes it; no browser APIs, no layout.
 */
import type { Metadata } from '../analysis';
import { stripGlosses } from '../text/gloss';
import { bodyBlocks, leadSiblings, type Block } from './blocks';
import { detectArticle } from './detect';
import { findJunk, type JunkBlock } from './junk';
import { readMetaTags } from './meta-tags';
import { classedSource, extractMetadata, hasNewsCue, infoLines } from './metadata';
import { findRoot } from './root';
import { buildTextModel, type TextModel } from './text-model';
import { findTitle } from './title';

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

export function extractArticle(doc: Document, opts: { url?: string } = {}): Article {
  const tags = readMetaTags(doc);
  const title = findTitle(doc, tags.title, stripGlosses);
  const { root, paragraphs, all } = findRoot(doc, title.el);
  const body = bodyBlocks(root, title.title, leadSiblings(root), paragraphs);
  const inBody = new Set(body.blocks.map((b) => b.paragraph));
  const model = buildTextModel(
    body.blocks.map((b) => ({ nodes: b.paragraph.nodes, heading: b.kind === 'heading' })),
    body.all.filter((p) => !inBody.has(p)).map((p) => p.nodes),
  );
  const input = { doc, tags, title, root, body, bodyText: model.text, url: opts.url, paragraphs: all };
  const lines = infoLines(doc, input);
  const metadata = extractMetadata(input, lines);
  const junk = findJunk(doc, root, all);
  const detection = detectArticle({
    doc,
    bodyText: model.text,
    paragraphs,
    allParagraphs: all,
    headlineConfirmed: title.el !== null,
    published: metadata.published,
    hasByline: metadata.authors.length > 0,
    jsonLdType: tags.jsonLdType,
    root,
    newsCue: hasNewsCue(lines) || classedSource(doc) !== '',
  });
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
