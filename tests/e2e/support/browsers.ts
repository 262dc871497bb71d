import { launchChromium } from './chromium';
import { launchFirefox, openExtensionPage } from './firefox';
import { adapt, type AnyPage } from './reading';

/** One browser with the extension loaded, behind the few operations the scenarios need. */
export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  profile: string;
  newPage(): Promise<AnyPage>;
  /** An extension page (popup.html …), for reading the extension's own IndexedDB. */
  extensionPage(path: string): Promise<AnyPage>;
  /** The next tab whose address starts with `prefix` (one the extension opens). */
  waitForPage(prefix: string): Promise<AnyPage & { url(): string; close(): Promise<void> }>;
  close(keepProfile?: boolean): Promise<void>;
}

export async function startBrowser(
  name: E2EBrowser['name'],
  mode: 'e2e' | 'release',
  profile?: string,
): Promise<E2EBrowser> {
  const suffix = mode === 'e2e' ? '-e2e' : '';
  if (name === 'chromium') {
    const s = await launchChromium({ build: `.output/chrome-mv3${suffix}`, profile });
    return {
      name,
      profile: s.profile,
      newPage: async () => adapt(await s.context.newPage(), 'playwright'),
      extensionPage: async (path) => {
        const page = await s.context.newPage();
        await page.goto(`chrome-extension://${s.extensionId}/${path}`);
        return adapt(page, 'playwright');
      },
      waitForPage: async (prefix) => {
        const page = await s.context.waitForEvent('page', {
          predicate: (p) => p.url().startsWith(prefix),
          timeout: 15_000,
        });
        return Object.assign(adapt(page, 'playwright'), { url: () => page.url(), close: () => page.close() });
      },
      close: (keep) => s.close(keep),
    };
  }
  const s = await launchFirefox({ build: `.output/firefox-mv3${suffix}`, profile });
  return {
    name,
    profile: s.profile,
    newPage: async () => adapt(await s.browser.newPage(), 'puppeteer'),
    extensionPage: async (path) => adapt(await openExtensionPage(s, path), 'puppeteer'),
    waitForPage: async (prefix) => {
      const target = await s.browser.waitForTarget((t) => t.url().startsWith(prefix), { timeout: 15_000 });
      const page = (await target.page())!;
      return Object.assign(adapt(page, 'puppeteer'), { url: () => page.url(), close: () => page.close() });
    },
    close: (keep) => s.close(keep),
  };
}

/** Every record of a store of the extension's database, read with the bare IndexedDB API. */
export function readStore<T>(page: AnyPage, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('zhuji');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Writes a setting the way the options page does (WXT's `local:` items live in storage.local). */
export async function setSetting(browser: E2EBrowser, key: string, value: unknown): Promise<void> {
  const ext = await browser.extensionPage('options.html');
  await ext.evaluate(
    ([k, v]) => {
      type Api = { storage: { local: { set(items: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.storage.local.set({ [k as string]: v });
    },
    [key, value] as const,
  );
}

/**
 * Runs in the worker or an extension page: which of Zhuji's selection menu entries exist
 * (update() rejects for one that does not) and the keyboard commands with their shortcuts.
 */
export async function menusAndCommands(): Promise<{ menus: boolean[]; commands: [string?, string?][] }> {
  type Api = {
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    contextMenus: { update(id: string, props: object): Promise<void> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  const exists = (id: string) =>
    api.contextMenus.update(id, {}).then(
      () => true,
      () => false,
    );
  return {
    menus: await Promise.all(['zhuji-highlight', 'zhuji-note', 'zhuji-none'].map(exists)),
    commands: (await api.commands.getAll()).map((c): [string?, string?] => [c.name, c.shortcut]),
  };
}
