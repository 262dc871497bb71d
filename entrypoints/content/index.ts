import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchUiLanguage } from '../../lib/i18n';
import type { Routes, TabProtocolMap } from '../../lib/messaging';
import { serve } from '../../lib/messaging-browser';
import { colors, scriptShown, showKinds, sitesOff } from '../../lib/settings';
import { Controller, expose } from './controller';
import { attachInteractions, highlightSelection } from './interactions';

const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const [siteList, kinds, palette, script] = await Promise.all([
      sitesOff.getValue(),
      showKinds.getValue(),
      colors.getValue(),
      scriptShown.getValue(),
    ]);
    const stopLanguage = await watchUiLanguage();
    const controller = new Controller(document, {
      siteOff: siteList.includes(location.hostname),
      kinds,
      colors: palette,
      script,
    });

    let listeners = new AbortController();
    const start = () => {
      listeners.abort();
      listeners = new AbortController();
      controller.start();
      if (controller.session) attachInteractions(controller, listeners.signal);
    };
    const stop = () => {
      listeners.abort();
      controller.stop();
    };

    const routes: Routes<TabProtocolMap> = {
      pageState: { validate: () => null, handle: () => controller.state() },
      setSwitches: {
        validate: (data) => {
          const d = (data ?? {}) as Record<string, unknown>;
          const script = ['original', 'hans', 'hant-tw', 'hant-hk'].includes(d.script as string)
            ? (d.script as 'original')
            : undefined;
          return {
            highlights: bool(d.highlights),
            hideJunk: bool(d.hideJunk),
            hideGlosses: bool(d.hideGlosses),
            script,
          };
        },
        handle: (next) => {
          const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
          controller.setSwitches(clean);
          return controller.state();
        },
      },
      annotateAnyway: {
        validate: () => null,
        handle: () => {
          controller.forced = true;
          stop();
          start();
          return controller.state();
        },
      },
      reveal: {
        validate: (data) => {
          const id = (data as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id.length > 100) throw new Error('id: expected an annotation id');
          return { id };
        },
        handle: ({ id }) => controller.reveal(id),
      },
      highlightSelection: {
        validate: (data) => ({ note: (data as { note?: unknown } | null)?.note === true }),
        handle: ({ note }) => highlightSelection(controller, note),
      },
    };
    const stopServing = serve(routes);

    // Content that arrives later (lazy paragraphs, SPA navigation): analyze again, debounced.
    let lastUrl = location.href;
    let lastLength = document.body?.textContent?.length ?? 0;
    let timer = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const length = document.body?.textContent?.length ?? 0;
        const rootGone = controller.result && !controller.result.article.root.isConnected;
        if (location.href !== lastUrl || rootGone || Math.abs(length - lastLength) > 200) {
          if (location.href !== lastUrl) controller.forced = false; // a new page decides anew
          lastUrl = location.href;
          lastLength = length;
          stop();
          start();
        }
      }, 600);
    });
    if (document.body)
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    ctx.onInvalidated(() => {
      // The extension was reloaded, updated or disabled: undo everything, stop listening.
      observer.disconnect();
      clearTimeout(timer);
      stopServing();
      stopLanguage();
      stop();
    });

    try {
      start();
    } catch (error) {
      expose(document, 'error');
      console.warn('[Zhuji] could not analyze this page:', error);
    }
  },
});
