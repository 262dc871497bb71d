import { useCallback } from 'preact/hooks';
import type { AnnotationRecord } from '../../lib/db/types';
import type { Locale } from '../../lib/i18n';
import { VirtualList } from '../VirtualList';
import type { Item } from './timeline-items';
import { DAY_HEIGHT, DayHeadingView, ROW_HEIGHT, TimelineRow } from './TimelineRow';

const heightOf = (item: Item) => (item.type === 'day' ? DAY_HEIGHT : ROW_HEIGHT);
const keyOf = (item: Item) => item.key;
const isFocusable = (item: Item) => item.type === 'row';

/** The kept items under their day headings, windowed. */
export function Timeline(props: {
  items: readonly Item[];
  locale: Locale;
  label: string;
  onOpen: (record: AnnotationRecord) => void;
  onEdit: (record: AnnotationRecord) => void;
  onDelete: (record: AnnotationRecord) => void;
  /** ids of the items the active tab's page cannot place */
  orphanIds?: readonly string[];
}) {
  const { onOpen, onEdit, onDelete } = props;
  const activate = useCallback((item: Item) => item.type === 'row' && onOpen(item.record), [onOpen]);
  // Delete deletes (with undo), E edits: the keys the row's buttons announce (aria-keyshortcuts).
  const onItemKey = useCallback(
    (item: Item, key: string) => {
      if (item.type !== 'row') return false;
      if (key === 'Delete') onDelete(item.record);
      else if (key === 'e' || key === 'E') onEdit(item.record);
      else return false;
      return true;
    },
    [onEdit, onDelete],
  );
  return (
    <VirtualList
      items={props.items}
      heightOf={heightOf}
      keyOf={keyOf}
      isFocusable={isFocusable}
      label={props.label}
      onActivate={activate}
      onItemKey={onItemKey}
      testId="timeline"
      renderItem={(item, ctx) =>
        item.type === 'day' ? (
          <DayHeadingView item={item} locale={props.locale} />
        ) : (
          <TimelineRow
            item={item}
            locale={props.locale}
            active={ctx.active}
            onOpen={props.onOpen}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
            orphaned={props.orphanIds?.includes(item.record.id)}
          />
        )
      }
    />
  );
}
