/**
 * The one orchestrator (DESIGN.md): Document → Analysis. The extension's content script and
 * the `analyze` CLI both call this, so they see the same text and the same offsets.
 */
import type { Analysis } from './analysis';
import { extractArticle, type Article } from './extract/article';
import type { TextModel } from './extract/text-model';
import { recognize } from './text/recognize';

export interface AnalyzeOptions {
  /** The page's URL (used for canonicalUrl when the page has none). */
  url?: string;
}

export interface AnalysisWithModel {
  analysis: Analysis;
  /** The text model: `rangeFor(model, start, end, document)` turns any span into a DOM Range. */
  model: TextModel;
  article: Article;
}

/** Analysis plus the text model and the live-DOM pieces (root, junk elements) behind it. */
export function analyzeWithModel(doc: Document, opts: AnalyzeOptions = {}): AnalysisWithModel {
  const article = extractArticle(doc, opts);
  const { model, metadata } = article;
  const published = metadata.published || null;
  const { figures, events } = recognize(model.text, { published, garbled: model.garbled });
  const analysis: Analysis = {
    isArticle: article.isArticle,
    confidence: article.confidence,
    metadata,
    text: model.text,
    figures,
    events,
    junk: article.junk.map(({ kind, text }) => ({ kind, text })),
    glosses: model.glosses.length,
    garbled: model.garbled.length,
  };
  return { analysis, model, article };
}

export function analyze(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  return analyzeWithModel(doc, opts).analysis;
}
