/**
 * The one orchestrator (DESIGN.md): Document → Analysis. The extension's content script and
 * the `analyze` CLI both call this, so they see the same text and the same offsets.
 */
import type { Analysis } from './analysis';
import { extractArticle, extractArticleSteps, type Article } from './extract/article';
import type { TextModel } from './extract/text-model';
import { recognize, recognizeSteps, type Recognized } from './text/recognize';

export interface AnalyzeOptions {
  /** The page's URL (used for canonicalUrl when the page has none). */
  url?: string;
  /**
   * When the page was rendered (ms since the epoch): times it shows against that moment
   * (`发布时间：10-08`, 昨天, 3小时前) are read against it. The extension passes the time it reads
   * the page; a saved page has none unless the caller knows it.
   */
  seenAt?: number;
}

export interface AnalysisWithModel {
  analysis: Analysis;
  /** The text model: `rangeFor(model, start, end, document)` turns any span into a DOM Range. */
  model: TextModel;
  article: Article;
}

const recognizeContext = ({ model, metadata }: Article) => ({
  published: metadata.published || null,
  garbled: model.garbled,
});

/** The Analysis assembled from an extracted article and what the recognizers found in it. */
function assemble(article: Article, { figures, events }: Recognized): AnalysisWithModel {
  const { model, metadata } = article;
  const analysis: Analysis = {
    isArticle: article.isArticle,
    confidence: article.confidence,
    metadata,
    text: model.text,
    figures,
    events,
    junk: article.junk.map(({ kind, text }) => ({ kind, text })),
    glosses: model.glossCount,
    garbled: model.garbled.length,
  };
  return { analysis, model, article };
}

/** Analysis plus the text model and the live-DOM pieces (root, junk elements) behind it. */
export function analyzeWithModel(doc: Document, opts: AnalyzeOptions = {}): AnalysisWithModel {
  const article = extractArticle(doc, opts);
  return assemble(article, recognize(article.model.text, recognizeContext(article)));
}

/** Time spent working before giving the page a turn (well under the 50 ms of a long task). */
const SLICE_MS = 8;
/** Before the recognizers, pause unless a pause has just happened. */
const RECOGNIZE_AFTER_MS = 1;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same result as analyzeWithModel, with the extraction spread over several tasks: after
 * each step, once ~8 ms have passed since the last pause, it awaits `pause()` (by default a
 * new task) so the page stays responsive; before the recognizers (one step) it pauses unless
 * it has just done so. The document must not change meanwhile.
 */
export async function analyzeWithModelAsync(
  doc: Document,
  opts: AnalyzeOptions = {},
  pause: () => Promise<void> = nextTask,
): Promise<AnalysisWithModel> {
  let since = performance.now();
  /** Drains a step generator, pausing whenever a slice's time is used up. */
  const drain = async <T>(steps: Generator<void, T, void>): Promise<T> => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - since >= SLICE_MS) {
        await pause();
        since = performance.now();
      }
    }
  };
  const article = await drain(extractArticleSteps(doc, opts));
  // Each scan of the recognizers is tens of ms on a long page, cold: give the first a fresh slice.
  if (performance.now() - since >= RECOGNIZE_AFTER_MS) {
    await pause();
    since = performance.now();
  }
  return assemble(article, await drain(recognizeSteps(article.model.text, recognizeContext(article))));
}

export function analyze(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  return analyzeWithModel(doc, opts).analysis;
}
