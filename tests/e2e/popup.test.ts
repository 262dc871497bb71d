/**
 * The popup and the options page, as a reader uses them, in both browsers (the release build).
 * Form controls are driven with the events a reader's input fires (click, input, change).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { analyze } from '../../lib/analyze';
import { readStore, startBrowser, type E2EBrowser } from './support/browsers';
import type { AnyPage } from './support/reading';
import { serveStatic, type StaticServer } from './support/server';

/** The event dates of the rows in view, top to bottom. */
const rowDays = (page: AnyPage) =>
  page.evaluate(
    () => [...document.querySelectorAll('[data-testid=row]')].map((r) => r.getAttribute('data-day') ?? ''),
    null,
  );

/** Sets a field's value and fires the event a reader's typing or choosing fires. */
const setField = (page: AnyPage, selector: string, value: string, event: 'input' | 'change') =>
  page.evaluate(
    ([sel, v, e]) => {
      const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement;
      el.value = v;
      el.dispatchEvent(new Event(e, { bubbles: true }));
    },
    [selector, value, event] as const,
  );

const click = (page: AnyPage, selector: string) =>
  page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).click(), selector);

const waitFor = (page: AnyPage, selector: string) =>
  page.waitForFunction((sel) => !!document.querySelector(sel), { timeout: 15_000 }, selector);

/** The extension's storage.local, read from one of its pages. */
const stored = (page: AnyPage, keys: string[]) =>
  page.evaluate((k) => {
    type Api = { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.storage.local.get(k);
  }, keys);

/** How many ranges a CSS highlight group holds (in the page). */
const inPageCount = (n: string) =>
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)?.size ?? 0;
const highlightCount = (page: AnyPage, name: string) => page.evaluate(inPageCount, name);
const waitForHighlights = (page: AnyPage, name: string) =>
  page.waitForFunction(
    (n) => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)?.size ?? 0) > 0,
    { timeout: 15_000 },
    name,
  );

/** The days of the collected events in the extension's database, sorted. */
const storedDays = async (page: AnyPage) =>
  (await readStore<{ kind: string; event?: { date: string } }>(page, 'annotations'))
    .filter((a) => a.kind === 'event')
    .map((a) => a.event?.date ?? '')
    .sort();

/** The articles the reader reads before opening the popup: the seed (Traditional) and one in Simplified. */
const ARTICLES = ['seed.html', 'second-article.zh-Hans.html'];

/** The events the CLI's analysis finds on the articles (what the content script collects). */
const expectedEvents = (origin: string) =>
  ARTICLES.flatMap((file) => {
    const url = `${origin}/${file}`;
    return analyze(parseHtml(readFileSync(`tests/fixtures/${file}`, 'utf8'), url).doc, { url }).events;
  });

