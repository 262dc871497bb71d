/**
 * The extension's own UI on a page lives in a closed shadow root on a host element under
 * <html> (not <body>, so the page's body text is untouched). Page CSS cannot reach inside,
 * and the host's few properties are set inline with !important so a hostile `* {…}` rule
 * cannot hide or move it; `all: initial` inside stops inherited page styles.
 */
export const HOST_TAG = 'zhuji-ui';

export interface UiHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  destroy(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'none',
};

/** `open` only in the e2e build (tests reach into the UI); releases keep the root closed. */
export function createUiHost(doc: Document, css: string, open = false): UiHost {
  const host = doc.createElement(HOST_TAG);
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: open ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'zhuji';
  shadow.append(style, mount);
  doc.documentElement.append(host);
  return { host, mount, destroy: () => host.remove() };
}
