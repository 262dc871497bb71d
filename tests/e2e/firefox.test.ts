import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('renders the popup; its ping proves the background script is running', async () => {
    const popup = await openExtensionPage(firefox, 'popup.html');
    await popup.waitForSelector('.status-ok', { timeout: 15_000 });
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('Zhuji');
    expect(await popup.$eval('[data-testid=status]', (s) => s.textContent)).toContain('v0.1.0');
    await popup.waitForSelector('[data-testid=recent-pages] li');
    expect(await popup.$eval('[data-testid=recent-pages]', (l) => l.textContent)).toContain(
      '2021年工會工作十大事件',
    );
    await popup.close();
  });

  it('renders the options page', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.waitForSelector('input[name=collect]', { timeout: 15_000 });
    expect(await options.$eval('input[value=auto]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });
});
