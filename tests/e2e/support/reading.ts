/**
 * Reading-layer scenarios, written once for both drivers: playwright-core and puppeteer-core
 * pages both have goto / reload / evaluate / waitForFunction with these shapes. Everything is
 * checked the way a reader would see it: CSS.highlights, computed styles, innerText.
 */
import { expect } from 'vitest';

export interface AnyPage {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForFunction<A>(
    fn: (arg: A) => unknown,
    options: { timeout?: number; polling?: number },
    arg: A,
  ): Promise<unknown>;
}

/** playwright's waitForFunction takes (fn, arg, options); puppeteer's takes (fn, options, ...args). */
export type WaitOrder = 'playwright' | 'puppeteer';

export function adapt(page: unknown, order: WaitOrder): AnyPage {
  const p = page as {
    goto(url: string): Promise<unknown>;
    reload(): Promise<unknown>;
    evaluate(fn: unknown, arg: unknown): Promise<unknown>;
    waitForFunction(fn: unknown, a: unknown, b: unknown): Promise<unknown>;
  };
  return {
    goto: (url) => p.goto(url),
    reload: () => p.reload(),
    evaluate: (fn, arg) => p.evaluate(fn, arg) as never,
    waitForFunction: (fn, options, arg) =>
      order === 'playwright' ? p.waitForFunction(fn, arg, options) : poll(p, fn, options, arg),
  };
}

/**
 * puppeteer's waitForFunction over WebDriver BiDi builds its poller with Function(), which an
 * extension page's CSP refuses in Firefox 140 ESR: the predicate is evaluated from here
 * instead, every `polling` ms (a navigation in between only makes one try fail).
 */
async function poll(
  p: { evaluate(fn: unknown, arg: unknown): Promise<unknown> },
  fn: unknown,
  options: { timeout?: number; polling?: number },
  arg: unknown,
): Promise<unknown> {
  const timeout = options.timeout ?? 30_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await p.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Waiting failed: ${timeout}ms exceeded`);
    await new Promise((ok) => setTimeout(ok, options.polling ?? 50));
  }
}

export async function open(page: AnyPage, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      ['ready', 'not-article', 'off', 'error'].includes(
        document.documentElement.getAttribute('data-zhuji') ?? '',
      ),
    { timeout: 20_000 },
    null,
  );
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-zhuji'), null)).toBe('ready');
}

/** The text of every range in a CSS highlight group, as a reader sees it (hidden glosses left out). */
export function highlighted(page: AnyPage, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(n) ?? [])].map((r) => {
      const copy = r.cloneContents();
      copy.querySelectorAll('[data-zhuji-gloss]').forEach((g) => g.remove());
      return copy.textContent ?? '';
    });
  }, name);
}

/** Runs `fn` on an element inside Zhuji's (e2e build: open) shadow root. */
export function ui<R>(
  page: AnyPage,
  selector: string,
  action: 'click' | 'text' | 'exists' | 'box',
): Promise<R> {
  return page.evaluate(
    ([sel, act]) => {
      const root = document.querySelector('zhuji-ui')?.shadowRoot;
      const el = root?.querySelector(sel) as HTMLElement | null | undefined;
      if (act === 'exists') return Boolean(el) as never;
      if (!el) throw new Error(`no ${sel} in Zhuji's UI`);
      if (act === 'click') el.click();
      if (act === 'box') {
        const r = el.getBoundingClientRect();
        return { w: r.width, h: r.height, display: getComputedStyle(el).display } as never;
      }
      return (el.textContent ?? '') as never;
    },
    [selector, action] as const,
  );
}

export async function waitUi(page: AnyPage, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => Boolean(document.querySelector('zhuji-ui')?.shadowRoot?.querySelector(sel)),
    { timeout: 10_000 },
    selector,
  );
}

/** Selects the first occurrence of `text` in the article, as a reader would, and lifts the mouse. */
export async function select(page: AnyPage, text: string): Promise<void> {
  await page.evaluate((needle) => {
    // the text a reader sees: text nodes outside hidden glosses, with a map back to them
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('[data-zhuji-gloss], script, style') ? 2 : 1),
    });
    let seen = '';
    const at: [Text, number][] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      for (let k = 0; k < t.data.length; k++) at.push([t, k]);
      seen += t.data;
    }
    const i = seen.indexOf(needle);
    if (i >= 0) {
      const [startNode, startOffset] = at[i]!;
      const [endNode, endOffset] = at[i + needle.length - 1]!;
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset + 1);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
      );
      return;
    }
    throw new Error(`${needle} is not on the page`);
  }, text);
}

/** Types into a field of the note editor. */
export function typeInto(page: AnyPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ([sel, v]) => {
      const field = document.querySelector('zhuji-ui')!.shadowRoot!.querySelector(sel) as HTMLTextAreaElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

/** The body's text as a fresh parse of the served HTML has it (what the page was before Zhuji). */
export function pristineText(page: AnyPage): Promise<{ now: string; pristine: string }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return { now: document.body.textContent ?? '', pristine: parsed.body.textContent ?? '' };
  }, null);
}