describe.each(['chromium', 'firefox'] as const)('%s: popup and options pages', (name) => {
  let server: StaticServer;
  let browser: E2EBrowser;
  let popup: AnyPage;
  let days: string[];
  let events: ReturnType<typeof expectedEvents>;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    browser = await startBrowser(name, 'release');
    events = expectedEvents(server.origin);
    days = events.map((e) => e.date).sort();
    // The reader reads two articles: the content script analyzes each and collects its events.
    const page = await browser.newPage();
    for (const file of ARTICLES) {
      await page.goto(`${server.origin}/${file}`);
      await waitForHighlights(page, 'zhuji-event');
    }
    // Until the background has stored them all (collection follows the drawing).
    const ext = await browser.extensionPage('options.html');
    for (let i = 0; i < 100 && (await storedDays(ext)).length < days.length; i++)
      await new Promise((r) => setTimeout(r, 100));
    popup = await browser.extensionPage('popup.html');
    await waitFor(popup, '[data-testid=status].status-ok');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the events of both articles read, by date, newest first, then oldest first', async () => {
    // Every event the two pages hold was collected, each once.
    expect(await storedDays(popup)).toEqual(days);
    await waitFor(popup, '[data-state=complete] [data-testid=row]');
    // The rows in view (the list is windowed) are the newest, in order: the Simplified article's
    // 2023-05-01 first.
    const newest = await rowDays(popup);
    expect(newest.length).toBeGreaterThan(3);
    expect(newest[0]).toBe('2023-05-01');
    expect(newest).toEqual([...days].reverse().slice(0, newest.length));
    await setField(popup, 'select[aria-label="Order"]', 'oldest', 'change');
    await popup.waitForFunction(
      (first) => document.querySelector('[data-testid=row]')?.getAttribute('data-day') === first,
      { timeout: 10_000 },
      days[0],
    );
    const oldest = await rowDays(popup);
    expect(oldest).toEqual(days.slice(0, oldest.length));
  });

  it('search 工会 (Simplified) finds the seed article’s 工會 events (Traditional)', async () => {
    // What a row shows (its heading, else its sentence), for the events whose sentence or heading
    // holds 工会 or 工會, and for the others.
    const shown = (e: { text: string; heading: string }) => e.heading || e.text;
    const matches = (e: { text: string; heading: string }) => /工[会會]/.test(`${e.text} ${e.heading}`);
    const hits = new Set(events.filter(matches).map(shown));
    const misses = events.filter((e) => !matches(e)).map(shown);
    expect(hits.size).toBeGreaterThan(1);
    expect(misses.length).toBeGreaterThan(0);
    // (Newest first again: the Simplified article's events are the newest.)
    await setField(popup, 'select[aria-label="Order"]', 'newest', 'change');
    await setField(popup, '[data-testid=search]', '工会', 'input');
    // The settled result: the converter loaded, and every row shown is a match (a row list that
    // still holds the unfiltered results, whose newest include events without 工會, never
    // satisfies this).
    await popup.waitForFunction(
      (want) => {
        const panel = document.querySelector('[data-search=ready][data-state=complete]');
        const texts = [...document.querySelectorAll('[data-testid=row-text]')].map(
          (r) => r.textContent ?? '',
        );
        return !!panel && texts.length > 0 && texts.every((t) => want.includes(t));
      },
      { timeout: 10_000 },
      [...hits],
    );
    const texts = await popup.evaluate(
      () => [...document.querySelectorAll('[data-testid=row-text]')].map((r) => r.textContent ?? ''),
      null,
    );
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.some((t) => misses.includes(t))).toBe(false);
    expect(texts.some((t) => t.includes('工會'))).toBe(true); // the seed's, in Traditional
    expect(texts.some((t) => t.includes('工会'))).toBe(true); // and the Simplified article's
  });

  it('clicking an event opens its article, scrolled to it', async () => {
    const opened = browser.waitForPage(`${server.origin}/seed.html`);
    await popup.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid=row-text]')];
      rows.findLast((r) => r.textContent?.includes('工會'))!.click();
    }, null);
    const article = await opened;
    expect(article.url()).toMatch(new RegExp(`^${server.origin}/seed\\.html(#zhuji-reveal=auto-event-|$)`));
    // The content script reveals the item named in the hash, then takes the hash off again,
    // with the item scrolled into the window (its flash drawn where the reader looks).
    await article.waitForFunction(() => location.hash === '' && scrollY > 0, { timeout: 15_000 }, null);
    await article.waitForFunction(
      () => {
        const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'zhuji-flash',
        );
        const rect = flash?.size === 1 ? [...flash][0]!.getBoundingClientRect() : null;
        return Boolean(rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight);
      },
      { timeout: 15_000 },
      null,
    );
    await article.close();
  });

  it('options changed in the options page are stored, and shown by the next options page', async () => {
    const options = await browser.extensionPage('options.html');
    // Each choice group is disabled until its stored value is read.
    for (const name of ['script', 'collect', 'uiLanguage'])
      await waitFor(options, `input[name=${name}]:checked`);
    await click(options, 'input[name=script][value=hant-hk]');
    await click(options, 'input[name=collect][value=save]');
    await setField(
      options,
      '[data-testid=sites] input[type=text]',
      'https://news.example.com/a/1.html',
      'input',
    );
    await click(options, '[data-testid=sites] button[type=submit]');
    await waitFor(options, '[data-testid=sites] li');
    await click(options, 'input[name=uiLanguage][value=zh-Hant]');
    await options.waitForFunction(
      () => document.documentElement.lang === 'zh-Hant',
      { timeout: 10_000 },
      null,
    );
    expect(await stored(options, ['scriptShown', 'sitesOff', 'collectMode', 'uiLanguage'])).toEqual({
      scriptShown: 'hant-hk',
      sitesOff: ['news.example.com'],
      collectMode: 'save',
      uiLanguage: 'zh-Hant',
    });
    // A fresh options page shows what was stored.
    const again = await browser.extensionPage('options.html');
    await waitFor(again, 'input[name=script]:checked');
    expect(
      await again.evaluate(
        () => (document.querySelector('input[name=script][value=hant-hk]') as HTMLInputElement).checked,
        null,
      ),
    ).toBe(true);
    expect(await again.evaluate(() => document.querySelector('h1')?.textContent, null)).not.toBe(
      'Zhuji settings',
    );
  });

  it('an option changed in the options page changes what the content script does on the next page load', async () => {
    const options = await browser.extensionPage('options.html');
    await waitFor(options, 'input[name=kind-figures]');
    await click(options, 'input[name=kind-figures]');
    await options.waitForFunction(
      async () => {
        type Local = { get(k: string): Promise<{ showKinds?: { figures: boolean } }> };
        const g = globalThis as unknown as {
          browser?: { storage: { local: Local } };
          chrome?: { storage: { local: Local } };
        };
        return (await (g.browser ?? g.chrome)!.storage.local.get('showKinds')).showKinds?.figures === false;
      },
      { timeout: 10_000 },
      null,
    );
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await waitForHighlights(page, 'zhuji-event');
    expect(await highlightCount(page, 'zhuji-figure')).toBe(0);
    await click(options, 'input[name=kind-figures]');
    await page.reload();
    await waitForHighlights(page, 'zhuji-figure');
  });
});
