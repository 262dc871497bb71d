/**
 * Zhuji's page UI where layout decides (Chromium, the e2e build, a real mouse): the tooltip
 * kept inside a narrow window, a highlight under the page panel reachable, the panel folded,
 * the date chips in their own line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { adapt, open } from './support/reading';
import { serveStatic, type StaticServer } from './support/server';

const inUi = (sel: string) => `document.querySelector('zhuji-ui').shadowRoot.querySelector('${sel}')`;
const rectOf = (page: Page, sel: string) =>
  page.evaluate(`(() => { const el = ${inUi(sel)}; if (!el) return null;
    const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, side: el.dataset.side }; })()`) as Promise<{
    left: number;
    top: number;
    right: number;
    bottom: number;
    side?: string;
  } | null>;

/** Scrolls the first line of a figure to `y` and returns that line's centre (viewport coordinates). */
function figureAt(page: Page, pick: 'rightmost' | { left: number; right: number }, y: number) {
  return page.evaluate(
    ([pick, y]) => {
      const ranges = [
        ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure') ?? []),
      ];
      const lines = ranges.map((r) => ({ r, q: r.getClientRects()[0] })).filter((x) => x.q && x.q.width > 0);
      const chosen =
        pick === 'rightmost'
          ? lines.sort((a, b) => b.q!.right - a.q!.right)[0]
          : lines.find((x) => x.q!.left > pick.left && x.q!.right < pick.right);
      if (!chosen) return null;
      scrollBy(0, chosen.q!.top - y);
      const q = chosen.r.getClientRects()[0]!;
      return { x: q.left + q.width / 2, y: q.top + q.height / 2, text: chosen.r.toString() };
    },
    [pick, y] as const,
  );
}

describe('Chromium: the page UI in a narrow window', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures');
    browser = await launchChromium({ build: '.output/chrome-mv3-e2e' });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 760, height: 800 });
    await open(adapt(page, 'playwright'), `${server.origin}/seed.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a highlight under the page panel shows its tooltip through the panel’s text', async () => {
    const panel = (await rectOf(page, '[data-testid=zhuji-panel]'))!;
    // a figure under the panel's first line of words, left of its buttons
    const at = (await figureAt(page, { left: panel.left + 8, right: panel.left + 110 }, panel.top + 4))!;
    expect(at).not.toBeNull();
    expect(at.y).toBeGreaterThan(panel.top);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate(`${inUi('[data-testid=zhuji-tip]')}?.textContent ?? ''`))
      .toContain(at.text.slice(0, 3));
  });

  it('the panel folds to a small tab, and stays folded when the page is analyzed again', async () => {
    await page.evaluate(`${inUi('[data-testid=zhuji-panel-fold]')}.click()`);
    const tab = (await rectOf(page, '[data-testid=zhuji-panel-tab]'))!;
    expect(tab).not.toBeNull();
    expect(await rectOf(page, '[data-testid=zhuji-panel]')).toBeNull();
    expect(tab.right - tab.left).toBeLessThan(90);
    expect(tab.bottom - tab.top).toBeLessThan(24);
    // new paragraphs make the content script analyze the page again
    await page.evaluate(() => {
      const p = document.querySelector('p')!;
      for (let i = 0; i < 3; i++)
        p.after(Object.assign(document.createElement('p'), { textContent: '新增段落'.repeat(80) }));
    });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-zhuji') !== 'ready', null, {
      timeout: 10_000,
    });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-zhuji') === 'ready', null, {
      timeout: 20_000,
    });
    expect(await rectOf(page, '[data-testid=zhuji-panel-tab]')).not.toBeNull();
  });

  it('keeps a figure’s tooltip inside the window: moved in from the right edge, flipped above at the bottom', async () => {
    await page.mouse.move(1, 1);
    const at = (await figureAt(page, 'rightmost', 800 - 56))!;
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => rectOf(page, '[data-testid=zhuji-tip]')).not.toBeNull();
    const tip = (await rectOf(page, '[data-testid=zhuji-tip]'))!;
    const view = await page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      height: innerHeight,
    }));
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(view.width);
    expect(tip.top).toBeGreaterThanOrEqual(0);
    expect(tip.bottom).toBeLessThanOrEqual(at.y); // above the figure's line
    expect(tip.side).toBe('above');
    expect(view.scrollWidth).toBe(view.width); // no horizontal scrollbar
  });

  it('puts each date chip in the line of its event, not over the line above', async () => {
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('zhuji-date')].map((chip) => {
        // the event's first character: the first text after the chip
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        walker.currentNode = chip;
        const text = walker.nextNode() as Text;
        const first = document.createRange();
        first.setStart(text, 0);
        first.setEnd(text, 1);
        const c = chip.getBoundingClientRect();
        const f = first.getBoundingClientRect();
        return { chip: [c.top, c.bottom, c.width], char: [f.top, f.bottom] };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(14);
    for (const { chip, char } of boxes) {
      expect(chip[2]).toBeGreaterThan(20); // the label is drawn
      expect(chip[0]).toBeGreaterThanOrEqual(char[0]! - 2); // within the line, not lifted above it
      expect(chip[1]).toBeLessThanOrEqual(char[1]! + 2);
    }
  });
});
