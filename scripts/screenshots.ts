/**
 * Screenshots of the popup for the README: zh-Hant, zh-Hans and en, light and dark, after
 * reading two articles (a Simplified one, then the seed, which stays open as "this page"). Run after `npm run build`:
 * `npx tsx scripts/screenshots.ts` → docs/popup-<locale>-<scheme>.png.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveStatic } from '../tests/e2e/support/server';

const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;

/** A highlight with a note and tags, so the popup shows the reader's own marks too. */
const HIGHLIGHT = `async (origin) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const exact = '全總智庫';
  const reply = await api.runtime.sendMessage({ zhuji: 1, type: 'saveAnnotation', data: {
    page: { url: origin + '/seed.html', title: '', subtitle: '', source: '', authors: [], editor: '', published: '',
      language: '', canonicalUrl: '' },
    annotation: { kind: 'highlight', note: '與智庫報告對照', tags: ['工會'], color: '#ffe066',
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }] },
    events: [] } });
  if (!reply.ok) throw new Error(reply.error);
}`;

async function main() {
  const server = await serveStatic('tests/fixtures');
  const browser = await launchChromium();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const article = await browser.context.newPage();
    for (const file of ['second-article.zh-Hans.html', 'seed.html']) {
      await article.goto(`${server.origin}/${file}`);
      await article.waitForTimeout(2000); // the content script analyzes and collects the page
    }

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.evaluate(`(${HIGHLIGHT})(${JSON.stringify(server.origin)})`);
    await article.reload(); // the page draws the highlight saved for it
    await article.waitForTimeout(2000);
    // Without the "tabs" permission the popup cannot see tab addresses: the article is the tab that is not the popup.
    for (const other of browser.context.pages())
      if (other !== article && other !== popup) await other.close();
    const tabId = await popup.evaluate(async () => {
      type Tabs = { query(q: object): Promise<{ id: number }[]>; getCurrent(): Promise<{ id: number }> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const me = await tabs.getCurrent();
      return (await tabs.query({})).find((t) => t.id !== me.id)?.id ?? 0;
    });

    mkdirSync('docs', { recursive: true });
    for (const locale of LOCALES) {
      await popup.evaluate(
        (lang) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({
            uiLanguage: lang,
          }),
        locale,
      );
      for (const scheme of SCHEMES) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(`${base}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
        await popup.waitForSelector('[data-state=complete] [data-testid=row]');
        await popup.waitForFunction(
          () =>
            !document
              .querySelector('[data-testid=page-card] p.muted:only-of-type')
              ?.textContent?.endsWith('…'),
        );
        await popup.waitForTimeout(300);
        const path = `docs/popup-${locale}-${scheme}.png`;
        await popup.screenshot({ path });
        console.log(path);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error('screenshots failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
