import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupSeed, SEND_SEED } from './popup-data';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';
import { serveStatic, type StaticServer } from './support/server';

const rowDays = (popup: Page) =>
  popup.$$eval('[data-testid=row]', (rows) => rows.map((r) => r.getAttribute('data-day') ?? ''));

describe('Firefox ESR: popup and options pages', () => {
  let server: StaticServer;
  let firefox: FirefoxSession;
  let popup: Page;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    firefox = await launchFirefox();
    popup = await openExtensionPage(firefox, 'popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector('[data-testid=status].status-ok', { timeout: 15_000 });
    const sent = await popup.evaluate(`(${SEND_SEED})(${JSON.stringify(popupSeed(server.origin))})`);
    expect(sent).toBe(2);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('lists the collected events by date, newest first, then oldest first', async () => {
    await popup.waitForSelector('[data-state=complete] [data-testid=row]');
    const newest = await rowDays(popup);
    expect(newest[0]).toBe('2023-05-01');
    expect(newest).toEqual([...newest].sort().reverse());
    await popup.select('select[aria-label="Order"]', 'oldest');
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=row]')?.getAttribute('data-day') === '2020',
    );
    const oldest = await rowDays(popup);
    expect(oldest).toEqual([...oldest].sort());
  });

  it('search 工会 (Simplified) finds the seed article’s 工會 events (Traditional)', async () => {
    await popup.type('[data-testid=search]', '工会');
    // The settled result: the converter loaded, and every row shown is a match (a row list that
    // still holds the unfiltered or half-typed results never satisfies this).
    await popup.waitForFunction(() => {
      const panel = document.querySelector('[data-search=ready][data-state=complete]');
      const texts = [...document.querySelectorAll('[data-testid=row-text]')].map((r) => r.textContent ?? '');
      return !!panel && texts.every((t) => /工[会會]/.test(t)) && texts.some((t) => t.includes('工會'));
    });
    const texts = await popup.$$eval('[data-testid=row-text]', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );
    for (const text of texts) expect(text).toMatch(/工[会會]/);
  });

  it('clicking an event opens its article, scrolled to it', async () => {
    const target = firefox.browser.waitForTarget((t) => t.url().startsWith(`${server.origin}/seed.html`), {
      timeout: 15_000,
    });
    await popup.$$eval('[data-testid=row-text]', (rows) =>
      (rows.findLast((r) => r.textContent?.includes('工會')) as HTMLElement | undefined)?.click(),
    );
    const article = (await (await target).page())!;
    // The content script reveals the item named in #zhuji-reveal=…, then takes the hash off again.
    await article.waitForFunction(() => location.hash === '' && scrollY > 0, { timeout: 15_000 });
    await article.close();
  });

  it('an option changed in the options page is stored', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.waitForSelector('input[name=collect]', { timeout: 15_000 });
    await options.click('input[name=collect][value=save]');
    await options.click('input[name=uiLanguage][value=zh-Hant]');
    await options.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    const stored = await options.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { storage: { local: { get(keys: string[]): Promise<unknown> } } };
        }
      ).browser.storage.local.get(['collectMode', 'uiLanguage']),
    );
    expect(stored).toEqual({ collectMode: 'save', uiLanguage: 'zh-Hant' });
    expect(await options.$eval('h1', (h) => h.textContent)).not.toBe('Zhuji settings');
    await options.close();
  });

  it('an option changed in the options page changes what the content script does on the next page load', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.waitForSelector('input[name=kind-figures]', { timeout: 15_000 });
    await options.click('input[name=kind-figures]');
    await options.waitForFunction(async () => {
      type Local = { get(k: string): Promise<{ showKinds?: { figures: boolean } }> };
      const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage
        .local;
      return (await local.get('showKinds')).showKinds?.figures === false;
    });
    const size = (name: string) =>
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0;
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await page.waitForFunction(size, { timeout: 15_000 }, 'zhuji-event');
    expect(await page.evaluate(size, 'zhuji-figure')).toBe(0);
    await page.close();
    await options.close();
  });
});
