import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menusAndCommands } from './support/browsers';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';
import { serveStatic, type StaticServer } from './support/server';

describe('Firefox ESR: the built extension', () => {
  let server: StaticServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs its content script on the seed page: highlights drawn, nothing that exposes Zhuji to the site', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure')?.size ??
          0) > 0,
      { timeout: 15_000 },
    );
    expect(await page.$$eval('zhuji-ui', (els) => els.length)).toBe(1);
    expect(await page.$eval('html', (html) => html.getAttribute('data-zhuji'))).toBeNull();
    await page.close();
  });

  it('renders the popup with the events the background script collected (so it runs)', async () => {
    const popup = await openExtensionPage(firefox, 'popup.html');
    await popup.waitForSelector('[data-testid=row]', { timeout: 15_000 });
    const text = await popup.$eval('body', (b) => b.textContent ?? '');
    expect(text).toContain('工會法修改');
    expect(text).toContain('【事件5】');
    await popup.close();
  });

  it('registers its two selection menu entries and the Alt+Shift+H command', async () => {
    // See the Chromium test of the same name: asked from an extension page, which shares the APIs.
    const page = await openExtensionPage(firefox, 'options.html');
    const registered = await page.evaluate(menusAndCommands);
    expect(registered.menus).toEqual([true, true, false]);
    expect(registered.commands).toContainEqual(['highlight-selection', 'Alt+Shift+H']);
    await page.close();
  });

  it('renders the options page', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.waitForSelector('input[name=collect]:checked', { timeout: 15_000 });
    expect(await options.$eval('input[value=auto]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });
});
