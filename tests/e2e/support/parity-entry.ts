/** Bundled into a page by parity.test.ts: the same analyze() the content script and the CLI run. */
import { analyze } from '../../../lib/analyze';

export function summary(url: string): string {
  const a = analyze(document.cloneNode(true) as Document, { url });
  return JSON.stringify({
    isArticle: a.isArticle,
    metadata: a.metadata,
    text: a.text,
    figures: a.figures.length,
    events: a.events.length,
    junk: a.junk.length,
  });
}
