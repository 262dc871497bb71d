import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupSeed, SEND_SEED } from './popup-data';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';

/** The event dates of the rows in view, top to bottom. */
const rowDays = (popup: Page) =>
  popup.$$eval('[data-testid=row]', (rows) => rows.map((r) => r.getAttribute('data-day') ?? ''));

describe('Chromium: popup and options pages', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let popup: Page;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    browser = await launchChromium();
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-testid=status].status-ok');
    const sent = await popup.evaluate(`(${SEND_SEED})(${JSON.stringify(popupSeed(server.origin))})`);
    expect(sent).toBe(2);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the collected events by date, newest first, then oldest first', async () => {
    await popup.waitForSelector('[data-state=complete] [data-testid=row]');
    const newest = await rowDays(popup);
    expect(newest[0]).toBe('2023-05-01');
    expect(newest).toEqual([...newest].sort().reverse());
    await popup.selectOption('select[aria-label="Order"]', 'oldest');
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=row]')?.getAttribute('data-day') === '2020',
    );
    const oldest = await rowDays(popup);
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest.slice(0, 3)).toEqual(['2020', '2021-03-02', '2021-04-21']);
  });

  it('search 工会 (Simplified) finds the seed article’s 工會 events (Traditional)', async () => {
    await popup.fill('[data-testid=search]', '工会');
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
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text).toMatch(/工[会會]/);
    expect(texts.some((t) => t.includes('工会'))).toBe(true);
  });

  it('clicking an event opens its article, scrolled to it', async () => {
    const opened = browser.context.waitForEvent('page');
    await popup.locator('[data-testid=row-text]', { hasText: '工會' }).last().click();
    const article = await opened;
    await article.waitForLoadState('domcontentloaded');
    expect(article.url()).toMatch(new RegExp(`^${server.origin}/seed\\.html(#zhuji-reveal=auto-event-|$)`));
    // The content script reveals the item named in the hash, then takes the hash off again.
    await article.waitForFunction(() => location.hash === '' && scrollY > 0, null, { timeout: 15_000 });
    await article.close();
  });

  it('an option changed in the options page is stored', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.check('input[name=script][value=hant-hk]');
    await options.fill('[data-testid=sites] input[type=text]', 'https://news.example.com/a/1.html');
    await options.click('[data-testid=sites] button[type=submit]');
    await options.waitForSelector('[data-testid=sites] li');
    const stored = await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<unknown> } } } }
      ).chrome.storage.local.get(['scriptShown', 'sitesOff']),
    );
    expect(stored).toEqual({ scriptShown: 'hant-hk', sitesOff: ['news.example.com'] });
    await options.reload();
    await options.waitForSelector('input[name=script]');
    expect(await options.isChecked('input[name=script][value=hant-hk]')).toBe(true);
    await options.close();
  });

  it('an option changed in the options page changes what the content script does on the next page load', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.uncheck('input[name=kind-figures]');
    await options.waitForFunction(async () => {
      type Local = { get(k: string): Promise<{ showKinds?: { figures: boolean } }> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      return (await local.get('showKinds')).showKinds?.figures === false;
    });
    const figures = () =>
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure')?.size ?? 0;
    const events = () =>
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-event')?.size ?? 0;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await page.waitForFunction(events, null, { timeout: 15_000 });
    expect(await page.evaluate(figures)).toBe(0);
    await options.check('input[name=kind-figures]');
    await page.reload();
    await page.waitForFunction(figures, null, { timeout: 15_000 });
    await page.close();
    await options.close();
  });
});
