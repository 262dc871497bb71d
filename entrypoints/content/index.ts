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
    const start = async () => {
      listeners.abort();
      const mine = (listeners = new AbortController());
      try {
        await controller.start();
      } catch (error) {
        expose(document, 'error');
        console.warn('[Zhuji] could not analyze this page:', error);
        return;
      }
      if (controller.session && !mine.signal.aborted) attachInteractions(controller, mine.signal);
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
        handle: async () => {
          controller.forced = true;
          stop();
          await start();
          return controller.state();
        },
      },
      reveal: {
        validate: (data) => {
          const id = (data as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id.length > 100) throw new Error('id: expected an annotation id');
          return { id };
        },
        handle: ({ id }) => controller.notes.reveal(id),
      },
      highlightSelection: {
        validate: (data) => ({ note: (data as { note?: unknown } | null)?.note === true }),
        handle: ({ note }) => highlightSelection(controller, note),
      },
    };
    const stopServing = serve(routes);

    // Settings changed elsewhere (options page, popup) take effect on this page at once.
    const unwatch = [
      sitesOff.watch((list) => {
        const off = (list ?? []).includes(location.hostname);
        if (off === controller.settings.siteOff) return;
        controller.settings.siteOff = off;
        stop();
        void start();
      }),
      showKinds.watch((value) => {
        if (!value) return;
        controller.settings.kinds = value;
        stop();
        void start();
      }),
      colors.watch((value) => {
        if (!value) return;
        controller.settings.colors = value;
        controller.session?.setColors(value);
        controller.notes.draw();
      }),
    ];

    // Content that arrives later (lazy paragraphs, SPA navigation): analyze again, debounced.
    // Zhuji's own changes (wrapping glosses, converting script) never change these lengths.
    const bodyLength = () => document.body?.textContent?.length ?? 0;
    const rootLength = () => controller.result?.article.root.textContent?.length ?? 0;
    let last = { url: location.href, body: bodyLength(), root: rootLength() };
    let timer = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const rootGone = controller.result && !controller.result.article.root.isConnected;
        const changed =
          location.href !== last.url ||
          rootGone ||
          Math.abs(rootLength() - last.root) >= 10 || // the article itself grew or changed
          Math.abs(bodyLength() - last.body) > 200; // something big arrived elsewhere
        if (!changed) return;
        if (location.href !== last.url) controller.forced = false; // a new page decides anew
        stop();
        void start().then(() => {
          last = { url: location.href, body: bodyLength(), root: rootLength() };
        });
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
      for (const stopWatching of unwatch) stopWatching();
      stop();
    });

    await start();
    last = { url: location.href, body: bodyLength(), root: rootLength() };
  },
});
