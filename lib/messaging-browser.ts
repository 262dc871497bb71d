/** The browser side of lib/messaging.ts: runtime and tab messages as the transport. */
import { browser } from 'wxt/browser';
import {
  dispatch,
  send,
  type MessageType,
  type ProtocolMap,
  type Request,
  type Response,
  type Routes,
  type TabProtocolMap,
} from './messaging';

/** Send from a content script or extension page to the background. */
export function request<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  return send<ProtocolMap, K>((envelope) => browser.runtime.sendMessage(envelope), type, data);
}

/** Send from the popup to the content script of a tab. */
export function requestTab<K extends MessageType<TabProtocolMap>>(
  tabId: number,
  type: K,
  data: Request<K, TabProtocolMap>,
): Promise<Response<K, TabProtocolMap>> {
  return send<TabProtocolMap, K>((envelope) => browser.tabs.sendMessage(tabId, envelope), type, data);
}

/**
 * Answer every Zhuji message through `routes` (the background with ProtocolMap routes, a
 * content script with TabProtocolMap routes). Returns the function that stops listening.
 */
export function serve<P extends ProtocolMap | TabProtocolMap>(routes: Routes<P>): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; url?: string; id?: string },
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined; // only this extension's own parts
    void dispatch(routes, message, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true; // keep the channel open: the reply is asynchronous (works in Chrome and Firefox)
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
