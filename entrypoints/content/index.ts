import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../../lib/messaging-browser';

/** Attribute on <html> that says Zhuji ran here; removed again when the script is invalidated. */
const MARK = 'data-zhuji';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const root = document.documentElement;
    root.setAttribute(MARK, 'running');
    ctx.onInvalidated(() => root.removeAttribute(MARK));
    const page = {
      url: location.href,
      title: document.title.slice(0, 1000),
      subtitle: '',
      source: '',
      authors: [],
      editor: '',
      published: '',
      language: '' as const,
      canonicalUrl: '',
    };
    request('pageAnalyzed', { page, events: [] })
      .then(() => {
        if (ctx.isValid) root.setAttribute(MARK, 'ready');
      })
      .catch((error: unknown) => {
        if (ctx.isValid) root.setAttribute(MARK, 'error');
        console.warn('[Zhuji]', error);
      });
  },
});
