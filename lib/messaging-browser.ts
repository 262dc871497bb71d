/** The browser side of lib/messaging.ts: runtime messages as the transport. */
import { browser } from 'wxt/browser';
import { dispatch, send, type MessageType, type Request, type Response, type Routes } from './messaging';

/** Send from a content script or extension page to the background. */
export function request<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  return send((envelope) => browser.runtime.sendMessage(envelope), type, data);
}

/** Background: answer every Zhuji message through `routes`. Returns the function that stops listening. */
export function serve(routes: Routes): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; url?: string },
    sendResponse: (reply: unknown) => void,
  ): true => {
    void dispatch(routes, message, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true; // keep the channel open: the reply is asynchronous (works in Chrome and Firefox)
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
