import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageView } from '../../components/popup/PageCard';
import { errorText, type PageState, type PageSwitches } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import type { PopupDeps, TabInfo } from './deps';

const ANSWER_MS = 1500;

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, fail) => setTimeout(() => fail(new Error('timeout')), ms))]);

/** Errors that mean "no content script in that tab" rather than "it answered: no". */
const isNoAnswer = (message: string) =>
  /timeout|Receiving end does not exist|Could not establish connection|no reply to|Missing host permission|message manager/i.test(
    message,
  );

const hostOf = (url: string | undefined) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

/** The active tab's page as its content script reports it, and the actions on it. */
export function usePageState(deps: PopupDeps) {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [view, setView] = useState<PageView>({ status: 'loading' });
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    (async () => {
      const active = await deps.tabs.active().catch(() => null);
      if (!live) return;
      setTab(active);
      if (!active || (active.url !== undefined && !/^https?:/.test(active.url))) {
        setView({ status: 'unavailable', reason: 'notWeb' });
        return;
      }
      try {
        const state = await within(ANSWER_MS, deps.requestTab(active.id, 'pageState', null));
        if (live) setView({ status: 'ok', state });
      } catch (err) {
        const message = errorText(err);
        if (live)
          setView(
            isNoAnswer(message)
              ? { status: 'unavailable', reason: 'noAnswer' }
              : { status: 'unavailable', reason: 'error', detail: message },
          );
      }
    })();
    return () => {
      live = false;
    };
  }, [deps]);

  const act = useCallback(
    async (work: (id: number) => Promise<PageState>) => {
      if (!tab) return;
      setError('');
      try {
        setView({ status: 'ok', state: await within(ANSWER_MS, work(tab.id)) });
      } catch (err) {
        setError(t('popup_pageActionFailed', errorText(err)));
      }
    },
    [tab],
  );

  const setSwitches = useCallback(
    (patch: Partial<PageSwitches>) => act((id) => deps.requestTab(id, 'setSwitches', patch)),
    [act, deps],
  );
  const annotateAnyway = useCallback(
    () => act((id) => deps.requestTab(id, 'annotateAnyway', null)),
    [act, deps],
  );

  const reported = view.status === 'ok' ? view.state.site || undefined : undefined;
  const site = hostOf(tab?.url) ?? reported ?? null;
  return { view, site, error, setSwitches, annotateAnyway, setError };
}
