import type { Tab } from '../../components/popup/timeline-items';
import { t } from '../../lib/i18n';

/** What an empty list means, and what to do about it. */
export function EmptyState(props: {
  /** nothing at all is stored yet: a new reader */
  nothingKept: boolean;
  tab: Tab;
  query: string;
  filtered: boolean;
  /** the search is still loading its script tables */
  pending: boolean;
}) {
  if (props.pending)
    return (
      <p class="muted" role="status">
        {t('popup_searching')}
      </p>
    );
  if (props.nothingKept)
    return (
      <div class="empty" data-testid="empty">
        <p>
          <strong>{t('popup_empty_title')}</strong>
        </p>
        <p>{t('popup_empty_read')}</p>
        <p>{t('popup_empty_mark')}</p>
      </div>
    );
  if (props.query.trim() || props.filtered)
    return (
      <p class="empty" data-testid="empty" role="status">
        {props.query.trim() ? t('popup_noMatch', props.query.trim()) : t('popup_noMatchFilters')}
      </p>
    );
  return (
    <p class="empty" data-testid="empty">
      {t(`popup_emptyTab_${props.tab}`)}
    </p>
  );
}
