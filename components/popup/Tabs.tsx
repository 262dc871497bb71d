import { t } from '../../lib/i18n';
import { TABS, type Tab } from './timeline-items';

/** The list's tabs (events, figures, highlights & notes, everything); ← → move between them. */
export function Tabs(props: {
  value: Tab;
  counts: Record<Tab, number> | null;
  onChange: (tab: Tab) => void;
  panelId: string;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(props.value);
    const next =
      e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS.at(i - 1) : null;
    if (!next) return;
    e.preventDefault();
    props.onChange(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('popup_tabsLabel')} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          id={`tab-${tab}`}
          type="button"
          role="tab"
          aria-selected={props.value === tab}
          aria-controls={props.panelId}
          tabIndex={props.value === tab ? 0 : -1}
          onClick={() => props.onChange(tab)}
        >
          {t(`popup_tab_${tab}`)}
          {props.counts && <span class="count"> {props.counts[tab]}</span>}
        </button>
      ))}
    </div>
  );
}
