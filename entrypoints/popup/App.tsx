import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { RecentPages } from '../../components/RecentPages';
import { StatusLine, type Status } from '../../components/StatusLine';
import { ZhujiDatabase } from '../../lib/db/database';
import { recentPages } from '../../lib/db/pages';
import type { PageRecord } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/messaging';
import { request } from '../../lib/messaging-browser';

export function App() {
  const [status, setStatus] = useState<Status>({ state: 'checking' });
  const [pages, setPages] = useState<PageRecord[]>();
  const [dbError, setDbError] = useState<string>();

  useEffect(() => {
    request('ping', null).then(
      (info) => setStatus({ state: 'ok', version: info.version }),
      (error: unknown) => setStatus({ state: 'error', error: errorText(error) }),
    );
    // The popup reads the extension-origin database directly and live.
    const db = new ZhujiDatabase();
    const subscription = liveQuery(() => recentPages(db, 20)).subscribe({
      next: setPages,
      error: (error: unknown) => setDbError(errorText(error)),
    });
    return () => {
      subscription.unsubscribe();
      db.close();
    };
  }, []);

  return (
    <main style={{ width: '360px' }}>
      <h1>{t('extName')}</h1>
      <StatusLine
        status={status}
        labels={{ checking: t('statusChecking'), ok: t('statusOk'), error: t('statusError') }}
      />
      <h2>{t('recentPages')}</h2>
      {dbError ? (
        <p class="status status-error" role="alert">
          {dbError}
        </p>
      ) : (
        <RecentPages pages={pages} empty={t('recentEmpty')} loading={t('loading')} />
      )}
    </main>
  );
}
