/** Bundled into a page by parity.test.ts: the same analyze() the content script and the CLI run. */
import type { Analysis } from '../../../lib/analysis';
import { analyze } from '../../../lib/analyze';

/** What is compared: the metadata, the body text, and how many figures, events and junk blocks. */
export function summarize(a: Analysis): string {
  return JSON.stringify({
    isArticle: a.isArticle,
    metadata: a.metadata,
    text: a.text,
    figures: a.figures.length,
    events: a.events.length,
    junk: a.junk.length,
  });
}

/** summarize(analyze()) of this page. */
export function summary(url: string): string {
  return summarize(analyze(document.cloneNode(true) as Document, { url }));
}
