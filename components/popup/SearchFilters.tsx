import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { hasFilters, NO_FILTERS, type Filters, type Order } from './timeline-items';

export interface SiteChoice {
  site: string;
  /** the outlet's name when known, else the host name */
  label: string;
}

/** The search box (results follow each keystroke), the order, and the filters behind a toggle. */
export function SearchFilters(props: {
  query: string;
  onQuery: (query: string) => void;
  order: Order;
  onOrder: (order: Order) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  sites: readonly SiteChoice[];
  tags: readonly string[];
}) {
  const { filters } = props;
  const [open, setOpen] = useState(hasFilters(filters));
  const set = (patch: Partial<Filters>) => props.onFilters({ ...filters, ...patch });
  return (
    <div class="search" role="search">
      <div class="search-line">
        <input
          type="search"
          class="search-input"
          value={props.query}
          placeholder={t('popup_searchPlaceholder')}
          aria-label={t('popup_searchLabel')}
          data-testid="search"
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <select
          aria-label={t('popup_orderLabel')}
          value={props.order}
          onChange={(e) => props.onOrder(e.currentTarget.value as Order)}
        >
          <option value="newest">{t('popup_order_newest')}</option>
          <option value="oldest">{t('popup_order_oldest')}</option>
        </select>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filters"
          class={hasFilters(filters) ? 'filters-on' : ''}
          onClick={() => setOpen(!open)}
        >
          {t('popup_filters')}
        </button>
      </div>
      {open && (
        <div id="filters" class="filters" data-testid="filters">
          <label>
            {t('popup_filterSite')}
            <select value={filters.site} onChange={(e) => set({ site: e.currentTarget.value })}>
              <option value="">{t('popup_any')}</option>
              {props.sites.map((s) => (
                <option key={s.site} value={s.site}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('popup_filterTag')}
            <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
              <option value="">{t('popup_any')}</option>
              {props.tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('popup_filterFrom')}
            <input type="date" value={filters.from} onInput={(e) => set({ from: e.currentTarget.value })} />
          </label>
          <label>
            {t('popup_filterTo')}
            <input type="date" value={filters.to} onInput={(e) => set({ to: e.currentTarget.value })} />
          </label>
          <button type="button" disabled={!hasFilters(filters)} onClick={() => props.onFilters(NO_FILTERS)}>
            {t('popup_clearFilters')}
          </button>
        </div>
      )}
    </div>
  );
}
