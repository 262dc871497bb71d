/**
 * What the popup needs from the outside world, handed in so tests can give fakes: the database
 * (read directly, live), messages to the background (writes it must see) and to tabs.
 */
import { browser } from 'wxt/browser';
import type { ZhujiDatabase } from '../../lib/db/database';
import type { MessageType, ProtocolMap, Request, Response, TabProtocolMap } from '../../lib/messaging';
import { request, requestTab } from '../../lib/messaging-browser';

export interface TabInfo {
  id: number;
  windowId?: number;
  /** only when the browser tells the extension (its own pages, hosts it may access) */
  url?: string;
}

export interface PopupDeps {
  db: ZhujiDatabase;
  request: <K extends MessageType<ProtocolMap>>(type: K, data: Request<K>) => Promise<Response<K>>;
  requestTab: <K extends MessageType<TabProtocolMap>>(
    tabId: number,
    type: K,
    data: Request<K, TabProtocolMap>,
  ) => Promise<Response<K, TabProtocolMap>>;
  tabs: {
    active(): Promise<TabInfo | null>;
    all(): Promise<TabInfo[]>;
    activate(tab: TabInfo): Promise<void>;
    create(url: string): Promise<void>;
  };
  openOptions(): Promise<void>;
}

const info = (tab: { id?: number; windowId?: number; url?: string }): TabInfo | null =>
  tab.id === undefined ? null : { id: tab.id, windowId: tab.windowId, url: tab.url };

/** The real thing, for entrypoints/popup/main.tsx. */
export function browserDeps(db: ZhujiDatabase): PopupDeps {
  return {
    db,
    request,
    requestTab,
    tabs: {
      async active() {
        // popup.html?tab=<id> (the popup opened as a page, in tests and screenshots) looks at that tab.
        const forced = Number(new URLSearchParams(location.search).get('tab'));
        if (forced) return info(await browser.tabs.get(forced));
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab ? info(tab) : null;
      },
      async all() {
        return (await browser.tabs.query({})).map(info).filter((t): t is TabInfo => !!t);
      },
      async activate(tab) {
        await browser.tabs.update(tab.id, { active: true });
        if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      },
      async create(url) {
        await browser.tabs.create({ url });
      },
    },
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}
