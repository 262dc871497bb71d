import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageInput } from '../unit/db/fixtures';
import { menusAndCommands } from './support/browsers';
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

  it('registers its two selection menu entries and the Alt+Shift+H command', async () => {
    // Automation cannot open a context menu or press a browser shortcut; the worker can say what
    // is registered (update() rejects for an entry that does not exist). The click → message
    // wiring is unit-tested (tests/unit/background/menus.test.ts), the message in reading.test.ts.
    const registered = () => browser.worker.evaluate(menusAndCommands);
    await expect.poll(async () => (await registered()).menus).toEqual([true, true, false]);
    expect((await registered()).commands).toContainEqual(['highlight-selection', 'Alt+Shift+H']);
  });

  it('loses nothing acknowledged when the service worker is stopped, and wakes for the next message', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    type Reply = { ok: boolean; value?: { id: string }; error?: string };
    const send = (type: string, data: unknown) =>
      popup.evaluate(
        ([t, d]) => {
          type Runtime = { sendMessage(m: unknown): Promise<Reply> };
          const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
          return runtime.sendMessage({ zhuji: 1, type: t, data: d });
        },
        [type, data] as const,
      );
    const text = '全國總工會在北京召開會議';
    const annotation = {
      kind: 'note',
      note: '停機前保存',
      tags: [],
      color: '',
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: text.length },
      ],
    };
    const page = pageInput('https://news.example/sw-stop', 'SW');
    const saved = await send('saveAnnotation', { page, annotation, events: [] });
    expect(saved.ok).toBe(true);
    const cdp = await browser.context.newCDPSession(popup);
    const status: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(browser.extensionId)) status.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Really gone. (The open popup may wake it again at once, so look for the stop, not the last state.)
    await expect.poll(() => status.includes('stopped'), { timeout: 10_000 }).toBe(true);
    const stopped = status.lastIndexOf('stopped');
    const after = await send('pageAnnotations', { url: page.url });
    expect(after).toMatchObject({ ok: true, value: [{ id: saved.value!.id, note: '停機前保存' }] });
    expect(status.slice(stopped)).toContain('running'); // answered by a worker started after the stop
    await popup.close();
  });

  it('renders the options page with the saved collect mode', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('input[name=collect]:checked');
    expect(await options.isChecked('input[value=auto]')).toBe(true);
    await options.check('input[value=off]');
    await options.reload();
    await options.waitForSelector('input[name=collect]:checked');
    expect(await options.isChecked('input[value=off]')).toBe(true);
    await options.close();
  });
});
