import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** "Deleted … Undo", for a while after a deletion; a live region, so screen readers hear it. */
export function UndoBar(props: {
  text: string | null;
  onUndo: () => void;
  onDismiss: () => void;
  timeoutMs?: number;
}) {
  const { text, onDismiss } = props;
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(onDismiss, props.timeoutMs ?? 10_000);
    return () => clearTimeout(timer);
  }, [text, onDismiss, props.timeoutMs]);
  return (
    <div class="undo" role="status" data-testid="undo">
      {text && (
        <>
          <span class="undo-text">{t('popup_deleted', text.slice(0, 30))}</span>
          <button type="button" onClick={props.onUndo}>
            {t('popup_undo')}
          </button>
        </>
      )}
    </div>
  );
}
