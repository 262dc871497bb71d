import type { AnnotationRecord } from '../../lib/db/types';
import { t, type Locale } from '../../lib/i18n';
import { formatDate, formatRange, sourceOf } from './format';
import { dayOf, type DayHeading, type Row } from './timeline-items';

export const ROW_HEIGHT = 62;
export const DAY_HEIGHT = 26;

/** What a row shows as its text: an event's section heading, else the quoted sentence. */
export function rowText(record: AnnotationRecord): string {
  return record.event?.heading || record.exact;
}

export function DayHeadingView(props: { item: DayHeading; locale: Locale }) {
  return (
    <h3 class="day" data-testid="day">
      {props.item.day ? formatDate(props.item.day, props.locale) : t('popup_undated')}
    </h3>
  );
}

/**
 * One kept item: its date (or kind), its text, the source and article title; the text opens
 * the article at it; the note and tags can be edited; it can be deleted (with undo).
 */
export function TimelineRow(props: {
  item: Row;
  locale: Locale;
  /** controls are tabbable only in the list's active row (roving tabindex) */
  active: boolean;
  onOpen: (record: AnnotationRecord) => void;
  onEdit: (record: AnnotationRecord) => void;
  onDelete: (record: AnnotationRecord) => void;
  /** it cannot be placed on the page open in the active tab */
  orphaned?: boolean;
}) {
  const { record, page } = props.item;
  const tab = props.active ? 0 : -1;
  // The day heading above already says the date: a row adds only a range's end, or the marker.
  const ev = record.event;
  const when =
    record.kind !== 'event'
      ? t(`popup_kind_${record.kind}`)
      : ev?.dateEnd && ev.dateEnd !== ev.date
        ? formatRange(ev.date, ev.dateEnd, props.locale)
        : (ev?.marker ?? '');
  const text = rowText(record);
  const source = sourceOf(page, record.page);
  const title = page?.title || record.page;
  return (
    <div class={`row kind-${record.kind}`} data-testid="row" data-id={record.id} data-day={dayOf(record)}>
      <button
        type="button"
        class="row-open"
        tabIndex={tab}
        onClick={() => props.onOpen(record)}
        title={t('popup_openHint')}
      >
        <span class="row-line">
          {props.orphaned && (
            <span
              class="row-orphan"
              role="img"
              aria-label={t('popup_orphanedMark')}
              title={t('popup_orphanedMark')}
              data-testid="row-orphan"
            >
              ⚠
            </span>
          )}
          {when && (
            <span class="row-date" data-testid="row-date">
              {when}
            </span>
          )}
          <span class="row-text" data-testid="row-text">
            {text}
          </span>
        </span>
        <span class="row-meta">
          <span class="row-source">{source}</span>
          {' · '}
          <span class="row-title">{title}</span>
          {record.tags.length > 0 && (
            <span class="row-tags"> · {record.tags.map((x) => `#${x}`).join(' ')}</span>
          )}
          {record.note && <span class="row-note"> · {record.note}</span>}
        </span>
      </button>
      <span class="row-actions">
        <button
          type="button"
          class="icon"
          tabIndex={tab}
          aria-label={t('popup_editLabel', text.slice(0, 40))}
          aria-keyshortcuts="E"
          title={t('popup_edit')}
          onClick={() => props.onEdit(record)}
        >
          ✎
        </button>
        <button
          type="button"
          class="icon"
          tabIndex={tab}
          aria-label={t('popup_deleteLabel', text.slice(0, 40))}
          aria-keyshortcuts="Delete"
          title={t('popup_delete')}
          onClick={() => props.onDelete(record)}
        >
          ×
        </button>
      </span>
    </div>
  );
}
