import { useState } from 'preact/hooks';
import type { PageRecord } from '../../lib/db/types';
import { t, tn } from '../../lib/i18n';

export interface ArticleItem {
  page: PageRecord;
  count: number;
}

const STEP = 50;

/**
 * The collected articles: each can be exported (Markdown) and deleted with everything stored
 * for it, after a confirmation that names how much goes and offers the export first.
 */
export function ArticlesSection(props: {
  articles: ArticleItem[] | undefined;
  onExport: (url: string) => Promise<void>;
  onDelete: (url: string) => Promise<number>;
}) {
  const [shown, setShown] = useState(STEP);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const articles = props.articles ?? [];

  const act = async (work: () => Promise<string>) => {
    setMessage('');
    setError('');
    try {
      setMessage(await work());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="articles-title" data-testid="articles">
      <h2 id="articles-title">{t('options_articlesTitle')}</h2>
      {props.articles && articles.length === 0 && <p class="muted">{t('options_articlesEmpty')}</p>}
      <ul class="articles">
        {articles.slice(0, shown).map(({ page, count }) => (
          <li key={page.url}>
            <a href={page.url} target="_blank" rel="noreferrer">
              {page.title || page.url}
            </a>{' '}
            <span class="muted">
              {page.site} · {tn('count_items', count)}
            </span>{' '}
            <button
              onClick={() => act(async () => (await props.onExport(page.url), t('options_articleExported')))}
            >
              {t('options_articleExport')}
            </button>{' '}
            <button onClick={() => setConfirming(page.url)} aria-expanded={confirming === page.url}>
              {t('options_articleDelete')}
            </button>
            {confirming === page.url && (
              <div role="alertdialog" aria-label={t('options_articleDelete')}>
                <p>{t('options_articleConfirm', [page.title || page.url, tn('count_items', count)])}</p>
                <button
                  onClick={() =>
                    act(async () => (await props.onExport(page.url), t('options_articleExported')))
                  }
                >
                  {t('options_articleExportFirst')}
                </button>{' '}
                <button
                  class="danger"
                  onClick={() =>
                    act(async () => {
                      const removed = await props.onDelete(page.url);
                      setConfirming(null);
                      return t('options_articleDeleted', tn('count_annotations', removed));
                    })
                  }
                >
                  {t('options_articleDeleteYes', tn('count_items', count))}
                </button>{' '}
                <button onClick={() => setConfirming(null)}>{t('page_cancel')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {articles.length > shown && (
        <button onClick={() => setShown(shown + STEP)}>
          {t('options_articlesMore', articles.length - shown)}
        </button>
      )}
      {message && <p role="status">{message}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
