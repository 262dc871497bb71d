import type { AnnotationRecord } from '../../lib/db/types';
import { normalizeUrl } from '../../lib/db/normalize-url';
import type { PopupDeps } from './deps';

/** The hash a newly opened article carries, so its content script can reveal the item on load. */
export const REVEAL_HASH = 'zhuji-reveal=';

const sameDocument = (a: string, b: string) => {
  try {
    return normalizeUrl(a) === normalizeUrl(b);
  } catch {
    return false;
  }
};

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, fail) => setTimeout(() => fail(new Error('timeout')), ms))]);

/**
 * Opens the article of `record` at it: a tab already showing the article (when the browser
 * lets the popup see tab addresses) is asked to reveal it and brought forward; otherwise a
 * new tab opens the article with `#zhuji-reveal=<id>`. Without the "tabs" permission Zhuji
 * sees only the addresses of pages it runs on, which is exactly the articles it kept.
 */
export async function openRecord(deps: PopupDeps, record: AnnotationRecord): Promise<'revealed' | 'opened'> {
  const tabs = await deps.tabs.all().catch(() => []);
  const tab = tabs.find((t) => t.url && sameDocument(t.url, record.page));
  if (tab) {
    await within(1500, deps.requestTab(tab.id, 'reveal', { id: record.id })).catch(() => false);
    await deps.tabs.activate(tab);
    return 'revealed';
  }
  await deps.tabs.create(`${record.page}#${REVEAL_HASH}${encodeURIComponent(record.id)}`);
  return 'opened';
}
