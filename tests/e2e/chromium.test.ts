import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';

describe('Chromium: the built extension', () => {
  let server: StaticServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts its service worker (the only sign the extension loaded at all)', () => {
    expect(browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('runs its content script on the seed page: highlights drawn, nothing that exposes Zhuji to the site', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure')?.size ??
          0) > 0,
      null,
      { timeout: 15_000 },
    );
    expect(await page.locator('zhuji-ui').count()).toBe(1);
    expect(await page.getAttribute('html', 'data-zhuji')).toBeNull(); // release builds expose no state
    expect(await page.evaluate(() => performance.getEntriesByName('zhuji:ready').length)).toBe(0);
    await page.close();
  });

  it('renders the popup with the events the background collected from the page', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-testid=row]');
    const text = await popup.textContent('body');
    expect(text).toContain('工會法修改');
    expect(text).toContain('【事件5】');
    await popup.close();
  });

  it('renders the options page with the saved collect mode', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('input[name=collect]');
    expect(await options.isChecked('input[value=auto]')).toBe(true);
    await options.check('input[value=off]');
    await options.reload();
    await options.waitForSelector('input[name=collect]');
    expect(await options.isChecked('input[value=off]')).toBe(true);
    await options.close();
  });
});
