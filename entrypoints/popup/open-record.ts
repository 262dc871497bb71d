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
 * Opens the article of `record` at it. Tabs are asked to reveal it: only a tab showing that
 * article can (the content script anchors its own page's items only), and that tab is brought
 * forward. Without the "tabs" permission the popup mostly cannot see tab addresses, so every
 * tab whose address it cannot see is asked, and tabs known to show another page are skipped.
 * When no tab answers, a new tab opens the article with `#zhuji-reveal=<id>`, which its
 * content script reveals on load.
 */
export async function openRecord(deps: PopupDeps, record: AnnotationRecord): Promise<'revealed' | 'opened'> {
  const tabs = await deps.tabs.all().catch(() => []);
  const candidates = tabs.filter((t) => !t.url || sameDocument(t.url, record.page));
  const answers = await Promise.all(
    candidates.map((tab) =>
      within(1000, deps.requestTab(tab.id, 'reveal', { id: record.id })).then(
        (shown) => (shown ? tab : null),
        () => null,
      ),
    ),
  );
  const tab = answers.find((t) => t !== null);
  if (tab) {
    await deps.tabs.activate(tab);
    return 'revealed';
  }
  await deps.tabs.create(`${record.page}#${REVEAL_HASH}${encodeURIComponent(record.id)}`);
  return 'opened';
}
